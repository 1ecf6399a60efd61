import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema.js';
import { ApiError } from './errors.js';

export interface Limit {
  /** What is limited, e.g. "comment". */
  action: string;
  max: number;
  windowMs: number;
}

/** How many of each visitor action are allowed, per fixed window. Generous for people, tight for scripts. */
export const LIMITS = {
  commentPerMinute: { action: 'comment-minute', max: 5, windowMs: 60_000 },
  commentPerHour: { action: 'comment-hour', max: 30, windowMs: 3_600_000 },
  reaction: { action: 'reaction', max: 60, windowMs: 60_000 },
  report: { action: 'report', max: 10, windowMs: 3_600_000 },
  checkIn: { action: 'check-in', max: 30, windowMs: 3_600_000 },
  // A clinic's waiting-room tablet or a shared network can carry many people's check-ins.
  checkInPerAddress: { action: 'check-in-address', max: 300, windowMs: 3_600_000 },
} satisfies Record<string, Limit>;

/**
 * Counts one more `limit.action` for `who` (a hash, never an address) and refuses with a kind 429 once the
 * window's allowance is used. The counter is one upsert, so concurrent instances never lose a count.
 */
export async function consume(db: Kysely<Schema>, who: string, ...limits: Limit[]): Promise<void> {
  const now = Date.now();
  for (const limit of limits) {
    const windowStart = now - (now % limit.windowMs);
    const row = await db
      .insertInto('rate_limits')
      .values({ bucket: `${limit.action}:${who}`, window_start: windowStart, count: 1 })
      .onConflict((oc) =>
        oc.columns(['bucket', 'window_start']).doUpdateSet((eb) => ({ count: eb('rate_limits.count', '+', 1) })),
      )
      .returning('count')
      .executeTakeFirstOrThrow();
    if (Number(row.count) > limit.max) {
      const retryAfter = Math.ceil((windowStart + limit.windowMs - now) / 1000);
      throw new ApiError(
        429,
        'rate_limited',
        'You are sending things quickly, so we paused for a moment. Your words are safe; please try again shortly.',
        undefined,
        retryAfter,
      );
    }
  }
  // Old windows are cleared by the daily purge (retention.ts), not on a visitor's request.
}
