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

type MemoryBackend = ReturnType<typeof createMemoryBackend>;
type SubmitArgs = Parameters<MemoryBackend['submitCheckIn']>;
type ListArgs = Parameters<MemoryBackend['listCheckIns']>;
type EraseArgs = Parameters<MemoryBackend['eraseParticipant']>;

/** A token as a clinic would issue it: 39 letters, digits and -. */
export function clinicToken(): string {
  return `clinic-${crypto.randomUUID().replaceAll('-', '')}`;
}

/**
 * The memory backend, with every check-in call written to `log` (`submit`, `list`, `erase`) before it runs.
 * `override` replaces a method (to fail the way a real server does); `inner` is the server's own copy.
 */
export function recordingBackend(
  override: {
    submitCheckIn?: (...args: SubmitArgs) => ReturnType<MemoryBackend['submitCheckIn']>;
    eraseParticipant?: (...args: EraseArgs) => ReturnType<MemoryBackend['eraseParticipant']>;
  } = {},
  inner: MemoryBackend = memoryBackend(),
) {
  const log: string[] = [];
  const backend: MemoryBackend = {
    ...inner,
    submitCheckIn: (...args: SubmitArgs) => {
      log.push('submit');
      return (override.submitCheckIn ?? inner.submitCheckIn)(...args);
    },
    listCheckIns: (...args: ListArgs) => {
      log.push('list');
      return inner.listCheckIns(...args);
    },
    eraseParticipant: (...args: EraseArgs) => {
      log.push('erase');
      return (override.eraseParticipant ?? inner.eraseParticipant)(...args);
    },
  };
  return { backend, inner, log, submits: () => log.filter((call) => call === 'submit').length };
}

/** What the server holds for a participant, newest first. */
export async function serverCheckIns(backend: MemoryBackend, participantToken: string) {
  return (await backend.listCheckIns({ limit: 200 }, { participantToken })).checkIns;
}

/** Types into the note the way a browser reports typing: a new value, then an `input` event. */
export async function typeNote(checkIn: PeerCheckIn, text: string): Promise<void> {
  const note = root(checkIn).querySelector<HTMLTextAreaElement>('#note')!;
  note.value = text;
  note.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await checkIn.updateComplete;
}

/** The element with focus inside the check-in. */
export function focused(checkIn: PeerCheckIn): Element | null {
  return root(checkIn).activeElement;
}

/** Opens the validated scales behind "Answer them now". */
export async function openScales(checkIn: PeerCheckIn): Promise<void> {
  await waitUntil(() => root(checkIn).querySelector('.scales'), 'the scales never loaded', { timeout: 5000 });
  button(checkIn, 'Answer them now').click();
  await checkIn.updateComplete;
}

/** Opens "Your data: what is kept, and where" with a click on its summary. */
export async function openData(checkIn: PeerCheckIn): Promise<HTMLDetailsElement> {
  await withHistory(checkIn);
  const details = root(checkIn).querySelector<HTMLDetailsElement>('details.privacy')!;
  if (!details.open) details.querySelector('summary')!.click();
  await checkIn.updateComplete;
  return details;
}

/** Saves what is answered and waits until the server has it. */
export async function saveAndSend(checkIn: PeerCheckIn): Promise<void> {
  await agreeAndSave(checkIn);
  await until(
    () => statusText(checkIn).includes('has your check-in'),
    'never sent',
    () => statusText(checkIn),
  );
}

/** `waitUntil` that says what the page showed when it gave up. */
export async function until(predicate: () => unknown, what: string, shown?: () => string, timeout = 5000) {
  try {
    await waitUntil(predicate, what, { timeout });
  } catch {
    throw new Error(`Timeout: ${what}${shown ? ` (the page showed: ${shown()})` : ''}`);
  }
}

/** Takes the element (and its provider) off the page, as closing the tab would. */
export function removeCheckIn(checkIn: PeerCheckIn): void {
  (checkIn.closest('peer-support-provider') ?? checkIn).remove();
}
