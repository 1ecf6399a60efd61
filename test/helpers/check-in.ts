import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { createMemoryBackend } from '../../src/api/memory-backend.js';
import type { PeerCheckIn } from '../../src/components/check-in/check-in.js';
import '../../src/components/check-in/define.js';
import '../../src/core/provider/define.js';

export { html };

export const DB_NAME = 'peer-support-check-in';

/** A fresh device: no check-ins, no draft, no participant id. */
export async function clearDevice(): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('could not delete'));
    // An element of an earlier test still holding the database closes it on `versionchange`.
    request.onblocked = () => undefined;
  });
}

export function memoryBackend() {
  return createMemoryBackend();
}

export function root(checkIn: PeerCheckIn): ShadowRoot {
  return checkIn.shadowRoot!;
}

/** Waits until the element has opened the device store and knows its participant. */
export async function ready(checkIn: PeerCheckIn): Promise<PeerCheckIn> {
  await waitUntil(() => checkIn.participant && root(checkIn).querySelector('#q-mood'), 'the check-in never started', {
    timeout: 5000,
  });
  return checkIn;
}

/** Waits for the lazily loaded progress part (progress view and "your data"). */
export async function withHistory(checkIn: PeerCheckIn): Promise<PeerCheckIn> {
  await waitUntil(() => root(checkIn).querySelector('details.privacy'), 'the history part never loaded', {
    timeout: 5000,
  });
  return checkIn;
}

export async function renderCheckIn(backend: object = memoryBackend(), template?: TemplateResult) {
  const host = await fixture(
    template ??
      html`<peer-support-provider .backend=${backend}><peer-check-in></peer-check-in></peer-support-provider>`,
  );
  return ready(host.querySelector('peer-check-in')!);
}

/** Picks an answer the way a person does: a click on the label of the choice. */
export async function choose(checkIn: PeerCheckIn, item: string, value: number): Promise<void> {
  const input = root(checkIn).querySelector<HTMLInputElement>(`input[name="${item}"][value="${value}"]`);
  if (!input) throw new Error(`no choice ${value} for ${item}`);
  input.closest('label')!.click();
  await checkIn.updateComplete;
}

export function button(checkIn: PeerCheckIn, text: string | RegExp): HTMLButtonElement {
  const found = [...root(checkIn).querySelectorAll('button')].find((candidate) =>
    typeof text === 'string' ? candidate.textContent!.trim() === text : text.test(candidate.textContent!),
  );
  if (!found) throw new Error(`no button "${String(text)}"`);
  return found;
}

export async function agreeAndSave(checkIn: PeerCheckIn): Promise<void> {
  const agree = root(checkIn).querySelector<HTMLInputElement>('#consent-agree');
  if (agree && !agree.checked) agree.click();
  button(checkIn, 'Save check-in').click();
  await checkIn.updateComplete;
  await waitUntil(() => root(checkIn).querySelector('#saved-heading'), 'the check-in was never saved');
}

export function statusText(checkIn: PeerCheckIn): string {
  return root(checkIn).querySelector('.status')!.textContent!.trim();
}
