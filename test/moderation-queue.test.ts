import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { WriteOptions } from '../src/api/types.js';
import { HttpError, OfflineError } from '../src/api/errors.js';
import { createMemoryBackend, type MemoryBackend } from '../src/api/memory-backend.js';
import type { StoredComment } from '../src/api/memory-comments.js';
import type { PeerModerationQueue } from '../src/components/moderation-queue/moderation-queue.js';
import { readQueue, withoutItem } from '../src/components/moderation-queue/queue-state.js';
import { countsText, isDistressing, reasonText } from '../src/components/moderation-queue/queue-text.js';
import '../src/components/moderation-queue/define.js';
import '../src/core/provider/define.js';
import { settled, shadow, signIn } from './helpers/moderation.js';

const KEY = 'peer-support:staff-token';
/** Distinctive, so the test can look for it anywhere it must not be. */
const TOKEN = 'riverside-staff-7f3a';
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

function comment(id: string, extra: Partial<StoredComment>): StoredComment {
  return {
    id,
    thread: 'article-sleep',
    parentId: null,
    name: 'Anonymous',
    body: `Body of ${id}`,
    createdAt: minutesAgo(30),
    updatedAt: null,
    reactions: { support: 0, helped: 0 },
    status: 'held',
    heldReason: 'review',
    ...extra,
  };
}

/** Five held comments (one care, one reported as harmful, one as spam) and one published. */
function sampleComments(): StoredComment[] {
  return [
    comment('c-links', {
      name: 'Robin',
      body: 'This helped me sleep: https://example.org/sleep',
      heldReason: 'links',
      createdAt: minutesAgo(50),
    }),
    comment('c-harmful', {
      name: 'Kai',
      body: 'Nobody here cares about you.',
      heldReason: 'reported',
      createdAt: minutesAgo(40),
      reports: [{ reason: 'harmful', note: 'Unkind to a newcomer', createdAt: minutesAgo(5) }],
    }),
    comment('c-spam', {
      name: 'Deals4U',
      body: 'Cheap pills, message me',
      heldReason: 'reported',
      createdAt: minutesAgo(30),
      reports: [{ reason: 'spam', note: null, createdAt: minutesAgo(4) }],
    }),
    comment('c-first', {
      name: 'Jo',
      body: 'Hello everyone,\nfirst time here.',
      heldReason: 'first-time',
      createdAt: minutesAgo(20),
    }),
    comment('c-care', {
      name: 'Sam',
      thread: 'article-grief',
      body: 'I do not want to be here anymore.',
      heldReason: 'care',
      care: true,
      createdAt: minutesAgo(10),
    }),
    comment('c-published', { name: 'Lee', status: 'published', heldReason: null, createdAt: minutesAgo(90) }),
  ];
}

const backend = (comments = sampleComments()) => createMemoryBackend({ comments, staffToken: TOKEN });

const words = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const articles = (el: PeerModerationQueue) => [...shadow(el).querySelectorAll<HTMLElement>('article')];
const headings = (el: PeerModerationQueue) => articles(el).map((article) => words(article.querySelector('h3')));
const article = (el: PeerModerationQueue, name: string) =>
  articles(el).find((entry) => words(entry.querySelector('h3')) === `Comment from ${name}`)!;
const button = (root: ParentNode, label: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((entry) => words(entry) === label)!;
const focused = (el: PeerModerationQueue) => shadow(el).activeElement as HTMLElement | null;
const status = (el: PeerModerationQueue) => words(shadow(el).querySelector('[role="status"]'));
const counts = (el: PeerModerationQueue) => words(shadow(el).querySelector('.counts'));

async function queueIn(source: unknown, template = html`<peer-moderation-queue></peer-moderation-queue>`) {
  const root = await fixture<HTMLElement>(
    html`<peer-support-provider .backend=${source}>${template}</peer-support-provider>`,
  );
  const el = root.querySelector('peer-moderation-queue')!;
  await settled(el);
  return el;
}

async function signedIn(source: unknown = backend()) {
  const el = await queueIn(source);
  await signIn(el, TOKEN);
  expect(articles(el), 'items after signing in').to.not.be.empty;
  return el;
}

async function click(el: PeerModerationQueue, target: HTMLButtonElement) {
  target.click();
  await el.updateComplete;
}

afterEach(() => sessionStorage.clear());

describe('<peer-moderation-queue>', () => {
  describe('signing in', () => {
    it('refuses a wrong token with a readable alert, keeps what was typed, then signs in with the right one', async () => {
      const el = await queueIn(backend());
      const field = shadow(el).querySelector<HTMLInputElement>('#staff-token')!;
      expect(field.type).to.equal('password');
      expect(field.name, 'never sent as a form field').to.equal('');
      expect(words(shadow(el).querySelector('label[for="staff-token"]'))).to.equal('Staff token');
      expect(button(shadow(el), 'Sign in').type).to.equal('submit');
      await expect(el).to.be.accessible();

      await signIn(el, 'not-the-token');
      const error = shadow(el).querySelector('#token-error')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(words(error)).to.equal('That staff token was not accepted.');
      const again = shadow(el).querySelector<HTMLInputElement>('#staff-token')!;
      expect(again.value).to.equal('not-the-token');
      expect(again.getAttribute('aria-invalid')).to.equal('true');
      expect(again.getAttribute('aria-describedby')).to.equal('token-error');
      expect(sessionStorage.getItem(KEY)).to.be.null;
      await expect(el).to.be.accessible();

      await signIn(el, TOKEN);
      expect(words(shadow(el).querySelector('h2'))).to.equal('Comments waiting for review');
      expect(counts(el)).to.equal('5 waiting, 1 needs care');
      expect(focused(el)?.id).to.equal('title');
      expect(sessionStorage.getItem(KEY)).to.equal(TOKEN);
      // Never anywhere that outlives the tab or leaves the browser.
      expect(Object.values(localStorage).some((value) => String(value).includes(TOKEN))).to.be.false;
      expect(location.href).not.to.include(TOKEN);
      expect(document.cookie).not.to.include(TOKEN);
      expect(el.outerHTML).not.to.include(TOKEN);
    });

    it('asks for a token when the field is empty', async () => {
      const el = await queueIn(backend());
      shadow(el).querySelector('form')!.requestSubmit();
      await el.updateComplete;
      expect(words(shadow(el).querySelector('[role="alert"]'))).to.equal('Enter the staff token.');
      expect(focused(el)?.id).to.equal('staff-token');
    });

    it('keeps the token through a reload of the element, and forgets it on "Sign out"', async () => {
      const source = backend();
      await signedIn(source);
      const reloaded = await queueIn(source);
      expect(reloaded.token).to.equal(TOKEN);
      expect(articles(reloaded)).to.have.length(5);

      await click(reloaded, button(shadow(reloaded), 'Sign out'));
      expect(sessionStorage.getItem(KEY)).to.be.null;
      expect(reloaded.token).to.equal('');
      expect(articles(reloaded)).to.be.empty;
      const field = shadow(reloaded).querySelector<HTMLInputElement>('#staff-token')!;
      expect(field.value).to.equal('');
      expect(focused(reloaded)).to.equal(field);
      expect(status(reloaded)).to.equal('Signed out.');

      const afterSignOut = await queueIn(source);
      expect(shadow(afterSignOut).querySelector('#staff-token')).to.exist;
      expect(articles(afterSignOut)).to.be.empty;
    });

    it('keeps the token in memory only when the browser blocks storage', async () => {
      const { getItem, setItem, removeItem } = Storage.prototype;
      const blocked = () => {
        throw new DOMException('Storage is blocked', 'SecurityError');
      };
      Object.assign(Storage.prototype, { getItem: blocked, setItem: blocked, removeItem: blocked });
      try {
        const source = backend();
        await signedIn(source);
        const reloaded = await queueIn(source);
        expect(articles(reloaded)).to.have.length(5);
        await click(reloaded, button(shadow(reloaded), 'Sign out'));
        const afterSignOut = await queueIn(source);
        expect(shadow(afterSignOut).querySelector('#staff-token')).to.exist;
      } finally {
        Object.assign(Storage.prototype, { getItem, setItem, removeItem });
      }
    });

    it('accepts a token set by script without storing it', async () => {
      const el = await queueIn(backend(), html`<peer-moderation-queue .token=${TOKEN}></peer-moderation-queue>`);
      expect(articles(el)).to.have.length(5);
      expect(sessionStorage.getItem(KEY)).to.be.null;
    });

    it('goes back to the form when the token stops being accepted during a decision', async () => {
      const real = backend();
      const el = await signedIn({
        ...real,
        approveComment: () => Promise.reject(new HttpError(401, 'unauthorized', 'That staff token is not valid.')),
      });
      await click(el, button(articles(el)[0], 'Approve'));
      await waitUntil(() => shadow(el).querySelector('#token-error'), 'the sign-in form');
      expect(words(shadow(el).querySelector('#token-error'))).to.equal('That staff token was not accepted.');
      expect(shadow(el).querySelector<HTMLInputElement>('#staff-token')!.value).to.equal(TOKEN);
      expect(sessionStorage.getItem(KEY)).to.be.null;
    });
  });

  describe('the list', () => {
    it('puts care first and hides distressing text until "Show comment"', async () => {
      const el = await signedIn();
      expect(headings(el)).to.deep.equal([
        'Comment from Sam',
        'Comment from Robin',
        'Comment from Kai',
        'Comment from Deals4U',
        'Comment from Jo',
      ]);
      const care = articles(el)[0];
      expect(words(care.querySelector('.reason'))).to.equal('Needs care: crisis language or a report of risk');
      expect(words(care.querySelector('.care-note'))).to.include('safety procedure');
      expect(words(care)).to.include('article-grief');
      expect(words(care)).to.include('This comment may be distressing.');
      const body = care.querySelector<HTMLElement>('.body')!;
      expect(body.hidden).to.be.true;
      expect(body.textContent).to.equal('');
      const toggle = button(care, 'Show comment');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal(body.id);

      await click(el, toggle);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(words(toggle)).to.equal('Hide');
      expect(body.hidden).to.be.false;
      expect(body.textContent).to.equal('I do not want to be here anymore.');
      await click(el, toggle);
      expect(body.hidden).to.be.true;
      expect(body.textContent).to.equal('');
    });

    it('says why each comment waits, who wrote it, when, and what reports say; links stay plain text', async () => {
      const el = await signedIn();
      const [, links, harmful, spam, first] = articles(el);
      expect(words(links.querySelector('.reason'))).to.equal('Contains links');
      expect(words(harmful.querySelector('.reason'))).to.equal('Reported by a reader');
      expect(words(first.querySelector('.reason'))).to.equal('A first comment from someone new');
      // Reported as harmful: hidden too. Reported as spam: shown.
      expect(harmful.querySelector<HTMLElement>('.body')!.hidden).to.be.true;
      expect(words(harmful.querySelector('.reports'))).to.include('Harmful or hurtful: Unkind to a newcomer');
      expect(spam.querySelector<HTMLElement>('.body')!.hidden).to.be.false;
      expect(words(spam.querySelector('.reports'))).to.include('Spam or advertising');
      expect(links.querySelector('.body')!.textContent).to.equal('This helped me sleep: https://example.org/sleep');
      expect(shadow(el).querySelectorAll('a')).to.have.length(0);
      expect(first.querySelector('.body')!.textContent).to.equal('Hello everyone,\nfirst time here.');
      expect(getComputedStyle(first.querySelector('.body')!).whiteSpace).to.equal('pre-wrap');
      const time = links.querySelector('time')!;
      const posted = new Date(time.getAttribute('datetime')!);
      expect(words(time)).to.equal(
        new Intl.DateTimeFormat('en', { dateStyle: 'full', timeStyle: 'short' }).format(posted),
      );
      await expect(el).to.be.accessible();
    });

    it('shows a calm message when nothing is waiting, and moves focus to the list heading after the last one', async () => {
      const el = await signedIn(backend([comment('only', { name: 'Ash' })]));
      expect(counts(el)).to.equal('1 waiting');
      await click(el, button(articles(el)[0], 'Approve'));
      await waitUntil(() => shadow(el).querySelector('.empty'), 'the empty message');
      expect(words(shadow(el).querySelector('.empty'))).to.equal(
        'Nothing is waiting. Thank you for looking after this community.',
      );
      expect(focused(el)?.id).to.equal('title');
      expect(counts(el)).to.equal('Nothing waiting');
      await expect(el).to.be.accessible();
    });

    it('is axe-clean in dark mode and with forced colours', async () => {
      const el = await signedIn();
      try {
        await emulateMedia({ colorScheme: 'dark' });
        await expect(el).to.be.accessible();
        await emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
      }
    });
  });

  describe('decisions', () => {
    it('approves: the item leaves, focus moves to the next heading, counts update and are announced', async () => {
      const source = backend();
      const el = await signedIn(source);
      const decided = oneEvent(document, 'peer-moderation-decision');
      await click(el, button(articles(el)[0], 'Approve'));
      const event = await decided;
      expect(event.detail).to.deep.equal({ id: 'c-care', decision: 'approved' });
      expect(event.bubbles && event.composed).to.be.true;
      await el.updateComplete;
      expect(headings(el)).to.not.include('Comment from Sam');
      expect(words(focused(el))).to.equal('Comment from Robin');
      expect(focused(el)?.tagName).to.equal('H3');
      expect(counts(el)).to.equal('4 waiting');
      expect(status(el)).to.equal('Comment approved. 4 waiting');
      const published = await source.listComments('article-grief');
      expect(published.comments.map((entry) => entry.id)).to.deep.equal(['c-care']);
    });

    it('rejects with a reason for the author; Cancel goes back to the Reject button', async () => {
      const real = backend();
      const reasons: (string | undefined)[] = [];
      const source: MemoryBackend = {
        ...real,
        rejectComment: (id, token, reason, options) => {
          reasons.push(reason);
          return real.rejectComment(id, token, reason, options);
        },
      };
      const el = await signedIn(source);
      const item = article(el, 'Robin');
      await click(el, button(item, 'Reject'));
      const field = item.querySelector('textarea')!;
      expect(focused(el)).to.equal(field);
      expect(words(item.querySelector(`label[for="${field.id}"]`))).to.equal('Reason shown to the author (optional)');
      expect(field.maxLength).to.equal(300);
      await expect(el).to.be.accessible();

      await click(el, button(item, 'Cancel'));
      expect(item.querySelector('textarea')).to.be.null;
      expect(focused(el)).to.equal(button(item, 'Reject'));

      await click(el, button(item, 'Reject'));
      const reasonField = item.querySelector('textarea')!;
      reasonField.value = 'Please share resources without links; the clinic can add them.';
      reasonField.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(words(item)).to.include(`${300 - reasonField.value.length} characters left.`);
      const decided = oneEvent(el, 'peer-moderation-decision');
      await click(el, button(item, 'Reject comment'));
      expect((await decided).detail).to.deep.equal({ id: 'c-links', decision: 'rejected' });
      await el.updateComplete;
      expect(reasons).to.deep.equal(['Please share resources without links; the clinic can add them.']);
      expect(headings(el)).to.not.include('Comment from Robin');
      expect(status(el)).to.equal('Comment rejected. 4 waiting, 1 needs care');
      const queue = await real.getModerationQueue(TOKEN);
      expect(queue.items.map((entry) => entry.comment.id)).to.not.include('c-links');
      const published = await real.listComments('article-sleep');
      expect(published.comments.map((entry) => entry.id)).to.not.include('c-links');
    });

    it('deletes only after "Delete this comment for good?" is confirmed', async () => {
      const source = backend();
      const el = await signedIn(source);
      const item = article(el, 'Deals4U');
      await click(el, button(item, 'Delete'));
      const group = item.querySelector('[role="group"]')!;
      expect(words(group.querySelector('p'))).to.equal('Delete this comment for good?');
      expect(focused(el)).to.equal(button(group, 'Cancel'));
      await expect(el).to.be.accessible();

      await click(el, button(group, 'Cancel'));
      expect(item.querySelector('[role="group"]')).to.be.null;
      expect(focused(el)).to.equal(button(item, 'Delete'));
      expect(articles(el)).to.have.length(5);

      await click(el, button(item, 'Delete'));
      const decided = oneEvent(el, 'peer-moderation-decision');
      await click(el, button(item.querySelector('[role="group"]')!, 'Delete'));
      expect((await decided).detail).to.deep.equal({ id: 'c-spam', decision: 'deleted' });
      await el.updateComplete;
      expect(headings(el)).to.not.include('Comment from Deals4U');
      expect(words(focused(el))).to.equal('Comment from Jo');
      expect(status(el)).to.equal('Comment deleted. 4 waiting, 1 needs care');
      const queue = await source.getModerationQueue(TOKEN);
      expect(queue.items.map((entry) => entry.comment.id)).to.not.include('c-spam');
    });

    it('keeps the item after a failure, says so, and retries with the same idempotency key', async () => {
      const real = backend();
      const keys: (string | undefined)[] = [];
      let failNext: (() => void) | undefined;
      const source: MemoryBackend = {
        ...real,
        approveComment: (id: string, token: string, options?: WriteOptions) => {
          keys.push(options?.idempotencyKey);
          if (keys.length === 1) {
            return new Promise((_, reject) => (failNext = () => reject(new OfflineError())));
          }
          return real.approveComment(id, token, options);
        },
      };
      const el = await signedIn(source);
      const item = article(el, 'Robin');
      await click(el, button(item, 'Approve'));
      // In flight: every button of the item is disabled and the one pressed says what is happening.
      const inFlight = [...item.querySelectorAll('button')].filter((entry) => entry.closest('.actions'));
      expect(inFlight.map((entry) => entry.getAttribute('aria-disabled'))).to.deep.equal(['true', 'true', 'true']);
      expect(words(inFlight[0])).to.equal('Approving…');
      await click(el, button(item, 'Reject'));
      expect(item.querySelector('textarea'), 'no reject form while busy').to.be.null;

      failNext!();
      await waitUntil(() => item.querySelector('[role="alert"]'), 'the error');
      expect(words(item.querySelector('[role="alert"]'))).to.match(/^You appear to be offline/);
      expect(headings(el)).to.include('Comment from Robin');
      expect(button(item, 'Approve').getAttribute('aria-disabled')).to.equal('false');
      await expect(el).to.be.accessible();

      const decided = oneEvent(el, 'peer-moderation-decision');
      await click(el, button(item, 'Approve'));
      expect((await decided).detail.id).to.equal('c-links');
      expect(keys).to.have.length(2);
      expect(keys[0]).to.be.a('string').and.not.be.empty;
      expect(keys[1]).to.equal(keys[0]);

      // A different decision is a different key.
      await click(el, button(articles(el)[0], 'Approve'));
      await waitUntil(() => keys.length === 3);
      expect(keys[2]).to.not.equal(keys[0]);
    });

    it('says "try again" on a server error, and drops an item that is already gone', async () => {
      const real = backend();
      const source: MemoryBackend = {
        ...real,
        approveComment: () => Promise.reject(new HttpError(500, 'internal', 'Boom')),
        removeComment: () => Promise.reject(new HttpError(404, 'not_found', 'There is no such comment.')),
      };
      const el = await signedIn(source);
      const item = article(el, 'Jo');
      await click(el, button(item, 'Approve'));
      await waitUntil(() => item.querySelector('[role="alert"]'), 'the error');
      expect(words(item.querySelector('[role="alert"]'))).to.equal('The server had a problem. Try again in a moment.');

      await click(el, button(item, 'Delete'));
      await click(el, button(item.querySelector('[role="group"]')!, 'Delete'));
      await waitUntil(() => !headings(el).includes('Comment from Jo'), 'the gone item to leave');
      expect(status(el)).to.equal(
        'That comment had already been dealt with, so it has left the list. 4 waiting, 1 needs care',
      );
    });
  });

  describe('untrusted text', () => {
    it('renders hostile names, threads, bodies and notes as text, with no elements made from them', async () => {
      const hostile = [
        '<img src=x onerror="window.__peerInjected=1">',
        'javascript:alert(1)',
        'Please \u202Eexe.gnp\u202C look',
        'zero\u200Bwidth\u200Djoin\uFEFFers',
        'x'.repeat(5000),
      ];
      const comments = hostile.map((body, index) =>
        comment(`h-${index}`, {
          body,
          name: index ? `name\u202E${index}` : '<b onmouseover="window.__peerInjected=2">Bold</b>',
          thread: index === 1 ? 'javascript:alert(2)' : '<svg onload="window.__peerInjected=3">',
          reports: [
            { reason: '<i>other</i>', note: '<script>window.__peerInjected=4</script>', createdAt: minutesAgo(1) },
          ],
        }),
      );
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await signedIn(backend(comments));
        const root = shadow(el);
        expect(root.querySelectorAll('img, b, i, svg, script, a, iframe')).to.have.length(0);
        const bodies = [...root.querySelectorAll<HTMLElement>('.body')].map((body) => body.textContent);
        expect(bodies).to.have.members(hostile);
        for (const body of root.querySelectorAll('.body')) expect(body.childElementCount).to.equal(0);
        expect(words(articles(el)[0].querySelector('h3'))).to.include('<b onmouseover');
        expect(words(root)).to.include('<script>window.__peerInjected=4</script>');
        expect((window as unknown as { __peerInjected?: number }).__peerInjected).to.be.undefined;
        // A direction override in a name or body stays inside it.
        for (const name of root.querySelectorAll('h3 bdi')) expect(name.localName).to.equal('bdi');
        expect(root.querySelector('.body')!.getAttribute('dir')).to.equal('auto');
        // 320px wide, a 5,000-character word included: no sideways scrolling.
        expect(el.scrollWidth).to.be.at.most(320);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        await expect(el).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('loading and failures', () => {
    it('says plainly when the queue cannot load, and loads it on "Try again"', async () => {
      const real = backend();
      let fail = true;
      const source: MemoryBackend = {
        ...real,
        getModerationQueue: (token, options) =>
          fail ? Promise.reject(new OfflineError()) : real.getModerationQueue(token, options),
      };
      const el = await queueIn(source, html`<peer-moderation-queue .token=${TOKEN}></peer-moderation-queue>`);
      const alert = shadow(el).querySelector('[role="alert"]')!;
      expect(words(alert)).to.match(/^You appear to be offline/);
      await expect(el).to.be.accessible();
      fail = false;
      await click(el, button(alert, 'Try again'));
      expect(focused(el)?.id, 'focus waits on the heading').to.equal('title');
      await settled(el);
      expect(articles(el)).to.have.length(5);
      expect(shadow(el).querySelector('[role="alert"]')).to.be.null;
    });

    it('says "try again" when the server fails', async () => {
      const source = createMemoryBackend({ failWith: new HttpError(500, 'internal', 'Boom') });
      const el = await queueIn(source, html`<peer-moderation-queue .token=${TOKEN}></peer-moderation-queue>`);
      expect(words(shadow(el).querySelector('[role="alert"]'))).to.include('The server had a problem. Try again');
      expect(button(shadow(el), 'Try again')).to.exist;
    });

    it('treats an answer of the wrong shape as a failure, not a crash', async () => {
      const odd = { ...backend(), getModerationQueue: async () => ({ items: 'nothing' }) };
      const el = await queueIn(odd, html`<peer-moderation-queue .token=${TOKEN}></peer-moderation-queue>`);
      expect(words(shadow(el).querySelector('[role="alert"]'))).to.include('answer that could not be read');
    });

    it('is busy while loading', async () => {
      const el = await fixture<HTMLElement>(
        html`<peer-support-provider .backend=${createMemoryBackend({ latencyMs: 60_000 })}
          ><peer-moderation-queue .token=${TOKEN}></peer-moderation-queue
        ></peer-support-provider>`,
      );
      const queue = el.querySelector('peer-moderation-queue')!;
      await queue.updateComplete;
      expect(shadow(queue).querySelector('section')!.getAttribute('aria-busy')).to.equal('true');
      expect(words(shadow(queue))).to.include('Loading the comments waiting for review');
      await expect(queue).to.be.accessible();
    });

    it('says when no backend is configured, or the backend has no moderation', async () => {
      const bare = await fixture<PeerModerationQueue>(html`<peer-moderation-queue></peer-moderation-queue>`);
      expect(words(shadow(bare))).to.include('No backend is configured');
      await expect(bare).to.be.accessible();
      const groupsOnly = await queueIn({ getCrisisResources: async () => [], getGroups: async () => [] });
      expect(words(shadow(groupsOnly))).to.include('No backend is configured');
    });
  });

  describe('refreshing', () => {
    it('refreshes by itself without moving focus, pauses while the page is hidden, and on "Refresh"', async () => {
      const real = backend();
      let loads = 0;
      const source: MemoryBackend = {
        ...real,
        getModerationQueue: (token, options) => {
          loads++;
          return real.getModerationQueue(token, options);
        },
      };
      const el = await queueIn(source, html`<peer-moderation-queue refresh-seconds="0.1"></peer-moderation-queue>`);
      await signIn(el, TOKEN);
      const toggle = button(articles(el)[0], 'Show comment');
      toggle.focus();
      // A reader reports a published comment as a risk: it comes to the top as care.
      await real.report('c-published', { reason: 'crisis', note: 'Worried about them' });
      await waitUntil(() => counts(el) === '6 waiting, 2 need care', 'the refreshed counts', { timeout: 3000 });
      expect(status(el)).to.equal('6 waiting, 2 need care');
      expect(focused(el)).to.equal(toggle);

      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      try {
        const before = loads;
        await new Promise((resolve) => setTimeout(resolve, 400));
        expect(loads).to.equal(before);
      } finally {
        delete (document as { hidden?: boolean }).hidden;
      }
      const before = loads;
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(() => loads > before, 'a refresh once visible again');

      el.refreshSeconds = 0;
      await el.updateComplete;
      await settled(el);
      await click(el, button(shadow(el), 'Refresh'));
      await settled(el);
      expect(status(el)).to.equal('List refreshed. 6 waiting, 2 need care');
    });

    it('moves focus on when someone else dealt with the item that had it', async () => {
      const source = backend();
      const el = await queueIn(source, html`<peer-moderation-queue refresh-seconds="0"></peer-moderation-queue>`);
      await signIn(el, TOKEN);
      button(articles(el)[0], 'Approve').focus();
      await source.approveComment('c-care', TOKEN);
      await click(el, button(shadow(el), 'Refresh'));
      await waitUntil(() => !headings(el).includes('Comment from Sam'), 'the refreshed list');
      await el.updateComplete;
      expect(words(focused(el))).to.equal('Comment from Robin');
    });
  });

  describe('keyboard', () => {
    it('signs in, shows a comment and approves it from the keyboard alone', async () => {
      const el = await queueIn(backend());
      shadow(el).querySelector<HTMLInputElement>('#staff-token')!.focus();
      await sendKeys({ type: TOKEN });
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(focused(el)?.id).to.equal('title');

      await sendKeys({ press: 'Tab' });
      expect(words(focused(el))).to.equal('Refresh');
      await sendKeys({ press: 'Tab' });
      expect(words(focused(el))).to.equal('Sign out');
      await sendKeys({ press: 'Tab' });
      expect(words(focused(el))).to.equal('Show comment');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(articles(el)[0].querySelector('.body')!.textContent).to.equal('I do not want to be here anymore.');
      await sendKeys({ press: 'Tab' });
      expect(words(focused(el))).to.equal('Approve');
      const decided = oneEvent(el, 'peer-moderation-decision');
      await sendKeys({ press: 'Enter' });
      expect((await decided).detail).to.deep.equal({ id: 'c-care', decision: 'approved' });
      await el.updateComplete;
      expect(words(focused(el))).to.equal('Comment from Robin');

      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(words(focused(el))).to.equal('Sign out');
    });
  });
});

describe('moderation queue logic', () => {
  const item = (id: string, care = false, reports: { reason: string; note: null; createdAt: string }[] = []) => ({
    comment: comment(id, {}),
    reason: care ? 'care' : 'review',
    care,
    reports,
  });

  it('says the counts in words', () => {
    expect(countsText({ waiting: 0, care: 0 })).to.equal('Nothing waiting');
    expect(countsText({ waiting: 1, care: 0 })).to.equal('1 waiting');
    expect(countsText({ waiting: 3, care: 1 })).to.equal('3 waiting, 1 needs care');
    expect(countsText({ waiting: 3, care: 2 })).to.equal('3 waiting, 2 need care');
  });

  it('removes an item and brings the counts down to match', () => {
    const queue = { items: [item('a', true), item('b')], counts: { waiting: 7, care: 1 } };
    expect(withoutItem(queue, 'a').queue.counts).to.deep.equal({ waiting: 6, care: 0 });
    expect(withoutItem(queue, 'b').index).to.equal(1);
    expect(withoutItem(queue, 'nope')).to.deep.equal({ queue, index: -1 });
  });

  it('reads a backend answer, filling in missing counts and refusing the wrong shape', () => {
    expect(readQueue({ items: [item('a', true), item('b')] }).counts).to.deep.equal({ waiting: 2, care: 1 });
    expect(() => readQueue({ items: [{}] })).to.throw('could not be read');
    expect(() => readQueue(null)).to.throw('could not be read');
  });

  it('hides the text of care items and of reports of harm or risk, not of spam', () => {
    const at = minutesAgo(1);
    expect(isDistressing(item('a', true))).to.be.true;
    expect(isDistressing(item('b', false, [{ reason: 'crisis', note: null, createdAt: at }]))).to.be.true;
    expect(isDistressing(item('c', false, [{ reason: 'harmful', note: null, createdAt: at }]))).to.be.true;
    expect(isDistressing(item('d', false, [{ reason: 'spam', note: null, createdAt: at }]))).to.be.false;
    expect(reasonText({ ...item('e'), reason: 'something-new' })).to.equal('Waiting for review');
  });
});
