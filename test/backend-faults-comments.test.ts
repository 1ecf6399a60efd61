import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PeerComment } from '../src/api/comment-types.js';
import type { PeerCommentThread } from '../src/components/comment-thread/comment-thread.js';
import { THREAD, button, form, names, renderThread, shadow } from './helpers/comments.js';
import {
  FAULTS,
  FAULT_TITLES,
  HAPPENED,
  expectPlainWords,
  faultyBackend,
  until,
  untilCrisisHelpShown,
  words,
  type FakeServer,
  type Fault,
  type Happened,
  type ServerRequest,
} from './helpers/faulty-backend.js';

/**
 * Backend failures as a visitor of `<peer-comment-thread>` meets them: reading the comments, and posting one.
 * Nothing typed may be lost, every error says what happened, and a post tried again after a failure reaches
 * the server once.
 */

const COMMENTS_PATH = /\/v1\/threads\/[^/]+\/comments$/;

/** The clinic's server as far as one thread needs it; `posted` is every comment it stored. */
function commentServer() {
  const now = Date.now();
  const published: PeerComment[] = ['Sam', 'Lee', 'Ana'].map((name, index) => ({
    id: `seed-${index}`,
    thread: THREAD,
    parentId: null,
    name,
    body: `Words from ${name}.`,
    createdAt: new Date(now - (3 - index) * 3_600_000).toISOString(),
    updatedAt: null,
    reactions: { support: 0, helped: 0 },
  }));
  const posted: PeerComment[] = [];
  const route = ({ method, path, body }: ServerRequest) => {
    if (COMMENTS_PATH.test(path) && method === 'GET') return { body: { comments: published, nextCursor: null } };
    if (COMMENTS_PATH.test(path) && method === 'POST') {
      const sent = body as { body: string; name?: string };
      const comment: PeerComment = {
        ...published[0],
        id: `new-${posted.length + 1}`,
        name: sent.name ?? 'Anonymous',
        body: sent.body,
        createdAt: new Date().toISOString(),
      };
      posted.push(comment);
      published.push(comment);
      const editableUntil = new Date(Date.now() + 900_000).toISOString();
      return { status: 201, body: { comment, held: false, editToken: `edit-${comment.id}`, editableUntil } };
    }
    const own = /\/v1\/comments\/([^/]+)$/.exec(path);
    const mine = own && published.find((comment) => comment.id === own[1]);
    if (method === 'GET' && mine) {
      return { body: { comment: mine, status: 'published', reason: null, rejectReason: null } };
    }
    return { status: 404, body: { error: { code: 'not_found', message: 'No such comment.' } } };
  };
  return { route, posted };
}

function threadOn(fault?: Fault) {
  const { route, posted } = commentServer();
  return { ...faultyBackend(route, fault), posted };
}

/** What the list says when it could not load, and the form when a post failed: the same words for each. */
const SAYS: Record<Happened, RegExp> = {
  offline: /offline/i,
  timeout: /took too long/i,
  server: /server had a problem/i,
  unreadable: /could not read/i,
};

type CommentForm = ReturnType<typeof form>;

const textarea = (target: CommentForm) => target.shadowRoot.querySelector('textarea')!;
const formAlert = (target: CommentForm) => words(target.shadowRoot.querySelector('[role="alert"]'));

/** Types into the comment box the way a person does: focus, then keys. */
async function typeComment(thread: PeerCommentThread, text: string): Promise<CommentForm> {
  const target = form(thread);
  await target.updateComplete;
  textarea(target).focus();
  await sendKeys({ type: text });
  await target.updateComplete;
  return target;
}

/** Presses "Post comment" and waits until the form is no longer busy. */
async function pressPost(target: CommentForm): Promise<void> {
  button(target.shadowRoot, 'Post').click();
  await target.updateComplete;
  await until(
    () => !target.shadowRoot.querySelector('form[aria-busy="true"]'),
    'the post to finish',
    () => formAlert(target),
  );
}

const keyOf = (request: ServerRequest) => request.headers.get('Idempotency-Key');

/**
 * The server is back and the visitor presses "Post" again: waits for their comment to show (`what` names it
 * in the time-out), and returns the posts the healthy server received.
 */
async function postOnceServerIsBack(server: FakeServer, thread: PeerCommentThread, target: CommentForm, what: string) {
  server.fault = undefined;
  await pressPost(target);
  await until(
    () => names(thread).includes('Anonymous'),
    what,
    () => formAlert(target),
  );
  return server.sent('POST', COMMENTS_PATH).filter((request) => !request.fault);
}

describe('backend faults: <peer-comment-thread>', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  for (const fault of FAULTS) {
    describe(`when ${FAULT_TITLES[fault]}`, () => {
      it('says why the comments are not there, keeps the form usable, and loads them on "Try again"', async () => {
        const { server, backend } = threadOn(fault);
        const thread = await renderThread(backend);
        const root = shadow(thread);
        const alert = root.querySelector('.error[role="alert"]')!;
        expectPlainWords(words(alert.querySelector('p')), 'the list’s error');
        expect(words(alert)).to.match(SAYS[HAPPENED[fault]]);
        expect(words(root), 'no claim that there are no comments').not.to.contain('No comments yet');
        expect(root.querySelector('section')!.getAttribute('aria-busy'), 'not left loading').to.equal('false');

        const target = await typeComment(thread, 'Thank you all.');
        expect(textarea(target).value).to.equal('Thank you all.');

        server.fault = undefined;
        button(alert, 'Try again').click();
        await until(
          () => names(thread).length === 3,
          'the comments after "Try again"',
          () => words(root),
        );
        expect(!!root.querySelector('.error[role="alert"]'), 'the error is gone').to.equal(false);
        expect(textarea(target).value, 'the words typed meanwhile').to.equal('Thank you all.');
      });

      it('keeps a comment that failed to post, says what happened, and posts it once when tried again', async () => {
        const { server, backend, posted } = threadOn();
        const thread = await renderThread(backend);
        server.fault = fault;
        const typed = 'Finding a group saved my year.';
        const target = await typeComment(thread, typed);
        await pressPost(target);

        expectPlainWords(formAlert(target), 'the form’s error');
        expect(formAlert(target)).to.match(SAYS[HAPPENED[fault]]);
        expect(formAlert(target)).to.contain('Your text is still here.');
        expect(textarea(target).value, 'the words are kept').to.equal(typed);
        const failed = server.sent('POST', COMMENTS_PATH);
        expect(failed.length > 0, 'the post was tried').to.equal(true);
        const key = keyOf(failed[0]);
        expect(
          failed.every((request) => keyOf(request) === key),
          'one key for every attempt',
        ).to.equal(true);

        const healthy = await postOnceServerIsBack(server, thread, target, 'the comment after posting again');
        expect(healthy, 'one post once the server is back').to.have.length(1);
        expect(keyOf(healthy[0]), 'the same key as the failed post').to.equal(key);
        expect(
          posted.map((comment) => comment.body),
          'stored once',
        ).to.deep.equal([typed]);
        expect(
          names(thread).filter((name) => name === 'Anonymous'),
          'shown once',
        ).to.have.length(1);
        expect(textarea(target).value, 'the form is ready for the next comment').to.equal('');
      });

      it('keeps a comment that failed to post through a reload, and posts it once, with the same key, later', async () => {
        const { server, backend, posted } = threadOn();
        const first = await renderThread(backend);
        server.fault = fault;
        const typed = 'Week two. Still here, still coming.';
        await pressPost(await typeComment(first, typed));
        expect(formAlert(form(first))).to.match(SAYS[HAPPENED[fault]]);
        const [failed] = server.sent('POST', COMMENTS_PATH);
        expect(failed, 'the post was tried').not.to.equal(undefined);

        // The page is reloaded while the server still fails: the element is made again on the same device.
        (first.closest('peer-support-provider') ?? first).remove();
        const thread = await renderThread(backend);
        const target = form(thread);
        await target.updateComplete;
        expect(textarea(target).value, 'the words come back').to.equal(typed);

        const healthy = await postOnceServerIsBack(server, thread, target, 'the comment after the reload');
        expect(healthy, 'one post once the server is back').to.have.length(1);
        expect(keyOf(healthy[0]), 'the key from before the reload').to.equal(keyOf(failed));
        expect(
          posted.map((comment) => comment.body),
          'stored once',
        ).to.deep.equal([typed]);
      });

      it('shows crisis help for crisis words in a comment that could not be posted', async () => {
        const { server, backend } = threadOn();
        const thread = await renderThread(backend);
        server.fault = fault;
        const typed = 'I feel hopeless and want to end my life';
        const target = await typeComment(thread, typed);
        await pressPost(target);

        await untilCrisisHelpShown(target.shadowRoot);
        expect(formAlert(target)).to.match(SAYS[HAPPENED[fault]]);
        expect(textarea(target).value, 'the words are kept').to.equal(typed);
      });
    });
  }
});
