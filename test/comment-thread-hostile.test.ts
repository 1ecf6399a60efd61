import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type {
  CommentPage,
  NewComment,
  OwnCommentState,
  PeerComment,
  PostedComment,
  ReactionCounts,
  ReactionKind,
} from '../src/api/comment-types.js';
import { HttpError } from '../src/api/errors.js';
import type { PeerCommentThread } from '../src/components/comment-thread/comment-thread.js';
import { THREAD, form, renderThread, shadow } from './helpers/comments.js';
import { domId } from '../src/components/comment-thread/dom-id.js';
import {
  HUGE,
  PAYLOADS,
  RUN,
  added,
  canaryCalls,
  composedElements,
  findInjections,
  inertLivePayloads,
  watchEachTest,
} from './helpers/xss-payloads.js';

/**
 * Hostile input in every field: what the server sends (name, body, id, dates, parents, counts), what a
 * visitor types (name, body) and what the page configures (thread id). None of it may run script, add an
 * element or an attribute, or make a link that is not plain http(s); all of it is shown as the text it is.
 * The payloads, the canary they call and the shared checker are in helpers/xss-payloads.ts; the visitor's own
 * comments, edits and report notes are in xss-comment-thread-own.test.ts.
 */

const REL = 'nofollow ugc noopener noreferrer';
/** Elements comment text must never produce, nor the widget render. */
const BLOCKED_TAGS = new Set(
  'script iframe frame frameset object embed applet img image svg math style link meta base video audio source track picture canvas marquee template noscript xmp plaintext portal fencedframe'.split(
    ' ',
  ),
);
const BLOCKED_ATTRIBUTES = new Set(['srcdoc', 'formaction', 'action', 'src', 'style', 'xlink:href', 'background']);
/** Direction overrides, zero-width characters and anything else that is not printable ASCII. */
const ASCII_HREF = /^[\x21-\x7e]+$/;

function subtree(host: Element): Element[] {
  return [...(host.shadowRoot ? composedElements(host.shadowRoot) : []), ...composedElements(host)];
}

function describe_(element: Element): string {
  const id = element.id ? `#${element.id.slice(0, 30)}` : '';
  const classes = [...element.classList].map((name) => `.${name}`).join('');
  return `<${element.localName}${id}${classes}>`;
}

/** What the page holds that could run script: compared before and after, so only what was added counts. */
function documentRisks(): string[] {
  const found: string[] = [];
  for (const element of composedElements(document)) {
    if (BLOCKED_TAGS.has(element.localName)) found.push(element.localName);
    for (const name of element.getAttributeNames()) {
      if (name.startsWith('on')) found.push(`${element.localName}[${name}]`);
    }
  }
  return found.sort();
}

/** Everything hostile in the widget's composed tree; empty when it is clean. */
function problems(host: Element): string[] {
  const found: string[] = [];
  for (const element of subtree(host)) {
    const tag = element.localName;
    const where = describe_(element);
    if (BLOCKED_TAGS.has(tag)) found.push(`${where} was rendered`);
    for (const name of element.getAttributeNames()) {
      if (name.startsWith('on') || BLOCKED_ATTRIBUTES.has(name)) found.push(`${where} has ${name}=`);
    }
    const href = element.getAttribute('href');
    const inBanner = (element.getRootNode() as ShadowRoot).host?.localName === 'peer-crisis-banner';
    if (href !== null && !inBanner) {
      if (tag !== 'a') found.push(`${where} has an href`);
      if (!ASCII_HREF.test(href))
        found.push(`${where} href has hidden or non-ASCII characters: ${JSON.stringify(href)}`);
      let protocol = '';
      try {
        protocol = new URL(href).protocol;
      } catch {
        protocol = 'unparsable';
      }
      if (protocol !== 'https:' && protocol !== 'http:')
        found.push(`${where} href is ${protocol} ${href.slice(0, 60)}`);
      if (element.getAttribute('rel') !== REL) found.push(`${where} rel is ${element.getAttribute('rel')}`);
    }
    // Comment text is text: the only elements in it are the links code makes, and the name's <bdi>.
    const text = element.parentElement?.closest('.body, .name, .reply-to, .count, time, q');
    if (text) {
      const allowed = text.matches('.body, q')
        ? tag === 'a' && element.parentElement === text
        : text.matches('.name')
          ? tag === 'bdi' && element.parentElement === text
          : text.matches('time') && tag === 'span';
      if (!allowed) found.push(`${where} inside ${describe_(text)}`);
    }
  }
  return found;
}

/** Hooks for every test in this file: its errors, and what the page held that could run script before it. */
const page = watchEachTest(documentRisks);

/** After a render or an action: nothing ran, nothing was added to the page, nothing threw. */
async function expectClean(thread: PeerCommentThread, when: string) {
  await thread.updateComplete;
  expect(problems(thread), `hostile markup ${when}`).to.deep.equal([]);
  expect(findInjections(thread), `injected ${when} (the shared checker)`).to.deep.equal([]);
  expect(added(documentRisks(), page.baseline), `added to the page ${when}`).to.deep.equal([]);
  expect(page.watch.errors, `errors thrown ${when}`).to.deep.equal([]);
  expect(canaryCalls(), `script ran ${when}`).to.equal(0);
}

/** Gives injected images, frames and handlers time to fire before the final check. */
async function settle(thread: PeerCommentThread, when = 'at the end') {
  await new Promise((resolve) => setTimeout(resolve, 300));
  await nextFrame();
  await expectClean(thread, when);
}

/** Compares long texts without printing 100,000 characters when they differ. */
function expectText(actual: string | null | undefined, expected: string, what: string) {
  if (actual === expected) return;
  const shown = actual ?? '(nothing)';
  let at = 0;
  while (at < shown.length && shown[at] === expected[at]) at++;
  expect.fail(
    `${what}: differs at character ${at} of ${expected.length}; shown ${JSON.stringify(shown.slice(at, at + 40))}, ` +
      `expected ${JSON.stringify(expected.slice(at, at + 40))} (shown length ${shown.length})`,
  );
}

/** A name as shown: trimmed, "Anonymous" when empty, perhaps cut short with an ellipsis, never changed. */
function expectName(shown: string | null | undefined, name: string, what: string) {
  const trimmed = name.trim();
  if (!trimmed) return expectText(shown, 'Anonymous', what);
  if (shown !== trimmed && shown?.endsWith('…') && shown.length > 40) {
    return expectText(trimmed.slice(0, shown.length - 1), shown.slice(0, -1), what);
  }
  expectText(shown, trimmed, what);
}

function articles(thread: PeerCommentThread): HTMLElement[] {
  return [...shadow(thread).querySelectorAll<HTMLElement>('article')];
}

/** The comment's article, found without building a selector from a hostile id. */
function articleById(thread: PeerCommentThread, id: string): HTMLElement | undefined {
  return articles(thread).find((article) => article.getAttribute('id') === domId('comment', id));
}

function actionButton(article: HTMLElement, text: string): HTMLButtonElement {
  const found = [...article.querySelectorAll<HTMLButtonElement>(':scope > .actions button')].find((button) =>
    button.textContent!.trim().startsWith(text),
  );
  if (!found) throw new Error(`no "${text}" button`);
  return found;
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

function serverComment(id: string, fields: Partial<PeerComment> = {}, age = 60): PeerComment {
  return {
    id,
    thread: THREAD,
    parentId: null,
    name: `Person ${id.slice(0, 20)}`,
    body: `Words from ${id.slice(0, 20)}.`,
    createdAt: minutesAgo(age),
    updatedAt: null,
    reactions: { support: 0, helped: 0 },
    ...fields,
  };
}

/**
 * A server that answers with whatever it was given, publishes whatever it is sent (links too), and
 * records every call: the thread ids asked for, the counts asked for, and what was posted.
 */
function plainBackend(initial: PeerComment[] = []) {
  const comments = [...initial];
  const calls = { list: [] as string[], count: [] as string[][], posted: [] as NewComment[], other: [] as string[] };
  const posts: PostedComment[] = [];
  const backend = {
    async listComments(thread: string): Promise<CommentPage> {
      calls.list.push(thread);
      return { comments: structuredClone(comments), nextCursor: null };
    },
    async countComments(threads: string[]): Promise<Record<string, number>> {
      calls.count.push(threads);
      return Object.fromEntries(threads.map((thread) => [thread, comments.length]));
    },
    async postComment(thread: string, input: NewComment): Promise<PostedComment> {
      calls.posted.push(input);
      const comment: PeerComment = {
        id: crypto.randomUUID(),
        thread,
        parentId: input.parentId ?? null,
        name: input.name || 'Anonymous',
        body: input.body,
        createdAt: new Date().toISOString(),
        updatedAt: null,
        reactions: { support: 0, helped: 0 },
      };
      comments.push(comment);
      const posted = {
        comment,
        held: false,
        editToken: crypto.randomUUID(),
        editableUntil: new Date(Date.now() + 15 * 60_000).toISOString(),
      };
      posts.push(posted);
      return structuredClone(posted);
    },
    async getOwnComment(id: string): Promise<OwnCommentState> {
      calls.other.push(`getOwnComment ${id}`);
      const comment = comments.find((candidate) => candidate.id === id);
      if (!comment) throw new HttpError(404, 'not_found', 'No such comment');
      return { comment: structuredClone(comment), status: 'published', reason: null, rejectReason: null };
    },
    async react(id: string, kind: ReactionKind): Promise<ReactionCounts> {
      calls.other.push(`react ${id}`);
      const comment = comments.find((candidate) => candidate.id === id);
      if (!comment) throw new HttpError(404, 'not_found', 'No such comment');
      return { ...comment.reactions, [kind]: 1 };
    },
    async report(id: string): Promise<void> {
      calls.other.push(`report ${id}`);
    },
  };
  return { backend, calls, posts, comments };
}

async function openTool(thread: PeerCommentThread, article: HTMLElement, tool: 'Reply' | 'Report') {
  actionButton(article, tool).click();
  await waitUntil(
    () => {
      const opened = article.querySelector(':scope > .tool');
      return tool === 'Reply' ? opened?.querySelector('peer-comment-form')?.shadowRoot?.querySelector('label') : opened;
    },
    `${tool} did not open`,
    { timeout: 3000 },
  );
  await thread.updateComplete;
  return article.querySelector<HTMLElement>(':scope > .tool')!;
}

/** Makes the page 360px wide, shows every comment in turn and says what, if anything, sticks out sideways. */
async function sidewaysOverflow(thread: PeerCommentThread): Promise<string[]> {
  const found: string[] = [];
  for (const article of [...articles(thread), shadow(thread).querySelector('.write')!]) {
    // Comments far off screen are not laid out (content-visibility: auto): each is brought into view first.
    article.scrollIntoView({ block: 'start' });
    await nextFrame();
    await nextFrame();
    if (document.documentElement.scrollWidth > innerWidth) {
      const wide = [...composedElements(document)]
        .filter((element) => element.getBoundingClientRect().right > innerWidth + 1)
        .map(describe_);
      found.push(`${describe_(article)}: page is ${document.documentElement.scrollWidth}px wide (${wide.slice(-4)})`);
    }
  }
  scrollTo(0, 0);
  return found;
}

describe('<peer-comment-thread> with hostile input', function () {
  this.timeout(90_000);

  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  afterEach(async () => {
    localStorage.clear();
    sessionStorage.clear();
    await setViewport({ width: 800, height: 600 });
  });

  it(`has a broad list of payloads (${PAYLOADS.length})`, () => {
    expect(PAYLOADS.length).to.be.at.least(40);
    expect(new Set(PAYLOADS.map((item) => item.text)).size).to.equal(PAYLOADS.length);
    expect(HUGE).to.have.length(100_000);
  });

  it('shows markup, script URLs, direction overrides and huge text from the server as text, in names and bodies', async () => {
    const comments = PAYLOADS.map((item, index) =>
      serverComment(`s${index}`, {
        name: item.text,
        body: item.text,
        parentId: index % 3 === 2 ? `s${index - 1}` : null,
        updatedAt: index % 5 === 0 ? item.text : null,
      }),
    );
    const { backend } = plainBackend(comments);
    const thread = await renderThread(backend);
    await expectClean(thread, 'after the first render');

    for (const [index, item] of PAYLOADS.entries()) {
      const article = articleById(thread, `s${index}`);
      expect(article, `the comment with ${item.label}`).to.exist;
      expectName(article!.querySelector('.name')!.textContent, item.text, `the name with ${item.label}`);
      expectText(article!.querySelector('.body')!.textContent, item.text, `the body with ${item.label}`);
    }
    expect(articles(thread)).to.have.length(PAYLOADS.length);
    // Links are made by code, only from plain http(s) addresses, never from markup or hidden characters.
    const hrefs = articles(thread).flatMap((article) =>
      [...article.querySelectorAll('.body a')].map((link) => link.getAttribute('href')),
    );
    expect(hrefs).to.include('https://example.org/');
    expect(hrefs).to.include('https://www.example.org/');
    // A look-alike host is linked by its real (punycode) name; one with hidden characters is not linked.
    expect(hrefs.filter((href) => href!.startsWith('https://xn--'))).to.have.length(1);
    expect(hrefs.filter((href) => /example\.org\/login|evil\.test|gpj/.test(href!))).to.deep.equal([]);

    for (const [index, item] of PAYLOADS.entries()) {
      const article = articleById(thread, `s${index}`)!;
      const reply = await openTool(thread, article, 'Reply');
      const label = reply.querySelector('peer-comment-form')!.shadowRoot!.querySelector('label[for="body"]')!;
      expect(
        label.textContent!.includes(item.text.trim().slice(0, 1000)),
        `the reply label for ${item.label}`,
      ).to.equal(true);
      await expectClean(thread, `with the reply to ${item.label} open`);
      await openTool(thread, article, 'Report');
      await expectClean(thread, `with the report of ${item.label} open`);
    }
    await settle(thread);
  });

  it('keeps hostile comment ids inert: no broken selectors, no injected attributes, tools still work', async () => {
    const ids = [
      `x" onclick="${RUN}`,
      `"'><img src=x onerror=${RUN}>`,
      'a b c',
      'tab\there\nnew line',
      '#heading',
      'heading',
      "'",
      '\\',
      '])}*:not(x),',
      '--',
      '0',
      '1e3',
      '\u202eevil',
      'zero\u200bwidth',
      '\ud83d\ude00',
      `</article><script>${RUN}</script>`,
      '${' + RUN + '}',
      '__proto__',
      'constructor',
      'x'.repeat(5000),
    ];
    const comments = ids.map((id, index) => serverComment(id, { name: `Name ${index}`, body: `Body ${index}` }, 100));
    comments.push(serverComment('child', { parentId: ids[0]!, name: 'Child', body: 'A reply to a hostile id' }, 50));
    const { backend, calls } = plainBackend(comments);
    const thread = await renderThread(backend);
    await expectClean(thread, 'after the first render');

    for (const [index, id] of ids.entries()) {
      const article = articleById(thread, id);
      expect(article, `the comment with id ${JSON.stringify(id.slice(0, 40))}`).to.exist;
      expect(article!.querySelector('.body')!.textContent).to.equal(`Body ${index}`);
      expect(article!.closest('li')!.classList.contains('depth-0'), `comment ${index} at the top level`).to.equal(true);
    }
    expect(articles(thread)).to.have.length(comments.length);
    const child = articleById(thread, 'child')!;
    expect(child.closest('ol')!.classList.contains('replies')).to.equal(true);
    expect(child.closest('li')!.parentElement!.closest('li')!.querySelector('article')).to.equal(
      articleById(thread, ids[0]!),
    );

    for (const id of ids) {
      const what = `comment ${JSON.stringify(id.slice(0, 40))}`;
      const article = articleById(thread, id)!;
      const reply = await openTool(thread, article, 'Reply');
      expect(reply.getAttribute('id')).to.equal(domId('tool', id));
      await waitUntil(
        () => reply.contains(shadow(thread).activeElement),
        `focus did not move to the reply to ${what}`,
        {
          timeout: 2000,
        },
      );
      await expectClean(thread, `with the reply to ${what} open`);

      const report = await openTool(thread, article, 'Report');
      await waitUntil(
        () => report.contains(shadow(thread).activeElement),
        `focus did not move to the report of ${what}`,
        {
          timeout: 2000,
        },
      );
      report.querySelector<HTMLInputElement>('input[value="spam"]')!.click();
      report.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await waitUntil(() => article.querySelector('.note'), `no thanks after reporting ${what}`, { timeout: 2000 });
      await waitUntil(() => shadow(thread).activeElement === article, `focus did not return to ${what}`, {
        timeout: 2000,
      });
      actionButton(article, 'Sending support').click();
      await waitUntil(() => actionButton(article, 'Sending support').getAttribute('aria-pressed') === 'true');
      await expectClean(thread, `after reporting and supporting ${what}`);
    }
    expect(calls.other.filter((call) => call.startsWith('report '))).to.have.length(ids.length);
    await settle(thread);
  });

  it('keeps top-level comments at the top level when one comment has an empty id', async () => {
    const { backend } = plainBackend([
      serverComment('', { name: 'Empty id' }, 90),
      serverComment('one', { name: 'One' }, 80),
      serverComment('two', { name: 'Two' }, 70),
    ]);
    const thread = await renderThread(backend);
    await expectClean(thread, 'after the first render');
    for (const id of ['', 'one', 'two']) {
      expect(
        articleById(thread, id)!.closest('li')!.classList.contains('depth-0'),
        `"${id}" at the top level`,
      ).to.equal(true);
    }
    await settle(thread);
  });

  it('survives garbage dates from the server', async () => {
    const dates = [
      'not a date',
      '',
      `<img src=x onerror=${RUN}>`,
      '9999-99-99T99:99:99Z',
      '2024-02-30T10:00:00Z',
      '+275760-09-13T00:00:00.001Z',
      '-271821-04-20T00:00:00Z',
      '1e309',
      'Infinity',
      '0',
      '3000-01-01T00:00:00Z',
      '1970-01-01T00:00:00Z',
      `" onmouseover="${RUN}`,
      HUGE,
    ];
    const comments = dates.map((createdAt, index) =>
      serverComment(`d${index}`, { createdAt, updatedAt: createdAt, parentId: index % 2 ? `d${index - 1}` : null }),
    );
    const { backend } = plainBackend(comments);
    const thread = await renderThread(backend);
    await expectClean(thread, 'after the first render');
    expect(articles(thread)).to.have.length(dates.length);
    for (const [index, createdAt] of dates.entries()) {
      const time = articleById(thread, `d${index}`)!.querySelector('time')!;
      expect(time.getAttribute('datetime') === createdAt, `datetime of d${index}`).to.equal(true);
      expect(time.textContent, `the time of d${index}`).not.to.match(/NaN|Invalid|undefined|onerror/);
      expect(time.dataset.full, `the full date of d${index}`).not.to.match(/NaN|Invalid|undefined/);
    }
    await openTool(thread, articleById(thread, 'd2')!, 'Reply');
    await settle(thread);
  });

  it('shows every comment once whatever its parent: itself, unknown, or a cycle', async () => {
    const comments = [
      serverComment('self', { parentId: 'self' }, 100),
      serverComment('orphan', { parentId: 'no-such-comment' }, 95),
      serverComment('hostile-parent', { parentId: `x" onclick="${RUN}` }, 94),
      serverComment('cycle-a', { parentId: 'cycle-b' }, 90),
      serverComment('cycle-b', { parentId: 'cycle-a' }, 85),
      serverComment('ring-1', { parentId: 'ring-3' }, 80),
      serverComment('ring-2', { parentId: 'ring-1' }, 75),
      serverComment('ring-3', { parentId: 'ring-2' }, 70),
      serverComment('root', {}, 60),
      serverComment('deep-1', { parentId: 'root' }, 50),
      serverComment('deep-2', { parentId: 'deep-1' }, 40),
      serverComment('deep-3', { parentId: 'deep-2' }, 30),
      serverComment('deep-4', { parentId: 'deep-3' }, 20),
    ];
    const { backend } = plainBackend(comments);
    const thread = await renderThread(backend);
    await expectClean(thread, 'after the first render');
    const shown = articles(thread).map((article) => article.getAttribute('id'));
    const missing = comments.map((item) => domId('comment', item.id)).filter((id) => !shown.includes(id));
    expect(missing, 'comments the server sent that are not shown').to.deep.equal([]);
    expect(shown, 'each comment shown once').to.have.length(comments.length);
    await settle(thread);
  });

  it('shows a comment the server lists twice only once', async () => {
    const twice = serverComment('twice', { name: 'Twice', body: 'Listed twice' }, 50);
    const { backend } = plainBackend([twice, serverComment('other', {}, 40), twice]);
    const thread = await renderThread(backend);
    await expectClean(thread, 'after the first render');
    expect(articles(thread).filter((article) => article.getAttribute('id') === 'comment-twice')).to.have.length(1);
    await settle(thread);
  });

  it('keeps reaction counts that are negative, NaN, huge or strings inert', async () => {
    const counts = [
      { support: -5, helped: NaN },
      { support: Infinity, helped: -Infinity },
      { support: 1e21, helped: 2 ** 53 + 1 },
      { support: '12', helped: `<img src=x onerror=${RUN}>` },
      { support: null, helped: undefined },
      { support: 0.5, helped: -0 },
      { support: true, helped: {} },
      {},
    ] as unknown as ReactionCounts[];
    const comments = counts.map((reactions, index) => serverComment(`r${index}`, { reactions }));
    const { backend } = plainBackend(comments);
    const thread = await renderThread(backend);
    await expectClean(thread, 'after the first render');
    expect(articles(thread)).to.have.length(counts.length);
    for (const article of articles(thread)) {
      expect(actionButton(article, 'Sending support').textContent).to.match(/^\s*Sending support/);
      expect(actionButton(article, 'This helped').textContent).to.match(/^\s*This helped/);
    }
    await settle(thread);
  });

  it('shows as a count only a whole number that is not negative', async () => {
    const counts = [
      { support: -5, helped: NaN },
      { support: Infinity, helped: -Infinity },
      { support: '12', helped: `<img src=x onerror=${RUN}>` },
      { support: 0.5, helped: -0 },
      { support: true, helped: {} },
      { support: 1234, helped: 1 },
    ] as unknown as ReactionCounts[];
    const { backend } = plainBackend(counts.map((reactions, index) => serverComment(`r${index}`, { reactions })));
    const thread = await renderThread(backend);
    const shown = [...shadow(thread).querySelectorAll('.count')].map((count) => count.textContent!.trim());
    expect(shown).to.include('1,234');
    expect(
      shown.filter((text) => !/^\d{1,3}(,\d{3})*$/.test(text)),
      'counts that are not whole numbers',
    ).to.deep.equal([]);
  });

  it('posts what a visitor types into the name and the comment as text', async () => {
    const { backend, calls, posts } = plainBackend([serverComment('host', { name: 'Host', body: 'Reply to me.' })]);
    const thread = await renderThread(backend);
    const typed = PAYLOADS.filter((item) => item.text.length <= 5000);
    for (const item of typed) {
      const target = form(thread);
      await target.updateComplete;
      const root = target.shadowRoot;
      const name = root.querySelector<HTMLInputElement>('input[name="name"]')!;
      const body = root.querySelector('textarea')!;
      name.value = item.text;
      name.dispatchEvent(new Event('input'));
      body.value = item.text;
      body.dispatchEvent(new Event('input'));
      // The field's own reading of the text (a text input drops line breaks, a text area makes them "\n").
      const typedName = name.value;
      const typedBody = body.value;
      await target.updateComplete;
      const count = calls.posted.length + 1;
      root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await waitUntil(
        () => calls.posted.length === count && articleById(thread, posts[count - 1]!.comment.id),
        `the comment with ${item.label} never appeared`,
        { timeout: 3000 },
      );
      const sent = calls.posted[count - 1]!;
      expectText(sent.body, typedBody.trim(), `the body sent for ${item.label}`);
      const article = articleById(thread, posts[count - 1]!.comment.id)!;
      expectText(article.querySelector('.body')!.textContent, typedBody.trim(), `the body shown for ${item.label}`);
      expectName(
        article.querySelector('.name')!.textContent,
        typedName.trim().slice(0, 60),
        `the name shown for ${item.label}`,
      );
      await expectClean(thread, `after posting ${item.label}`);
    }

    // A reply carries the same payloads.
    const host = articleById(thread, 'host')!;
    await openTool(thread, host, 'Reply');
    const reply = host.querySelector<HTMLElement & { shadowRoot: ShadowRoot }>('.tool peer-comment-form')!;
    const replyBody = reply.shadowRoot.querySelector('textarea')!;
    replyBody.value = PAYLOADS[0]!.text + PAYLOADS[2]!.text;
    replyBody.dispatchEvent(new Event('input'));
    reply.shadowRoot.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => calls.posted.length === typed.length + 1, 'the reply was not sent');
    await waitUntil(() => articleById(thread, posts.at(-1)!.comment.id), 'the reply never appeared');
    const posted = articleById(thread, posts.at(-1)!.comment.id)!;
    expect(posted.closest('ol')!.classList.contains('replies')).to.equal(true);
    expect(posted.querySelector('.body')!.textContent).to.equal(PAYLOADS[0]!.text + PAYLOADS[2]!.text);
    await settle(thread);
  });

  it('refuses 100,000 typed characters without sending or cutting them, and cuts a huge name to 60', async () => {
    const { backend, calls } = plainBackend();
    const thread = await renderThread(backend);
    const target = form(thread);
    await target.updateComplete;
    const root = target.shadowRoot;
    const body = root.querySelector('textarea')!;
    body.value = HUGE;
    body.dispatchEvent(new Event('input'));
    await target.updateComplete;
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await target.updateComplete;
    expect(root.querySelector('[role="alert"]')!.textContent).to.contain('shorten');
    expect(body.value === HUGE, 'the text is kept').to.equal(true);
    expect(calls.posted).to.deep.equal([]);
    await expectClean(thread, 'after refusing 100,000 characters');

    const name = root.querySelector<HTMLInputElement>('input[name="name"]')!;
    name.value = HUGE;
    name.dispatchEvent(new Event('input'));
    body.value = 'Short and kind.';
    body.dispatchEvent(new Event('input'));
    await target.updateComplete;
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => calls.posted.length === 1, 'the comment was not sent');
    expect(calls.posted[0]!.name).to.equal(HUGE.slice(0, 60));
    await settle(thread);
  });

  describe('thread ids', () => {
    const INVALID = [
      `<img src=x onerror=${RUN}>`,
      `x" onclick="${RUN}`,
      `javascript:${RUN}`,
      'articles/first group',
      "' OR 1=1 --",
      'thread?x=1',
      'thread#x',
      '%2e%2e/%2e%2e/etc',
      'a\u202eb',
      'a\u200bb',
      '\uff41\uff42\uff43',
      'caf\u00e9',
      'x'.repeat(201),
      '\n',
      `${THREAD}\n`,
      ` ${THREAD}`,
      '',
      `${THREAD}<script>${RUN}</script>`,
    ];

    it('says a hostile or invalid thread id is a configuration error and asks no server', async () => {
      for (const id of INVALID) {
        const { backend, calls } = plainBackend([serverComment('a')]);
        const host = await fixture(
          html`<peer-support-provider .backend=${backend}
            ><peer-comment-thread thread=${id}></peer-comment-thread
          ></peer-support-provider>`,
        );
        const thread = host.querySelector('peer-comment-thread')!;
        await thread.updateComplete;
        const what = `thread ${JSON.stringify(id.slice(0, 40))}`;
        const alert = shadow(thread).querySelector('[role="alert"]');
        expect(alert, `no error shown for ${what}`).to.exist;
        expect(alert!.textContent).to.contain('not set up correctly');
        // The writing tools arrive when the page is idle: they must not ask either.
        await new Promise((resolve) => setTimeout(resolve, 250));
        expect(calls, `requests for ${what}`).to.deep.equal({ list: [], count: [], posted: [], other: [] });
        expect(shadow(thread).querySelector('article, peer-comment-form')).to.equal(null);
        await expectClean(thread, `for ${what}`);
        host.remove();
      }
    });

    it('stops asking when a working thread is given a hostile id', async () => {
      const { backend, calls } = plainBackend([serverComment('a')]);
      const thread = await renderThread(backend);
      expect(calls.list).to.deep.equal([THREAD]);
      thread.thread = `<img src=x onerror=${RUN}>`;
      await thread.updateComplete;
      expect(shadow(thread).querySelector('[role="alert"]')!.textContent).to.contain('not set up correctly');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(calls.list).to.deep.equal([THREAD]);
      await settle(thread);
    });

    it('asks for an unusual but valid id exactly as written', async () => {
      for (const id of ['../../etc', 'javascript:void', 'a/../b', '~', 'x'.repeat(200)]) {
        const { backend, calls } = plainBackend([serverComment('a')]);
        const thread = await renderThread(
          backend,
          html`<peer-support-provider .backend=${backend}
            ><peer-comment-thread thread=${id}></peer-comment-thread
          ></peer-support-provider>`,
        );
        expect(calls.list).to.deep.equal([id]);
        expect(articles(thread)).to.have.length(1);
        await expectClean(thread, `for thread ${id.slice(0, 40)}`);
        thread.closest('peer-support-provider')!.remove();
      }
    });

    it('refuses "." and "..", which a URL path cannot carry', async () => {
      for (const id of ['.', '..']) {
        const { backend, calls } = plainBackend([serverComment('a')]);
        const host = await fixture(
          html`<peer-support-provider .backend=${backend}
            ><peer-comment-thread thread=${id}></peer-comment-thread
          ></peer-support-provider>`,
        );
        const thread = host.querySelector('peer-comment-thread')!;
        await thread.updateComplete;
        expect(shadow(thread).querySelector('[role="alert"]'), `no error shown for "${id}"`).to.exist;
        expect(calls.list, `asked for "${id}"`).to.deep.equal([]);
        host.remove();
      }
    });

    it('makes a valid id from a hostile canonical link', async () => {
      const link = document.createElement('link');
      link.rel = 'canonical';
      link.href = `https://example.org/a b/<img src=x onerror=${RUN}>/"quoted"/\u202e/`;
      document.head.append(link);
      page.baseline = documentRisks();
      try {
        const { backend, calls } = plainBackend([serverComment('a')]);
        const thread = await renderThread(
          backend,
          html`<peer-support-provider .backend=${backend}
            ><peer-comment-thread></peer-comment-thread
          ></peer-support-provider>`,
        );
        expect(calls.list).to.have.length(1);
        expect(calls.list[0]).to.match(/^[A-Za-z0-9/_.:~-]{1,200}$/);
        expect(calls.list[0]).to.contain('/a-b/');
        await settle(thread);
      } finally {
        link.remove();
      }
    });
  });

  it('does not scroll sideways at 360px with long names, words, links and ids', async () => {
    await setViewport({ width: 360, height: 640 });
    const long = (label: string) => PAYLOADS.find((item) => item.label === label)!.text;
    const comments = [
      serverComment('x'.repeat(3000), { name: 'N'.repeat(5000), body: long('5,000-character word') }, 100),
      serverComment('link', { name: 'L', body: long('link of 1,900 characters') }, 90),
      serverComment('too-long-link', { name: 'T', body: long('link too long to link') }, 80),
      serverComment('huge', { name: HUGE, body: HUGE }, 70),
      serverComment('reply', { name: 'R'.repeat(70), parentId: 'huge', body: 'W'.repeat(300) }, 60),
    ];
    const { backend } = plainBackend(comments);
    const thread = await renderThread(backend);
    expect(await sidewaysOverflow(thread), 'what sticks out').to.deep.equal([]);

    await openTool(thread, articles(thread)[0]!, 'Reply');
    expect(await sidewaysOverflow(thread), 'what sticks out with a reply open').to.deep.equal([]);

    const target = form(thread);
    const body = target.shadowRoot.querySelector('textarea')!;
    body.value = HUGE;
    body.dispatchEvent(new Event('input'));
    await target.updateComplete;
    expect(await sidewaysOverflow(thread), 'what sticks out while typing 100,000 characters').to.deep.equal([]);
    await settle(thread);
  });

  it('the checks catch what they look for: live payloads run once parsed as HTML, planted markup is found', async () => {
    // Without this the tests above could pass by checking nothing.
    expect(PAYLOADS.filter((item) => item.live).length).to.be.at.least(15);
    expect(await inertLivePayloads(), 'payloads that did not run when parsed as HTML').to.deep.equal([]);

    const { backend } = plainBackend([serverComment('a', { body: 'Plain words.' })]);
    const thread = await renderThread(backend);
    expect(problems(thread)).to.deep.equal([]);
    const body = articleById(thread, 'a')!.querySelector('.body')!;
    const planted = document.createElement('span');
    planted.setAttribute('onclick', RUN);
    const link = document.createElement('a');
    link.href = 'javascript:void 0';
    const hidden = document.createElement('a');
    hidden.href = 'https://exa\u200bmple.org/';
    hidden.rel = REL;
    body.append(planted, link, hidden, document.createElement('img'));
    const found = problems(thread).join('\n');
    expect(found).to.contain('has onclick=');
    expect(found).to.contain('href is javascript:');
    expect(found).to.contain('rel is null');
    expect(found).to.contain('hidden or non-ASCII');
    expect(found).to.contain('<img> was rendered');
    expect(found).to.contain('<span> inside <p.body>');
    expect(added(['script', 'img'], ['script'])).to.deep.equal(['img']);
    body.replaceChildren();

    await setViewport({ width: 360, height: 640 });
    expect(await sidewaysOverflow(thread)).to.deep.equal([]);
    const wide = document.createElement('div');
    wide.style.inlineSize = '1000px';
    shadow(thread).querySelector('.write')!.append(wide);
    expect(await sidewaysOverflow(thread)).to.have.length.above(0);
    wide.remove();
  });
});
