import { expect, waitUntil } from '@open-wc/testing';
import type { OwnCommentState, PeerComment } from '../src/api/comment-types.js';
import { HttpError } from '../src/api/errors.js';
import type { PeerCommentThread } from '../src/components/comment-thread/comment-thread.js';
import { domId } from '../src/components/comment-thread/dom-id.js';
import { THREAD, comment, renderThread, shadow } from './helpers/comments.js';
import {
  PAYLOADS,
  expectNoInjection,
  expectNothingRan,
  expectSameText,
  itShowsTheChecksCanFail,
  payloadsUpTo,
  watchEachTest,
  wellFormed,
} from './helpers/xss-payloads.js';

/**
 * What test/comment-thread-hostile.test.ts does not reach: the visitor's own comments, as the server describes
 * them (the clinic's reason for not publishing, the body, the name), a change the visitor types into "Edit"
 * and the server's answer to it, and the note typed into a report. All of it is text, and nothing runs.
 */

const OWN_KEY = 'peer-support:own-comments';
const MAX_COMMENT = 5000;
const MAX_REPORT_NOTE = 500;
const inOneHour = () => new Date(Date.now() + 3_600_000).toISOString();
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

/** A comment as the server sends it, half an hour old. */
const serverComment = (id: string, fields: Partial<PeerComment> = {}): PeerComment => comment(id, fields, 30);

/** Edit tokens on this device for comments of the thread, as the thread keeps them after posting. */
function keepOnDevice(ids: string[]) {
  const records = ids.map((id) => ({
    id,
    thread: THREAD,
    token: `token-${id}`,
    editableUntil: inOneHour(),
    postedAt: minutesAgo(5),
  }));
  localStorage.setItem(OWN_KEY, JSON.stringify(records));
}

/** A server that knows the visitor's own comments by `states`, echoes edits back, and records reports. */
function ownBackend(states: Map<string, OwnCommentState>, listed: PeerComment[] = []) {
  const edits: { id: string; body: string }[] = [];
  const reports: { id: string; reason: string; note?: string }[] = [];
  const backend = {
    async getCrisisResources() {
      return [];
    },
    async listComments() {
      return { comments: structuredClone(listed), nextCursor: null };
    },
    async countComments(threads: string[]) {
      return Object.fromEntries(threads.map((thread) => [thread, listed.length]));
    },
    async getOwnComment(id: string): Promise<OwnCommentState> {
      const state = states.get(id);
      if (!state) throw new HttpError(404, 'not_found', 'No such comment');
      return structuredClone(state);
    },
    async editComment(id: string, body: string) {
      edits.push({ id, body });
      const comment = { ...states.get(id)!.comment, body, updatedAt: new Date().toISOString() };
      return { comment, held: true, reason: states.get(id)!.reason ?? undefined };
    },
    async deleteComment() {},
    async react() {
      return { support: 0, helped: 0 };
    },
    async report(id: string, report: { reason: string; note?: string }) {
      reports.push({ id, ...report });
    },
  };
  return { backend, edits, reports };
}

function ownItem(thread: PeerCommentThread, id: string): HTMLElement | undefined {
  return [...shadow(thread).querySelectorAll<HTMLElement>('.own-item')].find(
    (item) => item.getAttribute('id') === domId('own', id),
  );
}

function buttonIn(root: ParentNode, words: string): HTMLButtonElement {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find((button) =>
    button.textContent!.trim().startsWith(words),
  );
  if (!found) throw new Error(`no "${words}" button`);
  return found;
}

describe('<peer-comment-thread>: own comments, edits and reports with hostile text', function () {
  this.timeout(120_000);
  const clearStorage = () => {
    localStorage.clear();
    sessionStorage.clear();
  };
  beforeEach(clearStorage);
  afterEach(clearStorage);
  const page = watchEachTest();

  itShowsTheChecksCanFail(() => renderThread(ownBackend(new Map(), [serverComment('a')]).backend));

  it('shows the clinic’s reasons and the server’s copy of the visitor’s own comments as text', async () => {
    const states = new Map<string, OwnCommentState>();
    PAYLOADS.forEach((item, index) => {
      const status = (['rejected', 'held', 'published'] as const)[index % 3];
      states.set(`own-${index}`, {
        comment: serverComment(`own-${index}`, { name: item.text, body: item.text }),
        status,
        reason: item.text,
        rejectReason: status === 'rejected' ? item.text : null,
      });
    });
    keepOnDevice([...states.keys()]);
    const { backend } = ownBackend(states, [serverComment('listed')]);
    const thread = await renderThread(backend);
    await waitUntil(
      () => shadow(thread).querySelectorAll('.own-item .body').length === PAYLOADS.length,
      'the own comments never showed',
      { timeout: 10_000 },
    );
    await expectNothingRan(thread, 'with the own comments shown', { baseline: page.baseline });

    for (const [index, item] of PAYLOADS.entries()) {
      const own = ownItem(thread, `own-${index}`);
      expect(!!own, `the own comment with ${item.label}`).to.equal(true);
      expectSameText(own!.querySelector('.body')!.textContent, item.text, `the body with ${item.label}`);
      if (index % 3 === 0) {
        expectSameText(own!.querySelector('q')!.textContent, item.text.trim(), `the clinic's reason: ${item.label}`);
      }
    }
    expect(page.watch.errors).to.deep.equal([]);
  });

  it('sends a typed change as written, and shows the server’s answer to it as text', async () => {
    const states = new Map<string, OwnCommentState>([
      ['mine', { comment: serverComment('mine'), status: 'held', reason: 'review', rejectReason: null }],
    ]);
    keepOnDevice(['mine']);
    const { backend, edits } = ownBackend(states, [serverComment('listed')]);
    const thread = await renderThread(backend);
    await waitUntil(() => ownItem(thread, 'mine')?.querySelector('.body'), 'the own comment never showed');

    for (const item of payloadsUpTo(MAX_COMMENT)) {
      if (!item.text.trim()) continue;
      const own = ownItem(thread, 'mine')!;
      buttonIn(own.querySelector('.actions')!, 'Edit').click();
      await waitUntil(() => own.querySelector('form.tool textarea'), `the edit form never opened for ${item.label}`);
      const field = own.querySelector<HTMLTextAreaElement>('form.tool textarea')!;
      field.value = item.text;
      field.dispatchEvent(new Event('input'));
      // The field's own reading of the text: a text area turns "\r\n" into "\n".
      const typed = field.value.trim();
      const count = edits.length + 1;
      own.querySelector<HTMLButtonElement>('form.tool button[type="submit"]')!.click();
      await waitUntil(() => edits.length === count, `the change with ${item.label} was never sent`);
      await waitUntil(() => !own.querySelector('form.tool'), `the edit form never closed for ${item.label}`);
      await thread.updateComplete;
      expectSameText(edits.at(-1)!.body, typed, `the change sent for ${item.label}`);
      expectSameText(
        ownItem(thread, 'mine')!.querySelector('.body')!.textContent,
        typed,
        `the change shown for ${item.label}`,
      );
      expectNoInjection(thread, `after editing to ${item.label}`, { baseline: page.baseline });
    }
    await expectNothingRan(thread, 'after every edit', { baseline: page.baseline });
    expect(page.watch.errors).to.deep.equal([]);
  });

  it('sends a typed report note as written, and shows none of it', async () => {
    const notes = payloadsUpTo(MAX_REPORT_NOTE).filter((item) => item.text.trim());
    const listed = notes.map((_, index) => serverComment(`r${index}`));
    const { backend, reports } = ownBackend(new Map(), listed);
    const thread = await renderThread(backend);
    for (const [index, item] of notes.entries()) {
      const article = [...shadow(thread).querySelectorAll<HTMLElement>('article')].find(
        (candidate) => candidate.getAttribute('id') === domId('comment', `r${index}`),
      )!;
      buttonIn(article.querySelector(':scope > .actions')!, 'Report').click();
      await waitUntil(
        () => article.querySelector(':scope > .tool textarea'),
        `the report never opened (${item.label})`,
      );
      const tool = article.querySelector<HTMLFormElement>(':scope > .tool')!;
      tool.querySelector<HTMLInputElement>('input[value="other"]')!.click();
      const note = tool.querySelector<HTMLTextAreaElement>('textarea')!;
      note.value = item.text;
      // A form's data is well-formed Unicode: a lone surrogate is sent as U+FFFD.
      const typed = wellFormed(note.value.trim());
      tool.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await waitUntil(() => reports.length === index + 1, `the report with ${item.label} was never sent`);
      await waitUntil(() => article.querySelector('.note'), `no thanks after the report with ${item.label}`);
      expect(reports.at(-1)!.id).to.equal(`r${index}`);
      expectSameText(reports.at(-1)!.note, typed, `the note sent for ${item.label}`);
      expectNoInjection(thread, `after reporting with ${item.label}`, { baseline: page.baseline });
    }
    await expectNothingRan(thread, 'after every report', { baseline: page.baseline });
    expect(page.watch.errors).to.deep.equal([]);
  });
});
