import type { Kysely } from 'kysely';
import type { Schema } from './db/schema.js';
import { IDEMPOTENCY_WINDOW_MS } from './http/idempotency.js';

/** How long the clinic keeps what visitors leave, in days; unset keeps it until someone deletes it. */
export interface RetentionPeriods {
  checkInDays?: number;
  commentDays?: number;
}

export interface Purged {
  checkIns: number;
  /** Participants left with no check-ins: a hash of a token, nothing else. */
  participants: number;
  /** Comments, with their reactions and reports (the database deletes those with them). */
  comments: number;
  /** Stored answers to writes, kept only for a retry within a day: they hold the words written. */
  idempotencyRecords: number;
  rateLimitCounters: number;
}

const DAY_MS = 86_400_000;
/**
 * Rows deleted per statement. A first purge may meet years of rows: one statement for all of them would
 * outlast PostgreSQL's query time limit, and on SQLite hold every request back until it ended.
 */
const BATCH = 500;

/** The server's own times are ISO 8601 UTC strings of one length, so comparing the text compares the times. */
const cutoff = (ms: number, now: Date) => new Date(now.getTime() - ms).toISOString();

/** Between batches, requests waiting on the same process (SQLite's driver is synchronous) get their turn. */
const yieldToRequests = () => new Promise((resolve) => setImmediate(resolve));

type Table = 'check_ins' | 'participants' | 'comments';

/** The ids of the rows of `table` the server stored before `before`. */
const storedBefore = (db: Kysely<Schema>, table: Table, before: string) =>
  db.selectFrom(table).select('id').where('created_at', '<', before);

/** Deletes the rows `ids` selects from `table`, a batch at a time; returns how many. */
async function deleteInBatches(
  db: Kysely<Schema>,
  table: Table,
  ids: ReturnType<typeof storedBefore>,
): Promise<number> {
  let total = 0;
  for (;;) {
    const result = await db.deleteFrom(table).where('id', 'in', ids.limit(BATCH)).executeTakeFirst();
    const deleted = Number(result.numDeletedRows);
    total += deleted;
    if (deleted < BATCH) return total;
    await yieldToRequests();
  }
}

/**
 * Deletes what has outlived the clinic's retention periods, and the server's own short-lived records. Age is
 * counted from when the server stored a row (created_at, by the server's clock), never from a date a device
 * sent: a device with a wrong clock, or a made-up recordedAt, cannot keep a check-in past its time. Safe to
 * run from several instances at once.
 */
export async function purgeExpired(db: Kysely<Schema>, periods: RetentionPeriods, now = new Date()): Promise<Purged> {
  const purged: Purged = { checkIns: 0, participants: 0, comments: 0, idempotencyRecords: 0, rateLimitCounters: 0 };
  if (periods.checkInDays !== undefined) {
    const before = cutoff(periods.checkInDays * DAY_MS, now);
    purged.checkIns = await deleteInBatches(db, 'check_ins', storedBefore(db, 'check_ins', before));
    // A participant's created_at moves on with each check-in (see routes/check-ins.ts), so one who checks in
    // while this runs is not old, and is never deleted with the check-in just stored.
    const idleParticipants = storedBefore(db, 'participants', before).where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('check_ins').select('id').whereRef('check_ins.participant_id', '=', 'participants.id'))),
    );
    purged.participants = await deleteInBatches(db, 'participants', idleParticipants);
  }
  if (periods.commentDays !== undefined) {
    const before = cutoff(periods.commentDays * DAY_MS, now);
    purged.comments = await deleteInBatches(db, 'comments', storedBefore(db, 'comments', before));
  }
  const idempotency = await db
    .deleteFrom('idempotency_records')
    .where('created_at', '<', cutoff(IDEMPOTENCY_WINDOW_MS, now))
    .executeTakeFirst();
  purged.idempotencyRecords = Number(idempotency.numDeletedRows);
  // The only clean-up of both tables. The longest window is an hour; a day leaves room for clocks that differ
  // between instances.
  const counters = await db
    .deleteFrom('rate_limits')
    .where('window_start', '<', now.getTime() - DAY_MS)
    .executeTakeFirst();
  purged.rateLimitCounters = Number(counters.numDeletedRows);
  return purged;
}
