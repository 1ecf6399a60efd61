import { DEVICE_KEY, REACTED_KEY, isArray, local, readJson, session, write } from './device-storage.js';

/**
 * What the comment thread keeps on the visitor's device, and only there:
 * - their own comments' edit tokens (localStorage, listed in the thread and removable), so they can edit,
 *   delete and see what became of a comment; never the words themselves, which the server gives back;
 * - which comments they reacted to, and a random device id sent with reactions (localStorage);
 * - an unsent draft, per thread and reply (sessionStorage: it survives a reload, not the end of the visit).
 * Blocked storage (private modes, strict settings) degrades to memory for this page.
 */

export interface OwnCommentRecord {
  id: string;
  thread: string;
  token: string;
  editableUntil: string;
  postedAt: string;
  /** Crisis words were recognised: the author is shown help beside the comment while it waits. */
  care?: boolean;
}

export interface Draft {
  body: string;
  name: string;
  /** One idempotency key per comment being written: every retry of it sends the same key. */
  key: string;
  startedAt: number;
}

const OWN_KEY = 'peer-support:own-comments';
const DRAFT_PREFIX = 'peer-support:comment-draft:';
/** Past the edit window a token still shows the comment's fate; after this long it is of no more use. */
const KEEP_OWN_MS = 30 * 86_400_000;
const MAX_OWN = 200;

function isOwnRecord(value: unknown): value is OwnCommentRecord {
  const record = value as OwnCommentRecord;
  return (
    !!record && typeof record.id === 'string' && typeof record.token === 'string' && typeof record.thread === 'string'
  );
}

export function ownComments(now = Date.now()): OwnCommentRecord[] {
  const records = (readJson(local, OWN_KEY, isArray) ?? []).filter(isOwnRecord);
  return records.filter((record) => now - Date.parse(record.postedAt) < KEEP_OWN_MS);
}

function saveOwn(records: OwnCommentRecord[]): void {
  write(local, OWN_KEY, records.length ? JSON.stringify(records.slice(-MAX_OWN)) : null);
}

export function rememberOwnComment(record: OwnCommentRecord): void {
  saveOwn([...ownComments().filter((existing) => existing.id !== record.id), record]);
}

/** Forgets the token: the comment stays on the server, but this device can no longer change it. */
export function forgetOwnComment(id: string): void {
  saveOwn(ownComments().filter((record) => record.id !== id));
}

/** Removes every trace of the comment thread from this device. */
export function forgetEverything(): void {
  for (const key of [OWN_KEY, REACTED_KEY, DEVICE_KEY]) write(local, key, null);
}

function draftKey(thread: string, parentId?: string): string {
  return `${DRAFT_PREFIX}${thread}#${parentId ?? ''}`;
}

function isDraft(value: unknown): value is Draft {
  const draft = value as Draft;
  return !!draft && typeof draft.body === 'string' && typeof draft.key === 'string';
}

export function loadDraft(thread: string, parentId?: string): Draft | undefined {
  const draft = readJson(session, draftKey(thread, parentId), isDraft);
  return draft && { ...draft, name: typeof draft.name === 'string' ? draft.name : '' };
}

export function saveDraft(thread: string, parentId: string | undefined, draft: Draft | undefined): void {
  write(session, draftKey(thread, parentId), draft ? JSON.stringify(draft) : null);
}
