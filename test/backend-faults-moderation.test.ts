import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PeerComment, QueueItem } from '../src/api/comment-types.js';
import type { PeerModerationQueue } from '../src/components/moderation-queue/moderation-queue.js';
import '../src/components/moderation-queue/define.js';
import '../src/core/provider/define.js';
import {
  FAULTS,
  FAULT_TITLES,
  HAPPENED,
  expectPlainWords,
  faultyBackend,
  until,
  words,
  type Happened,
  type ServerRequest,
} from './helpers/faulty-backend.js';

/**
 * Backend failures as clinic staff meet them in `<peer-moderation-queue>`: signing in, and deciding about a
 * comment. The token and the words typed for the author stay, the error says what happened, and a decision
 * tried again after a failure is made once.
 */

const TOKEN = 'riverside-staff-7f3a';
const QUEUE_PATH = /\/v1\/moderation\/queue$/;
const REJECT_PATH = /\/v1\/moderation\/comments\/[^/]+\/reject$/;
const REASON = 'Please leave out the phone number.';

/** The clinic's server as far as the queue needs it; `decisions` is every decision it made. */
function moderationServer() {
  const held: PeerComment[] = ['Jo', 'Robin'].map((name, index) => ({
    id: `held-${index}`,
    thread: 'articles/first-group',
    parentId: null,
    name,
    body: `First time here, from ${name}.`,
    createdAt: new Date(Date.now() - (index + 1) * 600_000).toISOString(),
    updatedAt: null,
    reactions: { support: 0, helped: 0 },
  }));
  const decisions: { id: string; reason?: string }[] = [];
  const route = ({ method, path, headers, body }: ServerRequest) => {
    if (headers.get('Authorization') !== `Bearer ${TOKEN}`) {
      return { status: 401, body: { error: { code: 'unauthorized', message: 'That staff token is not valid.' } } };
    }
    if (method === 'GET' && QUEUE_PATH.test(path)) {
      const items: QueueItem[] = held.map((comment) => ({ comment, reason: 'first-time', care: false, reports: [] }));
      return { body: { items, counts: { waiting: items.length, care: 0 } } };
    }
    const rejected = method === 'POST' && REJECT_PATH.test(path) ? decodeURIComponent(path.split('/').at(-2)!) : '';
    const index = held.findIndex((comment) => comment.id === rejected);
    if (index >= 0) {
      const [comment] = held.splice(index, 1);
      decisions.push({ id: comment.id, reason: (body as { reason?: string }).reason });
      return { body: { comment } };
    }
    return { status: 404, body: { error: { code: 'not_found', message: 'There is no such comment.' } } };
  };
  return { route, decisions };
}

const shadow = (el: PeerModerationQueue) => el.shadowRoot!;
const button = (root: ParentNode, label: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((entry) => words(entry) === label);
const itemNames = (el: PeerModerationQueue) =>
  [...shadow(el).querySelectorAll('article h3 bdi')].map((name) => words(name));
const articleOf = (el: PeerModerationQueue, name: string) =>
  [...shadow(el).querySelectorAll('article')].find((article) => words(article.querySelector('h3 bdi')) === name)!;

async function queueOn(backend: object, template = html`<peer-moderation-queue></peer-moderation-queue>`) {
  const provider = await fixture(html`<peer-support-provider .backend=${backend}>${template}</peer-support-provider>`);
  const el = provider.querySelector<PeerModerationQueue>('peer-moderation-queue')!;
  await el.updateComplete;
  return el;
}

/** What the queue says when the list could not load. */
const LOAD_SAYS: Record<Happened, RegExp> = {
  offline: /offline/i,
  timeout: /took too long/i,
  server: /server had a problem/i,
  unreadable: /could not be read/i,
};

/** What an item says when a decision could not be saved. */
const DECISION_SAYS: Record<Happened, RegExp> = {
  offline: /offline/i,
  timeout: /took too long/i,
  server: /server had a problem/i,
  unreadable: /could not be read/i,
};

describe('backend faults: <peer-moderation-queue>', () => {
  afterEach(() => sessionStorage.clear());

  for (const fault of FAULTS) {
    describe(`when ${FAULT_TITLES[fault]}`, () => {
      it('keeps the staff token, says why the queue is not there, and loads it on "Try again"', async () => {
        const { route } = moderationServer();
        const { server, backend } = faultyBackend(route, fault);
        const el = await queueOn(backend);
        shadow(el).querySelector<HTMLInputElement>('#staff-token')!.focus();
        await sendKeys({ type: TOKEN });
        button(shadow(el), 'Sign in')!.click();
        const alert = () => shadow(el).querySelector('[role="alert"]');
        await until(alert, 'an error', () => words(shadow(el)));
        await until(() => shadow(el).querySelector('section[aria-busy="false"]'), 'loading to end');

        expectPlainWords(words(alert()!.querySelector('p')), 'the queue’s error');
        expect(words(alert())).to.match(LOAD_SAYS[HAPPENED[fault]]);
        expect(el.token, 'still signed in').to.equal(TOKEN);
        expect(sessionStorage.getItem('peer-support:staff-token'), 'kept for this tab').to.equal(TOKEN);
        const asked = server.sent('GET', QUEUE_PATH);
        expect(asked.length > 0, 'the server was asked').to.equal(true);
        expect(asked.every((request) => request.headers.get('Authorization') === `Bearer ${TOKEN}`)).to.equal(true);

        server.fault = undefined;
        button(alert()!, 'Try again')!.click();
        await until(
          () => itemNames(el).length === 2,
          'the queue after "Try again"',
          () => words(shadow(el)),
        );
        expect(itemNames(el)).to.have.members(['Jo', 'Robin']);
        expect(!!alert(), 'the error is gone').to.equal(false);
      });

      it('keeps the reason typed for the author, says what happened, and rejects once when tried again', async () => {
        const { route, decisions } = moderationServer();
        const { server, backend } = faultyBackend(route);
        const el = await queueOn(backend, html`<peer-moderation-queue .token=${TOKEN}></peer-moderation-queue>`);
        await until(
          () => itemNames(el).length === 2,
          'the queue',
          () => words(shadow(el)),
        );
        button(articleOf(el, 'Jo'), 'Reject')!.click();
        await el.updateComplete;
        const reason = () => articleOf(el, 'Jo').querySelector<HTMLTextAreaElement>('textarea')!;
        reason().focus();
        await sendKeys({ type: REASON });

        server.fault = fault;
        button(articleOf(el, 'Jo'), 'Reject comment')!.click();
        const problem = () => articleOf(el, 'Jo')?.querySelector('[role="alert"]');
        await until(problem, 'an error on the item', () => words(shadow(el)));
        await until(() => button(articleOf(el, 'Jo'), 'Reject comment'), 'the decision to stop being busy');

        expectPlainWords(words(problem()), 'the decision’s error');
        expect(words(problem())).to.match(DECISION_SAYS[HAPPENED[fault]]);
        expect(reason().value, 'the reason is kept').to.equal(REASON);
        expect(itemNames(el), 'the comment is still in the queue').to.include('Jo');
        const failed = server.sent('POST', REJECT_PATH);
        const key = failed[0].headers.get('Idempotency-Key');

        server.fault = undefined;
        button(articleOf(el, 'Jo'), 'Reject comment')!.click();
        await until(
          () => !itemNames(el).includes('Jo'),
          'the comment to leave the queue',
          () => words(shadow(el)),
        );
        const healthy = server.sent('POST', REJECT_PATH).filter((request) => !request.fault);
        expect(healthy, 'one request once the server is back').to.have.length(1);
        expect(healthy[0].headers.get('Idempotency-Key'), 'the same decision, the same key').to.equal(key);
        expect(decisions, 'rejected once, with the reason').to.deep.equal([{ id: 'held-0', reason: REASON }]);
      });
    });
  }
});
