import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import * as v from 'valibot';

/** Cost of a new hash. The parameters are stored with each hash, so raising them later keeps old hashes valid. */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
  keylen: number;
}

/** About 32 MiB and a tenth of a second per check on a small PC: slow for guessing, quick for a person. */
export const DEFAULT_SCRYPT_PARAMS: ScryptParams = { N: 2 ** 15, r: 8, p: 1, keylen: 32 };

const SALT_BYTES = 16;
const hex = (min: number, max: number) => v.pipe(v.string(), v.regex(/^[0-9a-f]*$/), v.minLength(min), v.maxLength(max));

/**
 * A stored hash with everything needed to check it again. The bounds keep a tampered file from
 * asking for a hash so costly that it stalls the kiosk.
 */
export const SecretHashSchema = v.object({
  algorithm: v.literal('scrypt'),
  N: v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(2 ** 20), v.check((n) => (n & (n - 1)) === 0, 'a power of two')),
  r: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(32)),
  p: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(16)),
  keylen: v.pipe(v.number(), v.integer(), v.minValue(16), v.maxValue(64)),
  salt: hex(SALT_BYTES * 2, SALT_BYTES * 2),
  hash: hex(32, 128),
});
export type SecretHash = v.InferOutput<typeof SecretHashSchema>;

function derive(secret: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = {
    N: params.N,
    r: params.r,
    p: params.p,
    // Node refuses above 32 MiB by default; scrypt needs 128 * N * r bytes, plus headroom.
    maxmem: 256 * params.N * params.r + 1024 * 1024,
  };
  return new Promise((resolve, reject) => {
    scrypt(secret.normalize('NFKC'), salt, params.keylen, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** Hashes a secret with a fresh random salt. */
export async function hashSecret(secret: string, params: ScryptParams = DEFAULT_SCRYPT_PARAMS): Promise<SecretHash> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(secret, salt, params);
  return { algorithm: 'scrypt', ...params, salt: salt.toString('hex'), hash: key.toString('hex') };
}

/** Checks a secret against a stored hash with that hash's own parameters, in constant time. */
export async function verifySecret(secret: string, stored: SecretHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'hex');
  const key = await derive(secret, Buffer.from(stored.salt, 'hex'), { ...stored, keylen: expected.length });
  return key.length === expected.length && timingSafeEqual(key, expected);
}
