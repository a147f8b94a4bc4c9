import { PERSONAL_CODE_ITERATION_COUNTS } from '../../../shared/model';

/**
 * A resident's optional 4-digit personal code, stored only as a PBKDF2-SHA-256 hash with a random
 * per-resident salt, as `pbkdf2$<iterations>$<saltHex>$<hashHex>`. The iteration count travels with
 * the hash, so it can be raised later without breaking codes already set.
 *
 * Ten thousand possible codes can never be made hard to guess by hashing alone; the hash keeps the
 * codes unreadable in a backup file or a glance at the database. The count is kept moderate because
 * the wall checks a code while a resident waits.
 */
export const PERSONAL_CODE_ITERATIONS: (typeof PERSONAL_CODE_ITERATION_COUNTS)[number] = 100_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;
const FORMAT = /^pbkdf2\$(\d{1,7})\$([0-9a-f]{32})\$([0-9a-f]{64})$/;

export function isPersonalCode(code: string): boolean {
  return /^\d{4}$/.test(code);
}

export async function hashPersonalCode(code: string, iterations: number = PERSONAL_CODE_ITERATIONS): Promise<string> {
  if (!isPersonalCode(code)) throw new RangeError('A personal code is exactly 4 digits.');
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(code, salt, iterations);
  return `pbkdf2$${iterations}$${toHex(salt)}$${toHex(hash)}`;
}

/** True only when `code` hashes to `stored`; a malformed stored value never matches. */
export async function personalCodeMatches(code: string, stored: string): Promise<boolean> {
  const parts = FORMAT.exec(stored);
  if (!parts || !isPersonalCode(code)) return false;
  const [, iterationsText, saltHex, hashHex] = parts as unknown as [string, string, string, string];
  const iterations = Number(iterationsText);
  // Never more work than Hearth's own hashes take: a made-up count would keep the wall busy for seconds.
  if (iterations < 1 || iterations > Math.max(...PERSONAL_CODE_ITERATION_COUNTS)) return false;
  const actual = await derive(code, fromHex(saltHex), iterations);
  return constantTimeEqual(actual, fromHex(hashHex));
}

async function derive(code: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array<ArrayBuffer>> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(code), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, HASH_BITS);
  return new Uint8Array(bits);
}

/** Compares every byte whatever the first difference, so timing says nothing about how close a guess was. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}
