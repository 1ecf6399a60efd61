import { PARTICIPANT_TOKEN } from '../../api/participant-token.js';
import type { CheckInStore } from './check-in-store.js';

/**
 * Who the check-ins belong to. A clinic can give a person a token (the `participant-token` attribute, or a
 * link with `?participant=…` or `#participant=…`); otherwise the device makes a random one, and the person
 * stays anonymous: the server only ever sees its hash. A token from a link is kept on the device and taken
 * out of the address bar, so it is not shared with the page's address or bookmarked by accident.
 */

const STORED_KEY = 'participant';
const PARAMETER = 'participant';

export interface Participant {
  token: string;
  /** `clinic`: given by the clinic (attribute or link); `device`: made here, anonymous. */
  source: 'clinic' | 'device';
}

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** Reads a token from the address and removes it from the address bar. */
function takeTokenFromAddress(): string | undefined {
  const url = new URL(location.href);
  const hash = new URLSearchParams(url.hash.slice(1));
  const token = url.searchParams.get(PARAMETER) ?? hash.get(PARAMETER) ?? undefined;
  if (token === undefined) return undefined;
  url.searchParams.delete(PARAMETER);
  hash.delete(PARAMETER);
  url.hash = hash.toString();
  history.replaceState(history.state, '', url);
  return PARTICIPANT_TOKEN.test(token) ? token : undefined;
}

export async function resolveParticipant(store: CheckInStore, attribute?: string): Promise<Participant> {
  // Taken out of the address bar whichever token wins.
  const fromAddress = takeTokenFromAddress();
  if (attribute && PARTICIPANT_TOKEN.test(attribute)) return { token: attribute, source: 'clinic' };
  if (fromAddress) {
    const participant: Participant = { token: fromAddress, source: 'clinic' };
    await store.set(STORED_KEY, participant);
    return participant;
  }
  const stored = await store.get<Participant>(STORED_KEY);
  if (stored && PARTICIPANT_TOKEN.test(stored.token)) return stored;
  const made: Participant = { token: randomToken(), source: 'device' };
  await store.set(STORED_KEY, made);
  return made;
}

/** After an erase, the next check-in starts as someone new. */
export function forgetParticipant(store: CheckInStore): Promise<void> {
  return store.set(STORED_KEY, undefined);
}
