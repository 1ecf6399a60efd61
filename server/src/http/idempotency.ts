import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema.js';
import { ApiError } from './errors.js';

export interface StoredResponse {
  status: number;
  body: unknown;
  replayed: boolean;
}

/** At least 16 characters: the key is also what unlocks the stored answer, so it must not be guessable. */
const KEY = /^[A-Za-z0-9._:-]{16,200}$/;

/** How long a retry gets the first answer back. Older records are deleted by the daily purge (retention.ts). */
export const IDEMPOTENCY_WINDOW_MS = 24 * 3_600_000;

export function requireIdempotencyKey(header: string | undefined): string {
  if (!header) {
    throw new ApiError(
      400,
      'idempotency_key_required',
      'Send an Idempotency-Key header with every write, so a retry is never applied twice.',
    );
  }
  if (!KEY.test(header)) {
    throw new ApiError(
      400,
      'invalid_idempotency_key',
      'The Idempotency-Key header must be 16 to 200 letters, digits or ._:- characters (a random UUID is best).',
    );
  }
  return header;
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/*
 * A stored answer can hold an edit token or a person's check-in answers, so it is kept encrypted with a key
 * derived from the Idempotency-Key, which only the client that sent it knows; the Idempotency-Key itself is
 * stored hashed. A copy of the database (a backup, a leak) then reveals no token and no text through it.
 */
const sealKey = (key: string) => createHash('sha256').update(`idempotency-seal:${key}`).digest();

function seal(key: string, text: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealKey(key), iv);
  const sealed = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

function unseal(key: string, stored: string): string | undefined {
  try {
    const bytes = Buffer.from(stored, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', sealKey(key), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}

/**
 * Runs a write at most once per (scope, key). A retry with the same key and the same request gets the first
 * answer again (even if the first attempt's response never reached the client); the same key with a
 * different request is refused. The record and the write commit in one transaction, so a crash between them
 * cannot leave one without the other.
 */
export async function idempotent(
  db: Kysely<Schema>,
  scope: string,
  key: string,
  request: unknown,
  write: (trx: Kysely<Schema>) => Promise<{ status: number; body: unknown }>,
): Promise<StoredResponse> {
  const requestHash = createHmac('sha256', key).update(JSON.stringify(request)).digest('hex');
  const keyHash = sha256(`idempotency:${key}`);
  const replay = async (): Promise<StoredResponse | undefined> => {
    const stored = await db
      .selectFrom('idempotency_records')
      .selectAll()
      .where('scope', '=', scope)
      .where('key', '=', keyHash)
      .executeTakeFirst();
    if (!stored) return undefined;
    if (stored.request_hash && stored.request_hash !== requestHash) {
      throw new ApiError(
        422,
        'idempotency_key_reused',
        'This Idempotency-Key was already used for a different request.',
      );
    }
    const body = unseal(key, stored.body);
    if (body === undefined) throw new Error('An idempotency record could not be opened.');
    return { status: stored.status, body: JSON.parse(body), replayed: true };
  };
  const earlier = await replay();
  if (earlier) return earlier;
  try {
    return await db.transaction().execute(async (trx) => {
      const result = await write(trx);
      await trx
        .insertInto('idempotency_records')
        .values({
          scope,
          key: keyHash,
          status: result.status,
          body: seal(key, JSON.stringify(result.body)),
          created_at: new Date().toISOString(),
          request_hash: requestHash,
        })
        .execute();
      return { ...result, replayed: false };
    });
  } catch (error) {
    // Two copies of the same request raced: the loser's transaction rolled back; answer with the winner's.
    const winner = await replay();
    if (winner) return winner;
    throw error;
  }
}
