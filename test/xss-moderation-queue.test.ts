import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ModerationQueue, QueueItem } from '../src/api/comment-types.js';
import { HttpError } from '../src/api/errors.js';
import type { PeerModerationQueue } from '../src/components/moderation-queue/moderation-queue.js';
import '../src/components/moderation-queue/define.js';
import '../src/core/provider/define.js';
import { shadow, signIn } from './helpers/moderation.js';
import {
  PAYLOADS,
  RUN,
  expectNoInjection,
  expectNothingRan,
  expectSameText,
  itShowsTheChecksCanFail,
  payloadsUpTo,
  watchEachTest,
  type Payload,
} from './helpers/xss-payloads.js';

/**
 * The moderation queue with hostile comments from the backend (names, bodies, thread ids, comment ids, dates,
 * held reasons, report reasons and notes, counts) and hostile text typed by staff (the token, a rejection
 * reason). Shown as text, no link made from any of it, sent as typed, and decisions reach the exact comment.
 */

const TOKEN = 'riverside-staff-7f3a';
const MAX_REJECT_REASON = 300;
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

function hostileItem(item: Payload, index: number, id = `c${index}`): QueueItem {
  const text = item.text;
  return {
    comment: {
      id,
      thread: text,
      parentId: text,
      name: text,
      body: text,
      createdAt: index % 3 === 0 ? text : minutesAgo(index),
      updatedAt: text,
      reactions: { support: 0, helped: 0 },
    },
    reason: text,
    care: false,
    // Every fourth is reported as harmful: its text starts hidden behind "Show comment".
    reports: [
      { reason: index % 4 === 0 ? 'harmful' : text, note: text, createdAt: text },
      { reason: 'spam', note: null, createdAt: minutesAgo(1) },
    ],
  };
}

/** A backend that answers with `items`, accepts only TOKEN, and records every decision and token it was given. */
function staffBackend(items: QueueItem[], counts?: unknown) {
  const decisions: { action: string; id: string; reason?: string }[] = [];
  const tokens: string[] = [];
  let queue = structuredClone(items);
  const check = (token: string) => {
    tokens.push(token);
    if (token !== TOKEN) throw new HttpError(401, 'unauthorized', 'Wrong token');
  };
  const leave = (id: string) => (queue = queue.filter((item) => item.comment.id !== id));
  const backend = {
    async getCrisisResources() {
      return [];
    },
    async getModerationQueue(token: string): Promise<ModerationQueue> {
      check(token);
      return structuredClone({ items: queue, ...(counts === undefined ? {} : { counts }) }) as ModerationQueue;
    },
    async approveComment(id: string, token: string) {
      check(token);
      decisions.push({ action: 'approve', id });
      leave(id);
      return items.find((item) => item.comment.id === id)!.comment;
    },
    async rejectComment(id: string, token: string, reason?: string) {
      check(token);
      decisions.push({ action: 'reject', id, reason });
      leave(id);
      return items.find((item) => item.comment.id === id)!.comment;
    },
    async removeComment(id: string, token: string) {
      check(token);
      decisions.push({ action: 'delete', id });
      leave(id);
    },
  };
  return { backend, decisions, tokens };
}

const articles = (el: PeerModerationQueue) => [...shadow(el).querySelectorAll<HTMLElement>('article')];

async function queueWith(backend: object): Promise<PeerModerationQueue> {
  const root = await fixture<HTMLElement>(
    html`<peer-support-provider .backend=${backend}
      ><peer-moderation-queue></peer-moderation-queue
    ></peer-support-provider>`,
  );
  const el = root.querySelector('peer-moderation-queue')!;
  await waitUntil(() => shadow(el).querySelector('#staff-token'), 'no sign-in form');
  return el;
}

const buttonIn = (root: ParentNode, words: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent!.trim() === words)!;

afterEach(() => sessionStorage.clear());

describe('<peer-moderation-queue> with hostile comments and typed text', function () {
  this.timeout(120_000);
  const page = watchEachTest();

  itShowsTheChecksCanFail(() => queueWith(staffBackend([]).backend));

  it('shows names, threads, bodies, report reasons and notes as text, and makes no link of any of them', async () => {
    const items = PAYLOADS.map((item, index) => hostileItem(item, index));
    const el = await queueWith(staffBackend(items, { waiting: `<img src=x onerror=${RUN}>`, care: {} }).backend);
    await signIn(el, TOKEN);
    expect(articles(el)).to.have.length(items.length);
    for (const article of articles(el)) {
      const reveal = [...article.querySelectorAll('button')].find(
        (button) => button.textContent!.trim() === 'Show comment',
      );
      reveal?.click();
    }
    await el.updateComplete;
    await expectNothingRan(el, 'with every comment shown', { baseline: page.baseline });

    for (const [index, item] of PAYLOADS.entries()) {
      const article = articles(el)[index]!;
      const what = `the comment with ${item.label}`;
      expectSameText(article.querySelector('h3 bdi')!.textContent, item.text, `the name of ${what}`);
      expectSameText(article.querySelector('.meta dd bdi')!.textContent, item.text, `the thread of ${what}`);
      expectSameText(article.querySelector('.body')!.textContent, item.text, `the body of ${what}`);
      expectSameText(article.querySelector('.report-note')!.textContent, item.text, `the report note of ${what}`);
      if (index % 4)
        expectSameText(article.querySelector('.report-reason')!.textContent, item.text, `the report reason of ${what}`);
      expect(article.querySelectorAll('a').length, `links in ${what}`).to.equal(0);
    }
    expect(page.watch.errors).to.deep.equal([]);
  });

  it('approves, rejects with a typed reason and deletes comments with hostile ids, exactly those', async () => {
    const reasons = payloadsUpTo(MAX_REJECT_REASON);
    const ids = PAYLOADS.map((item) => item.text);
    const items = ids.map((id, index) => hostileItem({ label: 'plain', text: `Comment ${index}` }, index, id));
    const { backend, decisions } = staffBackend(items);
    const el = await queueWith(backend);
    await signIn(el, TOKEN);
    for (const [index, id] of ids.entries()) {
      const article = articles(el).find(
        (candidate) => candidate.querySelector('h3 bdi')!.textContent === `Comment ${index}`,
      )!;
      const what = `the comment with id ${PAYLOADS[index]!.label}`;
      const action = (['approve', 'reject', 'delete'] as const)[index % 3];
      if (action === 'approve') buttonIn(article, 'Approve').click();
      else if (action === 'delete') {
        buttonIn(article, 'Delete').click();
        await el.updateComplete;
        buttonIn(article.querySelector('.decide')!, 'Delete').click();
      } else {
        buttonIn(article, 'Reject').click();
        await el.updateComplete;
        const field = article.querySelector<HTMLTextAreaElement>('textarea')!;
        field.value = reasons[index % reasons.length]!.text;
        field.dispatchEvent(new Event('input'));
        await el.updateComplete;
        expectNoInjection(el, `while typing a reason to reject ${what}`, { baseline: page.baseline });
        buttonIn(article.querySelector('.decide')!, 'Reject comment').click();
      }
      await waitUntil(() => decisions.length === index + 1, `no decision sent for ${what}`);
      await waitUntil(() => !article.isConnected, `${what} never left the list`);
      const decision = decisions.at(-1)!;
      expect(decision.action).to.equal(action);
      expect(decision.id === id, `the id decided on for ${what}`).to.equal(true);
      if (action === 'reject') {
        const typed = reasons[index % reasons.length]!.text.trim();
        expect(decision.reason === (typed || undefined), `the reason sent for ${what}`).to.equal(true);
      }
      expectNoInjection(el, `after deciding on ${what}`, { baseline: page.baseline });
    }
    expect(shadow(el).querySelector('.empty'), 'the empty queue').to.exist;
    await expectNothingRan(el, 'after every decision', { baseline: page.baseline });
    expect(page.watch.errors).to.deep.equal([]);
  });

  it('sends a typed staff token as typed and keeps it only when it is accepted', async () => {
    const { backend, tokens } = staffBackend([hostileItem({ label: 'plain', text: 'Plain' }, 1)]);
    const el = await queueWith(backend);
    for (const item of PAYLOADS) {
      const field = shadow(el).querySelector<HTMLInputElement>('#staff-token')!;
      field.value = item.text;
      // A password field drops line breaks, as typing would.
      const typed = field.value.trim();
      if (!typed) continue;
      const asked = tokens.length;
      await signIn(el, item.text);
      expect(tokens.length, `asked with the token ${item.label}`).to.equal(asked + 1);
      expect(tokens.at(-1) === typed, `the token sent for ${item.label}`).to.equal(true);
      expect(shadow(el).querySelector('#token-error')!.textContent).to.equal('That staff token was not accepted.');
      expect(
        shadow(el).querySelector<HTMLInputElement>('#staff-token')!.value === field.value,
        `the field kept ${item.label}`,
      ).to.equal(true);
      expect(sessionStorage.getItem('peer-support:staff-token'), `kept the token ${item.label}`).to.equal(null);
      expectNoInjection(el, `after the token ${item.label}`, { baseline: page.baseline });
    }
    await signIn(el, TOKEN);
    expect(articles(el)).to.have.length(1);
    await expectNothingRan(el, 'after every token', { baseline: page.baseline });
    expect(page.watch.errors).to.deep.equal([]);
  });
});
