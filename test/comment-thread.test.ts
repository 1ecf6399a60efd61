import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { CommentSource, NewComment, PostedComment } from '../src/api/comment-types.js';
import { HttpError, OfflineError } from '../src/api/errors.js';
import type { WriteOptions } from '../src/api/types.js';
import type { PeerCommentThread } from '../src/components/comment-thread/comment-thread.js';
import {
  THREAD,
  articleFor,
  button,
  comment,
  form,
  html,
  memoryBackend,
  names,
  renderThread,
  shadow,
} from './helpers/comments.js';

const deepText = (element: Element | ShadowRoot): string =>
  [...element.childNodes]
    .map((node) =>
      node.nodeType === Node.TEXT_NODE
        ? node.textContent
        : node instanceof Element
          ? deepText(node.shadowRoot ?? node) + (node.shadowRoot ? deepText(node) : '')
          : '',
    )
    .join(' ')
    .replace(/\s+/g, ' ');

async function write(thread: PeerCommentThread, body: string, options: { name?: string; reply?: string } = {}) {
  const target = form(thread, options.reply);
  await target.updateComplete;
  const root = target.shadowRoot;
  if (options.name !== undefined) {
    const name = root.querySelector<HTMLInputElement>('input[name="name"]')!;
    name.value = options.name;
    name.dispatchEvent(new Event('input'));
  }
  const text = root.querySelector('textarea')!;
  text.value = body;
  text.dispatchEvent(new Event('input'));
  await target.updateComplete;
  return target;
}

async function post(thread: PeerCommentThread, body: string, options: { name?: string; reply?: string } = {}) {
  const target = await write(thread, body, options);
  button(target.shadowRoot, 'Post').click();
  // The click marks the form busy at once; wait for that render, then for the answer.
  await target.updateComplete;
  await waitUntil(() => !target.shadowRoot.querySelector('[aria-busy="true"]'), 'the post never finished');
  await thread.updateComplete;
  return target;
}

/** Counts posts and records their idempotency keys; fails the first `failures` posts the way they say. */
function recordingBackend(failures: Error[] = [], seed?: Parameters<typeof memoryBackend>[0]) {
  const inner = memoryBackend(seed);
  const keys: (string | undefined)[] = [];
  const backend: typeof inner = {
    ...inner,
    async postComment(thread: string, input: NewComment, options?: WriteOptions): Promise<PostedComment> {
      keys.push(options?.idempotencyKey);
      const failure = failures.shift();
      if (failure) throw failure;
      return inner.postComment(thread, input, options);
    },
  };
  return { backend, keys, inner };
}

async function publishedBodies(source: CommentSource): Promise<string[]> {
  return (await source.listComments(THREAD, { limit: 100 })).comments.map((item) => item.body);
}

describe('<peer-comment-thread>', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows published comments with replies nested, relative times with the full date, and safe links', async () => {
    const thread = await renderThread(memoryBackend());
    expect(names(thread)).to.deep.equal(['Sam', 'Lee', 'Ana']);
    expect(articleFor(thread, 'b').closest('ol')!.classList.contains('replies')).to.equal(true);
    const time = articleFor(thread, 'a').querySelector('time')!;
    expect(time.textContent).to.match(/5 hours ago/);
    expect(time.dataset.full).to.match(/\d{4}/);
    expect(time.getAttribute('tabindex')).to.equal('0');
    const link = articleFor(thread, 'c').querySelector('a')!;
    expect(link.href).to.equal('https://example.org/groups');
    expect(link.textContent).to.equal('https://example.org/groups');
    expect(link.rel).to.equal('nofollow ugc noopener noreferrer');
    await expect(thread).to.be.accessible();
  });

  it('attaches replies deeper than the depth at the deepest level, saying whom they answer', async () => {
    const backend = memoryBackend({
      comments: [
        comment('r', { name: 'Root' }, 50),
        comment('r1', { name: 'One', parentId: 'r' }, 40),
        comment('r2', { name: 'Two', parentId: 'r1' }, 30),
        comment('r3', { name: 'Three', parentId: 'r2' }, 20),
      ],
    });
    const thread = await renderThread(
      backend,
      html`<peer-support-provider .backend=${backend}
        ><peer-comment-thread thread=${THREAD} depth="1"></peer-comment-thread
      ></peer-support-provider>`,
    );
    const three = articleFor(thread, 'r3');
    expect(three.closest('li')!.classList.contains('depth-1')).to.equal(true);
    expect(three.querySelector('.reply-to')!.textContent).to.contain('In reply to Two');
    expect(articleFor(thread, 'r1').querySelector('.reply-to')).to.equal(null);
  });

  it('sorts by newest and most supported, and loads more pages, moving focus to the first new comment', async () => {
    const many = Array.from({ length: 7 }, (_, index) =>
      comment(`m${index}`, { reactions: { support: index === 3 ? 9 : 0, helped: 0 } }, 100 - index),
    );
    const backend = memoryBackend({ comments: many });
    const thread = await renderThread(
      backend,
      html`<peer-support-provider .backend=${backend}
        ><peer-comment-thread thread=${THREAD} page-size="5"></peer-comment-thread
      ></peer-support-provider>`,
    );
    expect(names(thread)).to.have.length(5);
    button(shadow(thread), 'Show more comments').click();
    await waitUntil(() => names(thread).length === 7);
    await waitUntil(() => shadow(thread).activeElement?.id === 'comment-m5', 'focus did not move to the new comment');

    const select = shadow(thread).querySelector('select')!;
    select.value = 'newest';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => names(thread)[0] === 'Person m6', 'newest first never showed');
    select.value = 'supported';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => names(thread)[0] === 'Person m3', 'most supported first never showed');
  });

  it('shows the guidelines before the first post, posts, moves focus to the new comment and folds them after', async () => {
    const backend = memoryBackend();
    const thread = await renderThread(backend);
    const guidelines = shadow(thread).querySelector('.guidelines')!;
    expect(guidelines.tagName).to.equal('DIV');
    expect(deepText(guidelines)).to.contain('Report');
    expect(deepText(guidelines)).to.contain('at risk');

    await post(thread, 'Thank you for writing this.\nIt helped me.', { name: 'Jo' });
    await waitUntil(() => names(thread).includes('Jo'), 'the new comment never appeared');
    const mine = [...shadow(thread).querySelectorAll('article')].find((item) => item.textContent!.includes('Jo'))!;
    expect(mine.querySelector('.badge')!.textContent).to.equal('You');
    expect(mine.querySelector('.body')!.textContent).to.equal('Thank you for writing this.\nIt helped me.');
    await waitUntil(() => shadow(thread).activeElement === mine, 'focus did not move to the new comment');
    expect(shadow(thread).querySelector('.guidelines')!.tagName).to.equal('DETAILS');
    expect(form(thread).shadowRoot.querySelector('textarea')!.value).to.equal('');
    expect(await publishedBodies(backend)).to.include('Thank you for writing this.\nIt helped me.');
    await waitUntil(() => shadow(thread).querySelector('[aria-live]')!.textContent!.includes('posted'));
  });

  it('posts a reply under its parent', async () => {
    const backend = memoryBackend();
    const thread = await renderThread(backend);
    button(articleFor(thread, 'a'), 'Reply').click();
    await waitUntil(() => form(thread, 'a'), 'the reply form never opened');
    const reply = form(thread, 'a');
    await reply.updateComplete;
    expect(reply.shadowRoot.querySelector('label[for="body"]')!.textContent).to.contain('Your reply to Sam');
    await post(thread, 'Welcome, Sam.', { reply: 'a' });
    await waitUntil(() => names(thread).length === 4);
    const replies = articleFor(thread, 'a').parentElement!.querySelector('.replies')!;
    expect(replies.textContent).to.contain('Welcome, Sam.');
    expect(form(thread, 'a')).to.equal(null);
  });

  it('sends support and "this helped" once each per visitor', async () => {
    const backend = memoryBackend();
    const thread = await renderThread(backend);
    const support = () => button(articleFor(thread, 'a'), 'Sending support');
    support().click();
    await waitUntil(() => support().getAttribute('aria-pressed') === 'true');
    await waitUntil(async () => (await backend.listComments(THREAD)).comments[0]!.reactions.support === 1);
    support().click();
    await thread.updateComplete;
    expect(articleFor(thread, 'a').querySelector('.note')!.textContent).to.contain('already');
    expect(support().textContent).to.contain('1');
    button(articleFor(thread, 'a'), 'This helped').click();
    await waitUntil(async () => (await backend.listComments(THREAD)).comments[0]!.reactions.helped === 1);
    expect((await backend.listComments(THREAD)).comments[0]!.reactions.support).to.equal(1);
  });

  it('reports a comment with a reason; the clinic then holds it', async () => {
    const backend = memoryBackend();
    const thread = await renderThread(backend);
    button(articleFor(thread, 'c'), 'Report').click();
    await waitUntil(() => shadow(thread).querySelector('#tool-c input'));
    await expect(thread).to.be.accessible();
    button(shadow(thread).querySelector('#tool-c')!, 'Send report').click();
    await thread.updateComplete;
    expect(shadow(thread).querySelector('#tool-c [role="alert"]')!.textContent).to.contain('Choose a reason');
    shadow(thread).querySelector<HTMLInputElement>('#tool-c input[value="spam"]')!.click();
    button(shadow(thread).querySelector('#tool-c')!, 'Send report').click();
    await waitUntil(() => articleFor(thread, 'c').querySelector('.note'), 'no thanks after reporting');
    expect(articleFor(thread, 'c').querySelector('.note')!.textContent).to.contain('Thank you');
    const queue = await backend.getModerationQueue('staff');
    expect(queue.items.map((item) => item.comment.id)).to.deep.equal(['c']);
    expect(queue.items[0]!.reports[0]!.reason).to.equal('spam');
  });

  it('holds crisis words for care, shows their author help at once, and publishes them once staff approve', async () => {
    const backend = memoryBackend();
    const thread = await renderThread(backend);
    await post(thread, 'Some nights I want to end my life.');
    const own = () => shadow(thread).querySelector('.own-item')!;
    await waitUntil(() => own(), 'the held comment is not listed for its author');
    expect(own().textContent).to.contain('Waiting for review. Only you can see it.');
    await waitUntil(() => own().querySelector('peer-crisis-banner[variant="inline"]'), 'no crisis help for the author');
    const banner = own().querySelector('peer-crisis-banner')!;
    await waitUntil(() => banner.shadowRoot?.querySelector('a[href^="tel:"]'), 'the help has no lines');
    expect(names(thread)).not.to.include('Anonymous');
    await waitUntil(() => shadow(thread).activeElement === own(), 'focus did not move to the held comment');
    await expect(thread).to.be.accessible();

    // Another visitor (no edit token on their device) sees neither the comment nor the help.
    localStorage.clear();
    const other = await renderThread(backend);
    expect(shadow(other).querySelector('.own-item')).to.equal(null);
    expect(deepText(shadow(other))).not.to.contain('end my life');

    const queue = await backend.getModerationQueue('staff');
    expect(queue.items[0]!.care).to.equal(true);
    await backend.approveComment(queue.items[0]!.comment.id, 'staff');
    const later = await renderThread(backend);
    expect(deepText(shadow(later))).to.contain('Some nights I want to end my life.');
  });

  it("tells its author why a comment was held, and shows the clinic's reason when it is not published", async () => {
    const backend = memoryBackend();
    const thread = await renderThread(backend);
    await post(thread, 'My own site: https://example.org/me');
    const own = () => shadow(thread).querySelector('.own-item')!;
    await waitUntil(() => own()?.textContent!.includes('Waiting for review'));
    expect(own().textContent).to.contain('Comments with links are read by a person at the clinic');
    const queue = await backend.getModerationQueue('staff');
    await backend.rejectComment(queue.items[0]!.comment.id, 'staff', 'Please do not advertise here.');
    const later = await renderThread(backend);
    const item = shadow(later).querySelector('.own-item')!;
    await waitUntil(() => item.textContent!.includes('Not published'), 'the rejection is not shown to its author');
    expect(item.querySelector('q')!.textContent).to.equal('Please do not advertise here.');
    expect(deepText(shadow(later))).not.to.contain('Waiting for review');
  });

  it('shows crisis help from the words alone when the post cannot reach the server', async () => {
    const { backend } = recordingBackend([new OfflineError()]);
    const thread = await renderThread(backend);
    const target = await post(thread, 'I feel hopeless and want to kill myself');
    await waitUntil(() => target.shadowRoot.querySelector('.care peer-crisis-banner'), 'no help while offline');
    expect(target.shadowRoot.querySelector('[role="alert"]')!.textContent).to.contain('offline');
    expect(target.shadowRoot.querySelector('textarea')!.value).to.equal('I feel hopeless and want to kill myself');
  });

  it('keeps a failed post (also across a reload) and retries it with the same key, so it is posted once', async () => {
    const { backend, keys, inner } = recordingBackend([
      new OfflineError(),
      new HttpError(503, 'unavailable', 'Down for a moment'),
    ]);
    const thread = await renderThread(backend);
    let target = await post(thread, 'Finding a group saved my year.', { name: 'Kim' });
    expect(target.shadowRoot.querySelector('[role="alert"]')!.textContent).to.contain('offline');
    expect(target.shadowRoot.querySelector('[role="alert"]')!.textContent).to.contain('still here');

    // The page is reloaded: the text and the name come back from this visit's storage.
    thread.closest('peer-support-provider')!.remove();
    const again = await renderThread(backend);
    target = form(again);
    await target.updateComplete;
    expect(target.shadowRoot.querySelector('textarea')!.value).to.equal('Finding a group saved my year.');
    expect(target.shadowRoot.querySelector<HTMLInputElement>('input[name="name"]')!.value).to.equal('Kim');

    button(target.shadowRoot, 'Post').click();
    await waitUntil(() => target.shadowRoot.querySelector('[role="alert"]')!.textContent!.includes('problem'));
    button(target.shadowRoot, 'Post').click();
    await waitUntil(() => names(again).includes('Kim'), 'the retried post never appeared');
    expect(keys).to.have.length(3);
    expect(new Set(keys).size).to.equal(1);
    expect((await publishedBodies(inner)).filter((body) => body.startsWith('Finding a group'))).to.have.length(1);
    expect(sessionStorage.length).to.equal(1);
    expect(JSON.parse(Object.values(sessionStorage)[0] as string).body).to.equal('');
  });

  it('says so when the browser goes offline while someone is writing, and when it is back', async () => {
    const thread = await renderThread(memoryBackend());
    const target = await write(thread, 'Half a thought');
    window.dispatchEvent(new Event('offline'));
    await target.updateComplete;
    expect(target.shadowRoot.querySelector('[role="alert"]')!.textContent).to.contain('You are offline');
    window.dispatchEvent(new Event('online'));
    await target.updateComplete;
    expect(target.shadowRoot.querySelector('[role="alert"]')!.textContent).to.contain('back online');
    expect(target.shadowRoot.querySelector('textarea')!.value).to.equal('Half a thought');
  });

  it('explains a rate limit kindly, with the wait, keeping the text', async () => {
    const limited = new HttpError(429, 'rate_limited', 'Slow down', { retryAfter: 150 });
    const { backend } = recordingBackend([limited]);
    const thread = await renderThread(backend);
    const target = await post(thread, 'One more thought.');
    const alert = target.shadowRoot.querySelector('[role="alert"]')!.textContent!;
    expect(alert).to.contain('wait 3 min');
    expect(alert).to.contain('still here');
  });

  it('lets its author edit within the window, and says so kindly when the window has closed', async () => {
    const backend = memoryBackend({ editWindowMinutes: 0.05 });
    const thread = await renderThread(backend);
    await post(thread, 'I went to my frist group.');
    const mine = () => [...shadow(thread).querySelectorAll('article')].find((item) => item.querySelector('.badge'))!;
    await waitUntil(() => mine());
    button(mine(), 'Edit').click();
    await waitUntil(() => mine().querySelector('.tool textarea'));
    const text = mine().querySelector<HTMLTextAreaElement>('.tool textarea')!;
    text.value = 'I went to my first group.';
    text.dispatchEvent(new Event('input'));
    button(mine(), 'Save changes').click();
    await waitUntil(() => mine().querySelector('.body')!.textContent === 'I went to my first group.');
    expect(mine().querySelector('.edited')).to.exist;

    await new Promise((resolve) => setTimeout(resolve, 3100));
    button(mine(), 'Edit').click();
    await waitUntil(() => mine().querySelector('.tool textarea'));
    button(mine(), 'Save changes').click();
    await waitUntil(() => mine().querySelector('.tool [role="alert"]')!.textContent!.includes('time to change'));
    await expect(thread).to.be.accessible();
  });

  it('deletes its own comment after asking, and lists and forgets what this device keeps', async () => {
    const backend = memoryBackend();
    const thread = await renderThread(backend);
    await post(thread, 'First words.');
    await post(thread, 'Second words.');
    await waitUntil(() => shadow(thread).querySelectorAll('.own-item').length === 2);
    const mine = [...shadow(thread).querySelectorAll('article')].find((item) => item.textContent!.includes('First'))!;
    button(mine, 'Delete').click();
    await waitUntil(() => shadow(thread).querySelector('.tool[role="group"]'));
    await expect(thread).to.be.accessible();
    button(shadow(thread).querySelector('.tool')!, 'Delete').click();
    await waitUntil(() => !deepText(shadow(thread)).includes('First words.'));
    expect(await publishedBodies(backend)).not.to.include('First words.');
    expect(shadow(thread).querySelectorAll('.own-item')).to.have.length(1);

    button(shadow(thread).querySelector('.own-item')!, 'Remove from this device').click();
    await thread.updateComplete;
    expect(shadow(thread).querySelector('.own')).to.equal(null);
    expect(localStorage.getItem('peer-support:own-comments')).to.equal(null);
    expect(await publishedBodies(backend)).to.include('Second words.');
  });

  it('counts characters, marks text over the limit and does not cut it', async () => {
    const thread = await renderThread(memoryBackend());
    const target = await write(thread, 'x'.repeat(5010));
    const root = target.shadowRoot;
    expect(root.querySelector('.counter')!.textContent).to.contain('Characters over the limit: 10');
    expect(root.querySelector('textarea')!.getAttribute('aria-invalid')).to.equal('true');
    button(root, 'Post').click();
    await target.updateComplete;
    expect(root.querySelector('[role="alert"]')!.textContent).to.contain('shorten');
    expect(root.querySelector('textarea')!.value).to.have.length(5010);
  });

  it('says when comments cannot load and tries again', async () => {
    let fail = true;
    const inner = memoryBackend();
    const backend = {
      ...inner,
      listComments: (...args: Parameters<typeof inner.listComments>) =>
        fail ? Promise.reject(new OfflineError()) : inner.listComments(...args),
    };
    const thread = await renderThread(backend);
    const alert = shadow(thread).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('offline');
    await expect(thread).to.be.accessible();
    fail = false;
    button(alert, 'Try again').click();
    await waitUntil(() => names(thread).length === 3);
  });

  it('works with the keyboard alone: support, reply and post', async () => {
    const backend = memoryBackend();
    const thread = await renderThread(backend);
    shadow(thread).querySelector('select')!.focus();
    await sendKeys({ press: 'Tab' }); // Sam's time
    await sendKeys({ press: 'Tab' }); // Sending support
    expect(shadow(thread).activeElement!.textContent).to.contain('Sending support');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => button(articleFor(thread, 'a'), 'Sending support').getAttribute('aria-pressed') === 'true');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(shadow(thread).activeElement!.textContent!.trim()).to.equal('Reply');
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => form(thread, 'a')?.shadowRoot?.activeElement?.tagName === 'TEXTAREA',
      'focus is not in the reply',
    );
    await sendKeys({ type: 'Thank you, Sam.' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => names(thread).length === 4, 'the reply was not posted');
  });

  it('fits a 320px-wide phone without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const thread = await renderThread(memoryBackend());
    button(articleFor(thread, 'a'), 'Report').click();
    await waitUntil(() => shadow(thread).querySelector('#tool-a input'));
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(thread).to.be.accessible();
  });

  it('takes its id from the page path when none is given', async () => {
    const backend = memoryBackend();
    const thread = await renderThread(
      backend,
      html`<peer-support-provider .backend=${backend}
        ><peer-comment-thread></peer-comment-thread
      ></peer-support-provider>`,
    );
    expect(thread.threadId).to.equal(location.pathname.replace(/(.)\/+$/, '$1'));
    expect(names(thread)).to.deep.equal([]);
    expect(shadow(thread).querySelector('.empty')!.textContent).to.contain('No comments yet');
  });
});
