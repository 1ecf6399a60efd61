import { listIn } from './answer-shape.js';
import { MalformedResponseError } from './errors.js';
import type { CheckIn, CheckInPage, CheckInSource } from './check-in-types.js';
import type { RestRequest } from './rest-comments.js';

function isCheckIn(value: unknown): value is CheckIn {
  const checkIn = value as CheckIn;
  return (
    typeof checkIn === 'object' &&
    checkIn !== null &&
    typeof checkIn.id === 'string' &&
    typeof checkIn.recordedAt === 'string' &&
    typeof checkIn.answers === 'object' &&
    checkIn.answers !== null &&
    !Array.isArray(checkIn.answers)
  );
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** `/v1/check-ins` and `/v1/participants/me`, with the participant token as a bearer token. */
export function restCheckInMethods(request: RestRequest): CheckInSource {
  return {
    async submitCheckIn(checkIn, { participantToken, ...write }) {
      const answer = await request<{ checkIn?: unknown }>({
        method: 'POST',
        path: '/v1/check-ins',
        body: checkIn,
        headers: bearer(participantToken),
        ...write,
      });
      if (!isCheckIn(answer?.checkIn)) throw new MalformedResponseError('The answer had no check-in.');
      return answer.checkIn;
    },
    async listCheckIns(query, { participantToken, signal }) {
      const page = await request<Partial<CheckInPage>>({
        method: 'GET',
        path: '/v1/check-ins',
        query: { cursor: query.cursor, limit: query.limit && Math.min(query.limit, 200) },
        headers: bearer(participantToken),
        signal,
      });
      return { checkIns: listIn(page, 'checkIns').filter(isCheckIn), nextCursor: page.nextCursor ?? null };
    },
    async eraseParticipant({ participantToken, ...write }) {
      await request<void>({
        method: 'DELETE',
        path: '/v1/participants/me',
        headers: bearer(participantToken),
        ...write,
      });
    },
  };
}
