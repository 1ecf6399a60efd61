import type { CheckIn, CheckInSource } from '../../api/check-in-types.js';
import type { StoredCheckIn } from './check-in-model.js';
import type { CheckInStore } from './check-in-store.js';

/** How far back the progress view reads from the server. */
const HISTORY_PAGES = 5;
const PAGE_SIZE = 200;

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
  const remotes: CheckIn[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < HISTORY_PAGES; page++) {
    const answer = await source.listCheckIns({ cursor, limit: PAGE_SIZE }, { participantToken: owner, signal });
    remotes.push(...answer.checkIns);
    if (!answer.nextCursor) break;
    cursor = answer.nextCursor;
  }
  // Read after the pages arrived, so that a send finished meanwhile is known by its id.
  const device = await store.list(owner);
  const byId = new Map(device.filter((checkIn) => checkIn.id).map((checkIn) => [checkIn.id!, checkIn]));
  for (const remote of remotes) {
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
  return store.list(owner);
}
