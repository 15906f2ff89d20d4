// Random names handed out by the server: exercise ids, join codes, player and admin tokens.
import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** Join codes avoid letters and digits people confuse (0/O, 1/I/L). */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** 31^10 ≈ 8.2·10^14 codes (49.5 bits): see docs/security.md for why that is enough at the join rate limit. */
export const CODE_LENGTH = 10;

export function joinCode(length = CODE_LENGTH): string {
  let s = '';
  for (let i = 0; i < length; i++) s += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return s;
}

/**
 * A code as a person typed it, in the one form codes are stored in: upper case (the alphabet has
 * one case, so folding costs no entropy), without the spaces and dashes people group it with.
 */
export function normalizeCode(typed: string): string {
  return typed.replace(/[\s-]+/g, '').toUpperCase();
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
