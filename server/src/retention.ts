import type { Kysely } from 'kysely';
import type { Schema } from './db/schema.js';

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
}

const DAY_MS = 86_400_000;

/** The server's own times are ISO 8601 UTC strings of one length, so comparing the text compares the times. */
const cutoff = (days: number, now: Date) => new Date(now.getTime() - days * DAY_MS).toISOString();

/**
 * Deletes what has outlived the clinic's retention periods. Age is counted from when the server stored it
 * (created_at, by the server's clock), never from a date a device sent: a device with a wrong clock, or a
 * made-up recordedAt, cannot keep a check-in past its time. Safe to run from several instances at once.
 */
export async function purgeExpired(db: Kysely<Schema>, periods: RetentionPeriods, now = new Date()): Promise<Purged> {
  const purged: Purged = { checkIns: 0, participants: 0, comments: 0 };
  if (periods.checkInDays !== undefined) {
    const before = cutoff(periods.checkInDays, now);
    const checkIns = await db.deleteFrom('check_ins').where('created_at', '<', before).executeTakeFirst();
    purged.checkIns = Number(checkIns.numDeletedRows);
    const participants = await db
      .deleteFrom('participants')
      .where('created_at', '<', before)
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('check_ins').select('id').whereRef('check_ins.participant_id', '=', 'participants.id'))),
      )
      .executeTakeFirst();
    purged.participants = Number(participants.numDeletedRows);
  }
  if (periods.commentDays !== undefined) {
    const comments = await db
      .deleteFrom('comments')
      .where('created_at', '<', cutoff(periods.commentDays, now))
      .executeTakeFirst();
    purged.comments = Number(comments.numDeletedRows);
  }
  return purged;
}

/** Whether the operator set any retention period (else there is nothing to purge, ever). */
export const hasRetention = (periods: RetentionPeriods) =>
  periods.checkInDays !== undefined || periods.commentDays !== undefined;
