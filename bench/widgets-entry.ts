// The page side of `node bench/widgets.mjs`: every element defined (as peer-support.js and
// moderation-queue.js define them) and the in-memory backend, so the bench times the widgets, not a network.
import '../src/all.js';
import '../src/components/moderation-queue/define.js';
import { createMemoryBackend } from '../src/api/memory-backend.js';
import type { StoredComment } from '../src/api/memory-comments.js';
import { normaliseMeetingGuide } from '../src/index.js';

const MINUTE = 60_000;

/** `count` comments waiting for moderation, with the reasons a real queue has. */
function heldComments(count: number, now: number): StoredComment[] {
  const reasons = ['review', 'links', 'first-time', 'reported', 'care'];
  return Array.from({ length: count }, (_, i) => ({
    id: `held-${i}`,
    thread: `article-${i % 12}`,
    parentId: null,
    name: i % 3 ? `Visitor ${i}` : 'Anonymous',
    body: `Comment ${i} waiting for a moderator. It says something about the week and how the group helped.`,
    createdAt: new Date(now - (i + 1) * MINUTE).toISOString(),
    updatedAt: null,
    reactions: { support: 0, helped: 0 },
    status: 'held',
    heldReason: reasons[i % reasons.length],
    care: reasons[i % reasons.length] === 'care',
    reports:
      reasons[i % reasons.length] === 'reported'
        ? [{ reason: 'harmful', note: null, createdAt: new Date(now - MINUTE).toISOString() }]
        : undefined,
  }));
}

/** Published comments on `threads` threads, for the comment counts. */
function publishedComments(threads: number, perThread: number, now: number): StoredComment[] {
  const list: StoredComment[] = [];
  for (let t = 0; t < threads; t++)
    for (let i = 0; i < perThread + (t % 4); i++)
      list.push({
        id: `c-${t}-${i}`,
        thread: `article-${t}`,
        parentId: null,
        name: 'Anonymous',
        body: 'Thank you for this.',
        createdAt: new Date(now - i * MINUTE).toISOString(),
        updatedAt: null,
        reactions: { support: 0, helped: 0 },
      });
  return list;
}

/** A task boundary without setTimeout's 4 ms clamp, so waiting adds almost nothing to a figure. */
const nextTask = () =>
  new Promise<void>((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done();
    channel.port2.postMessage(null);
  });
const frame = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done)));

async function until(condition: () => unknown, what: string): Promise<void> {
  const deadline = performance.now() + 10_000;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await nextTask();
  }
}

/** Every element matching `selector` inside `root` and the shadow roots below it. */
function deepAll(root: ParentNode, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  if (root instanceof Element && root.shadowRoot) found.push(...deepAll(root.shadowRoot, selector));
  for (const element of root.querySelectorAll('*'))
    if (element.shadowRoot) found.push(...deepAll(element.shadowRoot, selector));
  return found;
}

/**
 * Runs `change`, waits for `done` and for the widget's elements to finish updating, and forces style and
 * layout (one forced layout lays out the whole document): what the visitor waits for.
 */
async function timed(root: HTMLElement, change: () => void, done: () => unknown, what: string): Promise<number> {
  const start = performance.now();
  change();
  await until(done, what);
  for (const element of [root, ...root.querySelectorAll('*')])
    if ('updateComplete' in element)
      await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  void document.body.getBoundingClientRect();
  return performance.now() - start;
}

function provider(backend: unknown, inner: string): HTMLElement {
  const wrapper = document.createElement('peer-support-provider') as HTMLElement & { backend: unknown };
  wrapper.backend = backend;
  wrapper.innerHTML = inner;
  return wrapper;
}

interface Scenario {
  /** A new element each time: the first in the page is the cold figure. */
  create(): HTMLElement;
  ready(root: HTMLElement): unknown;
  /** An interaction on the rendered element, and when it shows its result. */
  interact?: { name: string; act(root: HTMLElement, round: number): () => unknown };
}

const NOW = Date.parse('2026-11-25T12:00:00Z');

function scenarios(feed: unknown): Record<string, Scenario> {
  return {
    'crisis banner': {
      create: () => provider(createMemoryBackend({}), '<peer-crisis-banner></peer-crisis-banner>'),
      ready: (root) => deepAll(root, 'a[href^="tel:"]').length > 0,
      interact: {
        name: 'open "More ways to get help"',
        act: (root) => {
          const banner = root.querySelector('peer-crisis-banner') as HTMLElement & { expanded: boolean };
          const wanted = !banner.expanded;
          (deepAll(root, 'button.toggle')[0] as HTMLButtonElement).click();
          return () => (deepAll(banner, '#panel')[0] as HTMLElement).hidden === !wanted;
        },
      },
    },
    'quick exit': {
      create: () => {
        const exit = document.createElement('peer-quick-exit') as HTMLElement & { navigate(url: string): void };
        exit.navigate = () => exit.setAttribute('data-left', '');
        return exit;
      },
      ready: (root) => deepAll(root, 'button, a').length > 0,
      interact: {
        name: 'press "Exit this page"',
        act: (root) => {
          root.removeAttribute('data-left');
          (deepAll(root, 'button, a')[0] as HTMLElement).click();
          return () => root.hasAttribute('data-left');
        },
      },
    },
    'comment counts (24 on a page)': {
      create: () =>
        provider(
          createMemoryBackend({ comments: publishedComments(24, 3, NOW) }),
          Array.from({ length: 24 }, (_, i) => `<peer-comment-count thread="article-${i}"></peer-comment-count>`).join(
            '',
          ),
        ),
      ready: (root) =>
        [...root.querySelectorAll('peer-comment-count')].every((count) =>
          /\d/.test(count.shadowRoot?.textContent ?? ''),
        ),
    },
    'moderation queue (100 held: a full page)': {
      create: () => {
        const wrapper = provider(
          createMemoryBackend({ comments: heldComments(100, NOW), staffToken: 'bench-staff' }),
          '<peer-moderation-queue></peer-moderation-queue>',
        );
        (wrapper.firstElementChild as HTMLElement & { token: string }).token = 'bench-staff';
        return wrapper;
      },
      ready: (root) => deepAll(root, 'article').length > 0,
      interact: {
        name: 'approve one comment',
        act: (root) => {
          const before = deepAll(root, 'article').length;
          const approve = deepAll(root, 'article button').find((button) => button.textContent?.trim() === 'Approve');
          (approve as HTMLButtonElement).click();
          return () => deepAll(root, 'article').length === before - 1;
        },
      },
    },
    'check-in form': {
      create: () => provider(createMemoryBackend({}), '<peer-check-in></peer-check-in>'),
      ready: (root) => deepAll(root, 'input[type="radio"]').length > 0,
      interact: {
        name: 'choose a mood',
        act: (root, round) => {
          const radios = deepAll(root, 'input[type="radio"][name="mood"]') as HTMLInputElement[];
          const radio = radios[round % radios.length];
          radio.click();
          return () => radio.checked;
        },
      },
    },
    'group finder (2,000 meetings)': {
      create: () => {
        const finder = document.createElement('peer-group-finder') as HTMLElement & { source: unknown };
        finder.setAttribute('no-url-state', '');
        const { groups } = normaliseMeetingGuide(feed as never, 'America/New_York');
        finder.source = { getGroups: async () => groups };
        return finder;
      },
      ready: (root) => deepAll(root, '.result').length > 0,
      interact: {
        name: 'type a letter in the search box',
        act: (root, round) => {
          const field = deepAll(root, 'input[type="search"]')[0] as HTMLInputElement;
          let changed = false;
          root.addEventListener('peer-results-change', () => (changed = true), { once: true });
          field.value = round % 2 ? '' : 's';
          field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          return () => changed;
        },
      },
    },
  };
}

/** One widget in this page: the first render (cold), `rounds` more, then `rounds` interactions. */
async function run(name: string, rounds: number, feed: unknown) {
  const scenario = scenarios(feed)[name];
  const renders: number[] = [];
  let root: HTMLElement | undefined;
  for (let round = 0; round <= rounds; round++) {
    root?.remove();
    const element = scenario.create();
    renders.push(
      await timed(
        element,
        () => document.body.append(element),
        () => scenario.ready(element),
        `${name} to render`,
      ),
    );
    root = element;
    await frame();
  }
  const interactions: number[] = [];
  if (scenario.interact)
    for (let round = 0; round < rounds; round++) {
      let done: () => unknown = () => false;
      interactions.push(
        await timed(
          root!,
          () => (done = scenario.interact!.act(root!, round)),
          () => done(),
          `${name}: ${scenario.interact!.name}`,
        ),
      );
      await frame();
    }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return {
    cold: renders[0],
    warm: median(renders.slice(1)),
    interaction: scenario.interact ? { name: scenario.interact.name, median: median(interactions) } : undefined,
  };
}

declare global {
  interface Window {
    widgetsBench: typeof api;
  }
}
const api = { run, scenarios: () => Object.keys(scenarios(null)) };
window.widgetsBench = api;
