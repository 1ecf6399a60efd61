import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema.js';
import { ApiError } from './errors.js';

export interface StoredResponse {
  status: number;
  body: unknown;
  replayed: boolean;
}

const KEY = /^[A-Za-z0-9._:-]{8,200}$/;

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
      'The Idempotency-Key header must be 8 to 200 letters, digits or ._:- characters.',
    );
  }
  return header;
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

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
  const requestHash = sha256(JSON.stringify(request));
  const replay = async (): Promise<StoredResponse | undefined> => {
    const stored = await db
      .selectFrom('idempotency_records')
      .selectAll()
      .where('scope', '=', scope)
      .where('key', '=', key)
      .executeTakeFirst();
    if (!stored) return undefined;
    if (stored.request_hash && stored.request_hash !== requestHash) {
      throw new ApiError(
        422,
        'idempotency_key_reused',
        'This Idempotency-Key was already used for a different request.',
      );
    }
    return { status: stored.status, body: JSON.parse(stored.body), replayed: true };
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
          key,
          status: result.status,
          body: JSON.stringify(result.body),
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
