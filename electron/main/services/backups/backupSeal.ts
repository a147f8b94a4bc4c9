import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import * as v from 'valibot';
import { SEALED_BACKUP_FORMAT } from '../../../../shared/backups';

/**
 * Sealing a backup with the house's passphrase, with Node's own crypto: the key comes from
 * scrypt (a random salt per passphrase), the text is encrypted with AES-256-GCM (a fresh nonce
 * per file), and the file's header is authenticated with it, so nothing in the file can be changed
 * unnoticed. scrypt gives 64 bytes: the first 32 are the key, the hash of the last 32 is kept in
 * the file, so a wrong passphrase is told apart from a damaged file.
 */

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** About a tenth of a second and 32 MB on the kiosk: slow for anyone guessing, quick for staff. */
export const SCRYPT_PARAMS: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const NONCE_BYTES = 12;

/** A passphrase turned into a key: kept by main so the daily backup needs nobody to type it. */
export interface BackupKey {
  salt: string;
  params: ScryptParams;
  /** AES-256 key, base64. */
  key: string;
  /** SHA-256 of the verifier half, base64: says whether a passphrase typed later is this one. */
  check: string;
}

const base64 = v.pipe(v.string(), v.maxLength(200), v.regex(/^[A-Za-z0-9+/]*={0,2}$/));
const ParamsSchema = v.object({
  N: v.pipe(v.number(), v.integer(), v.minValue(2 ** 10), v.maxValue(2 ** 20)),
  r: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(32)),
  p: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(16)),
});
export const BackupKeySchema = v.object({ salt: base64, params: ParamsSchema, key: base64, check: base64 });

const HeaderSchema = v.object({
  format: v.literal(SEALED_BACKUP_FORMAT),
  version: v.literal(1),
  kdf: v.object({ name: v.literal('scrypt'), salt: base64, ...ParamsSchema.entries }),
  cipher: v.literal('aes-256-gcm'),
  check: base64,
  nonce: base64,
});
const SealedSchema = v.object({ ...HeaderSchema.entries, tag: base64, data: v.string() });
type Header = v.InferOutput<typeof HeaderSchema>;

function stretch(passphrase: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxmem: scrypt needs 128 · N · r bytes; Node's default allows exactly 32 MB and refuses at the edge.
    scrypt(passphrase.normalize('NFC'), salt, KEY_BYTES * 2, { ...params, maxmem: 256 * params.N * params.r }, (error, derived) =>
      error ? reject(error) : resolve(derived),
    );
  });
}

const checkOf = (derived: Buffer) => createHash('sha256').update(derived.subarray(KEY_BYTES)).digest('base64');

/** A new key for a passphrase, with a salt of its own. */
export async function keyFromPassphrase(passphrase: string, params: ScryptParams = SCRYPT_PARAMS): Promise<BackupKey> {
  const salt = randomBytes(SALT_BYTES);
  const derived = await stretch(passphrase, salt, params);
  return { salt: salt.toString('base64'), params, key: derived.subarray(0, KEY_BYTES).toString('base64'), check: checkOf(derived) };
}

/** Whether a passphrase is the one a key was made from. */
export async function passphraseMatches(key: BackupKey, passphrase: string): Promise<boolean> {
  const derived = await stretch(passphrase, Buffer.from(key.salt, 'base64'), key.params);
  return sameText(checkOf(derived), key.check);
}

const sameText = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
const headerBytes = (header: Header) => Buffer.from(JSON.stringify(header), 'utf8');

/** The sealed file's text: a small JSON header, then the encrypted backup. `format` comes first. */
export function sealBackup(text: string, key: BackupKey): string {
  const header: Header = {
    format: SEALED_BACKUP_FORMAT,
    version: 1,
    kdf: { name: 'scrypt', salt: key.salt, ...key.params },
    cipher: 'aes-256-gcm',
    check: key.check,
    nonce: randomBytes(NONCE_BYTES).toString('base64'),
  };
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(key.key, 'base64'), Buffer.from(header.nonce, 'base64'));
  cipher.setAAD(headerBytes(header));
  const data = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return JSON.stringify({ ...header, tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') });
}

export type Unsealed = { ok: true; text: string } | { ok: false; reason: 'wrong-passphrase' | 'damaged' | 'not-sealed' };

type Sealed = v.InferOutput<typeof SealedSchema>;

function readSealed(sealed: string): Sealed | null {
  try {
    const parsed = v.safeParse(SealedSchema, JSON.parse(sealed));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

function decrypt(file: Sealed, key: Buffer): Unsealed {
  const { tag, data, ...header } = file;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(header.nonce, 'base64'));
    decipher.setAAD(headerBytes(header));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    const plain = Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]);
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(plain) };
  } catch {
    return { ok: false, reason: 'damaged' };
  }
}

/** Opens a sealed file with a passphrase typed by staff. Never throws on the file's content. */
export async function unsealWithPassphrase(sealed: string, passphrase: string): Promise<Unsealed> {
  const file = readSealed(sealed);
  if (!file) return { ok: false, reason: 'not-sealed' };
  const { salt, N, r, p } = file.kdf;
  const derived = await stretch(passphrase, Buffer.from(salt, 'base64'), { N, r, p });
  if (!sameText(checkOf(derived), file.check)) return { ok: false, reason: 'wrong-passphrase' };
  return decrypt(file, derived.subarray(0, KEY_BYTES));
}

/** Opens a sealed file with the key main keeps (reading back what it just wrote). */
export function unsealWithKey(sealed: string, key: BackupKey): Unsealed {
  const file = readSealed(sealed);
  if (!file) return { ok: false, reason: 'not-sealed' };
  if (file.kdf.salt !== key.salt || !sameText(file.check, key.check)) return { ok: false, reason: 'wrong-passphrase' };
  return decrypt(file, Buffer.from(key.key, 'base64'));
}
