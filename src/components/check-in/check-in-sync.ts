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

/** One at a time across this page's tabs: sending, and erasing. */
export function withLock<T>(work: () => Promise<T>): Promise<T> {
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
        // A history read that raced this send may have kept the server's copy under its id: one record only.
        await store.remove(`server:${accepted.id}`);
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
