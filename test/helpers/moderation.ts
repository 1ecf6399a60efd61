import { waitUntil } from '@open-wc/testing';
import type { PeerModerationQueue } from '../../src/components/moderation-queue/moderation-queue.js';

export const shadow = (el: PeerModerationQueue) => el.shadowRoot!;

/** Waits until the element has stopped loading and shows a form, a list, an empty list or a problem. */
export async function settled(el: PeerModerationQueue): Promise<void> {
  await el.updateComplete;
  await waitUntil(
    () =>
      shadow(el).querySelector('section[aria-busy="false"]') &&
      shadow(el).querySelector('form:not(:has([aria-disabled="true"])), .items, .empty, [role="alert"], .problem'),
    'the queue to settle',
    { timeout: 4000 },
  );
  await el.updateComplete;
}

/** Types a staff token and submits the form, as staff do, then waits for what follows. */
export async function signIn(el: PeerModerationQueue, token: string): Promise<void> {
  const field = shadow(el).querySelector<HTMLInputElement>('#staff-token')!;
  field.value = token;
  field.dispatchEvent(new Event('input'));
  shadow(el).querySelector('form')!.requestSubmit();
  await el.updateComplete;
  await settled(el);
}
