import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createRestBackend } from '../src/api/rest-backend.js';
import type { PeerCommentThread } from '../src/components/comment-thread/comment-thread.js';
import '../src/components/comment-thread/define.js';
import '../src/components/moderation-queue/define.js';
import '../src/core/provider/define.js';
import { articleFor, button, form, names, shadow } from './helpers/comments.js';

// Talks to the real reference server that scripts/run-browser-tests.mjs starts (npm test does). The
// server allows 5 comments a minute from one address: this file posts 5 to it (and one to a second server).
interface E2eConfig {
  serverUrl: string;
  closedWindowServerUrl: string;
  staffToken: string;
}

const thread = `e2e/comments-${Date.now()}`;

async function open(backend: object | string, id = thread): Promise<PeerCommentThread> {
  const host = await fixture(
    typeof backend === 'string'
      ? html`<peer-support-provider api=${backend}
          ><peer-comment-thread thread=${id}></peer-comment-thread
        ></peer-support-provider>`
      : html`<peer-support-provider .backend=${backend}
          ><peer-comment-thread thread=${id}></peer-comment-thread
        ></peer-support-provider>`,
  );
  const element = host.querySelector('peer-comment-thread')!;
  await waitUntil(() => shadow(element).querySelector('peer-comment-form'), 'no comment form', { timeout: 8000 });
  await waitUntil(() => !shadow(element).querySelector('.loading'), 'comments never loaded', { timeout: 8000 });
  return element;
}

/** Types like a person (the server refuses posts sent within two seconds of the form being started). */
async function post(element: PeerCommentThread, body: string, reply?: string) {
  const target = form(element, reply);
  await target.updateComplete;
  const text = target.shadowRoot.querySelector('textarea')!;
  text.value = body;
  text.dispatchEvent(new Event('input'));
  await new Promise((resolve) => setTimeout(resolve, 2100));
  button(target.shadowRoot, 'Post').click();
  // The click marks the form busy at once; wait for that render, then for the answer.
  await target.updateComplete;
  await waitUntil(() => !target.shadowRoot.querySelector('[aria-busy="true"]'), 'the post never finished', {
    timeout: 8000,
  });
  await element.updateComplete;
  return target;
}

describe('end to end: the comment thread and the reference server', function () {
  this.timeout(60_000);
  let config: E2eConfig;

  before(async () => {
    config = await (await fetch('/__e2e.json')).json();
    if (!config.serverUrl || !config.staffToken)
      throw new Error('No reference server: run the browser tests with `npm run test:browser` (or `npm test`).');
    localStorage.clear();
    sessionStorage.clear();
  });

  it('posts, replies, sends support once and reports', async () => {
    const element = await open(config.serverUrl);
    await post(element, 'My first meeting was easier than I feared.');
    await waitUntil(() => names(element).length === 1, 'the comment did not appear', { timeout: 8000 });
    const id = shadow(element).querySelector('article')!.id.replace('comment-', '');

    button(articleFor(element, id), 'Reply').click();
    await waitUntil(() => form(element, id), 'no reply form');
    await post(element, 'Mine too. Glad you went.', id);
    await waitUntil(() => names(element).length === 2, 'the reply did not appear', { timeout: 8000 });

    button(articleFor(element, id), 'Sending support').click();
    await waitUntil(() => button(articleFor(element, id), 'Sending support').textContent!.includes('1'));
    button(articleFor(element, id), 'Sending support').click();
    await element.updateComplete;

    // A second visitor reloads the page: what the server holds, not what the first page guessed.
    localStorage.clear();
    const second = await open(config.serverUrl);
    expect(names(second)).to.deep.equal(['Anonymous', 'Anonymous']);
    const replyArticle = shadow(second).querySelectorAll('article')[1]!;
    expect(replyArticle.closest('.replies')).to.exist;
    expect(button(articleFor(second, id), 'Sending support').textContent).to.contain('1');

    button(replyArticle, 'Report').click();
    await waitUntil(() => shadow(second).querySelector('.tool input[value="harmful"]'));
    shadow(second).querySelector<HTMLInputElement>('.tool input[value="harmful"]')!.click();
    button(shadow(second).querySelector('.tool')!, 'Send report').click();
    await waitUntil(() => replyArticle.querySelector('.note')?.textContent?.includes('Thank you'), 'no thanks', {
      timeout: 8000,
    });
    const staff = createRestBackend({ baseUrl: config.serverUrl });
    const queue = await staff.getModerationQueue(config.staffToken);
    expect(queue.items.some((item) => item.reports.some((report) => report.reason === 'harmful'))).to.equal(true);
  });

  it('holds crisis words for care, shows the author help, and a second visitor sees the comment once staff approve it in the queue', async () => {
    localStorage.clear();
    const careThread = `${thread}-care`;
    const author = await open(config.serverUrl, careThread);
    await post(author, 'Tonight I want to end my life.');
    const own = () => shadow(author).querySelector('.own-item');
    await waitUntil(() => own()?.querySelector('peer-crisis-banner'), 'the author was not shown help', {
      timeout: 8000,
    });
    expect(own()!.textContent).to.contain('Waiting for review');

    // The clinic's staff member signs in to the queue and approves it.
    const page = await fixture(
      html`<peer-support-provider api=${config.serverUrl}
        ><peer-moderation-queue></peer-moderation-queue
      ></peer-support-provider>`,
    );
    const queue = page.querySelector('peer-moderation-queue')!;
    const queueRoot = () => queue.shadowRoot!;
    await waitUntil(() => queueRoot().querySelector('input[type="password"]'), 'no sign-in form');
    const token = queueRoot().querySelector<HTMLInputElement>('input[type="password"]')!;
    token.value = config.staffToken;
    token.dispatchEvent(new Event('input'));
    button(queueRoot(), 'Sign in').click();
    const item = () =>
      [...queueRoot().querySelectorAll('article')].find((candidate) => candidate.textContent!.includes(careThread));
    await waitUntil(() => item(), 'the held comment is not in the queue', { timeout: 8000 });
    expect(queueRoot().querySelector('article')).to.equal(item()!);
    button(item()!, 'Show').click();
    await waitUntil(() => item()!.textContent!.includes('Tonight I want to end my life.'));
    button(item()!, 'Approve').click();
    await waitUntil(() => !item(), 'the comment did not leave the queue', { timeout: 8000 });

    localStorage.clear();
    const second = await open(config.serverUrl, careThread);
    expect(shadow(second).querySelector('.body')!.textContent).to.equal('Tonight I want to end my life.');
    expect(shadow(second).querySelector('.own-item')).to.equal(null);
  });

  it('keeps a post whose answer was lost, and the retry is the same post: nothing doubles', async () => {
    localStorage.clear();
    let dropNextAnswer = true;
    const backend = createRestBackend({
      baseUrl: config.serverUrl,
      retries: 0,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        if (init?.method === 'POST' && dropNextAnswer) {
          dropNextAnswer = false;
          // The server has the comment, but the connection dropped before the answer arrived.
          throw new TypeError('Failed to fetch');
        }
        return response;
      },
    });
    const retryThread = `${thread}-retry`;
    const element = await open(backend, retryThread);
    const target = await post(element, 'Three months today.');
    expect(target.shadowRoot.querySelector('[role="alert"]')!.textContent).to.contain('offline');
    expect(target.shadowRoot.querySelector('textarea')!.value).to.equal('Three months today.');
    button(target.shadowRoot, 'Post').click();
    await waitUntil(() => names(element).length === 1, 'the retried post did not appear', { timeout: 8000 });
    const page = await createRestBackend({ baseUrl: config.serverUrl }).listComments(retryThread);
    expect(page.comments.map((comment) => comment.body)).to.deep.equal(['Three months today.']);
  });

  it('edits within the window, and is refused kindly after it', async () => {
    localStorage.clear();
    const element = await open(config.serverUrl, `${thread}-edit`);
    await post(element, 'I went to my frist group.');
    const mine = () => shadow(element).querySelector('article')!;
    await waitUntil(() => mine()?.querySelector('.badge'), 'the new comment is not marked as mine', { timeout: 8000 });
    button(mine(), 'Edit').click();
    await waitUntil(() => mine().querySelector('.tool textarea'));
    const text = mine().querySelector<HTMLTextAreaElement>('.tool textarea')!;
    text.value = 'I went to my first group.';
    text.dispatchEvent(new Event('input'));
    button(mine(), 'Save changes').click();
    await waitUntil(() => mine().querySelector('.body')!.textContent === 'I went to my first group.', 'not edited', {
      timeout: 8000,
    });
    const stored = await createRestBackend({ baseUrl: config.serverUrl }).listComments(`${thread}-edit`);
    expect(stored.comments[0]!.body).to.equal('I went to my first group.');

    // A server whose edit window is over as soon as a comment is posted.
    const closed = await open(config.closedWindowServerUrl, `${thread}-closed`);
    await post(closed, 'Words I may want to change.');
    await waitUntil(() => shadow(closed).querySelector('.own-item'), 'not listed as mine', { timeout: 8000 });
    const published = shadow(closed).querySelector('article');
    // The window closed at once: the device offers no edit, and the server refuses one all the same.
    expect(published ? [...published.querySelectorAll('button')].map((b) => b.textContent!.trim()) : []).not.to.include(
      'Edit',
    );
    const record = JSON.parse(localStorage.getItem('peer-support:own-comments')!).at(-1);
    const refusal = await createRestBackend({ baseUrl: config.closedWindowServerUrl })
      .editComment(record.id, 'Changed', record.token)
      .catch((error: { code?: string }) => error.code);
    expect(refusal).to.equal('edit_window_closed');
  });
});
