import { HttpError } from './errors.js';
import { PARTICIPANT_TOKEN } from './participant-token.js';
import type { CheckIn, CheckInSource } from './check-in-types.js';

const ITEM_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

function participant(token: string): string {
  if (!PARTICIPANT_TOKEN.test(token)) {
    throw new HttpError(
      401,
      'invalid_participant_token',
      'The participant token must be 32 to 200 letters, digits, - or _.',
    );
  }
  return token;
}

/**
 * Check-ins held in memory, following the reference server's rules (token shape, item ids, idempotent
 * submits, newest first, erase) so that stories and tests behave like production.
 */
export function createMemoryCheckIns(respond: <T>(value: () => T, signal?: AbortSignal) => Promise<T>): CheckInSource {
  const byParticipant = new Map<string, CheckIn[]>();
  const submits = new Map<string, CheckIn>();
  let sequence = 0;

  return {
    submitCheckIn(input, { participantToken, idempotencyKey, signal }) {
      return respond(() => {
        const owner = participant(participantToken);
        const replayKey = idempotencyKey && `${owner}:${idempotencyKey}`;
        const replayed = replayKey && submits.get(replayKey);
        if (replayed) return replayed;
        const ids = Object.keys(input.answers ?? {});
        const badId = ids.find((id) => !ITEM_ID.test(id));
        if (!ids.length || badId !== undefined || ids.some((id) => !Number.isFinite(input.answers[id]))) {
          throw new HttpError(400, 'invalid_request', 'The check-in needs answers: item ids mapped to numbers.', {
            fields: { answers: 'item ids are lower-case letters, digits and -; values are numbers' },
          });
        }
        const stored: CheckIn = {
          id: `check-in-${++sequence}`,
          recordedAt: input.recordedAt ? new Date(input.recordedAt).toISOString() : new Date().toISOString(),
          answers: { ...input.answers },
          ...(input.note ? { note: input.note } : {}),
          risk: input.risk ?? false,
        };
        byParticipant.set(owner, [...(byParticipant.get(owner) ?? []), stored]);
        if (replayKey) submits.set(replayKey, stored);
        return stored;
      }, signal);
    },
    listCheckIns(query, { participantToken, signal }) {
      return respond(() => {
        const all = [...(byParticipant.get(participant(participantToken)) ?? [])].sort(
          (a, b) => b.recordedAt.localeCompare(a.recordedAt) || b.id.localeCompare(a.id),
        );
        const start = query.cursor ? Number(query.cursor) : 0;
        const limit = Math.min(query.limit ?? 50, 200);
        const page = all.slice(start, start + limit);
        return { checkIns: page, nextCursor: start + limit < all.length ? String(start + limit) : null };
      }, signal);
    },
    eraseParticipant({ participantToken, signal }) {
      return respond(() => {
        const owner = participant(participantToken);
        byParticipant.delete(owner);
        for (const key of submits.keys()) if (key.startsWith(`${owner}:`)) submits.delete(key);
      }, signal);
    },
  };
}
