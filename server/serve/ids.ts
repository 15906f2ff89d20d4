// Random names handed out by the server: exercise ids, join codes, player and admin tokens.
import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** Join codes avoid letters and digits people confuse (0/O, 1/I/L). */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function joinCode(length = 6): string {
  let s = '';
  for (let i = 0; i < length; i++) s += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return s;
}

export function exerciseId(): string {
  return 'x' + randomBytes(6).toString('hex');
}

export function secretToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Compares secrets in constant time. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a), y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
