import type { Context } from 'hono';
import { timingSafeEqual } from 'node:crypto';
import { sha256 } from './idempotency.js';

/** The bearer token of a request, if any. */
export function bearer(c: Context): string | undefined {
  return (c.req.header('authorization') ?? '').match(/^Bearer\s+(\S+)$/i)?.[1];
}

/** Compares a token with a stored hash in constant time, so timing tells an attacker nothing. */
export function matchesHash(token: string, storedHash: string | null | undefined, purpose: string): boolean {
  if (!storedHash) return false;
  const given = Buffer.from(sha256(`${purpose}:${token}`), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
