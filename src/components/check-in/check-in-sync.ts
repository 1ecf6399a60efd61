import type { CheckInSource } from '../../api/check-in-types.js';
import { BackendError, HttpError } from '../../api/errors.js';
import type { StoredCheckIn } from './check-in-model.js';
import type { CheckInStore } from './check-in-store.js';

/**
 * Sending what waits on the device, and reading the history back. A check-in is written to the device
 * first, then sent with its idempotency key; it is marked sent only after the server accepted it. If the
 * page closes in between, the next send repeats the same key and the server answers with the first result,
 * so a check-in is never lost and never doubled. Tabs of the same page take turns through a Web Lock.
 */

export interface SendResult {
  sent: StoredCheckIn[];
  waiting: number;
  /** Why the rest is still waiting. */
  error?: BackendError;
}

const REFUSED = new Set([400, 409, 413, 422]);

/** How far back the progress view reads from the server. */
const HISTORY_PAGES = 5;
const PAGE_SIZE = 200;

function withLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  return locks ? (locks.request('peer-support-check-in-send', work) as Promise<T>) : work();
}

export function sendWaiting(store: CheckInStore, owner: string, source: CheckInSource): Promise<SendResult> {
  return withLock(async () => {
    const waiting = (await store.list(owner)).filter((checkIn) => checkIn.pending);
    const sent: StoredCheckIn[] = [];
    let refusal: BackendError | undefined;
    for (const checkIn of waiting) {
      try {
        const accepted = await source.submitCheckIn(
          {
            recordedAt: checkIn.recordedAt,
            answers: checkIn.answers,
            ...(checkIn.note ? { note: checkIn.note } : {}),
            risk: checkIn.risk,
          },
          { participantToken: owner, idempotencyKey: checkIn.key },
        );
        const stored = { ...checkIn, id: accepted.id, pending: false };
        await store.put(owner, stored);
        sent.push(stored);
      } catch (error) {
        if (!(error instanceof BackendError)) throw error;
        refusal = error;
        // The server will never take this one as it is; the next may still go. It stays on the device.
        if (error instanceof HttpError && REFUSED.has(error.status)) continue;
        break;
      }
    }
    return { sent, waiting: waiting.length - sent.length, ...(refusal ? { error: refusal } : {}) };
  });
}

/**
 * The server's copy merged into the device's: a check-in the device sent is the server's from now on; one
 * only the server had (made on another device with the same clinic token) is kept here too, so progress can
 * be seen offline. Waiting ones stay as they are.
 */
export async function refreshHistory(
  store: CheckInStore,
  owner: string,
  source: CheckInSource,
  signal?: AbortSignal,
): Promise<StoredCheckIn[]> {
  const device = await store.list(owner);
  const byId = new Map(device.filter((checkIn) => checkIn.id).map((checkIn) => [checkIn.id!, checkIn]));
  let cursor: string | undefined;
  for (let page = 0; page < HISTORY_PAGES; page++) {
    const answer = await source.listCheckIns({ cursor, limit: PAGE_SIZE }, { participantToken: owner, signal });
    for (const remote of answer.checkIns) {
      const known = byId.get(remote.id);
      const merged: StoredCheckIn = {
        key: known?.key ?? `server:${remote.id}`,
        id: remote.id,
        recordedAt: remote.recordedAt,
        answers: remote.answers,
        ...(remote.note ? { note: remote.note } : {}),
        risk: remote.risk,
      };
      if (!known || JSON.stringify(known) !== JSON.stringify(merged)) await store.put(owner, merged);
    }
    if (!answer.nextCursor) break;
    cursor = answer.nextCursor;
  }
  return store.list(owner);
}
