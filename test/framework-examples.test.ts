// The docs' framework examples (docs/examples, walked through in docs/frameworks.md), rendered as a clinic's
// page would render them: React through the wrappers, Vue with the elements themselves.
import { expect, waitUntil } from '@open-wc/testing';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { SupportPage } from '../docs/examples/react-app.js';
import { createSupportApp } from '../docs/examples/vue-app.js';
import { createMemoryBackend } from '../src/api/memory-backend.js';
import type { PeerGroupFinder } from '../src/components/group-finder/group-finder.js';
import { choose, clearDevice, ready, root as checkInShadow } from './helpers/check-in.js';
import { comment, names } from './helpers/comments.js';
import { finderShadow, resultNames, sampleGroups } from './helpers/finder.js';

const EXAMPLE_THREAD = 'articles/first-group';

function clinicBackend() {
  return createMemoryBackend({
    groups: sampleGroups(),
    comments: [
      comment('a', { thread: EXAMPLE_THREAD, name: 'Sam', body: 'My first group was scary, and then it was not.' }),
    ],
  });
}

const words = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const headings = (container: HTMLElement) => [...container.querySelectorAll('h2')].map((heading) => words(heading));

function inPage<K extends keyof HTMLElementTagNameMap>(container: HTMLElement, tag: K): HTMLElementTagNameMap[K] {
  const element = container.querySelector(tag);
  if (!element) throw new Error(`the example never rendered <${tag}>`);
  return element;
}

/**
 * What both examples must show a visitor: crisis lines, the clinic's goals in the check-in (an array, so it
 * reached the element as a property), the group count the page's handler wrote into its heading, comments,
 * and, once someone says they do not feel safe, the clinic's own call-back offer beside the crisis help.
 */
async function expectWorkingPage(container: HTMLElement) {
  await waitUntil(() => container.querySelector('peer-check-in'), 'the example never rendered', { timeout: 5000 });
  const banner = inPage(container, 'peer-crisis-banner');
  await waitUntil(() => banner.shadowRoot!.querySelector('a[href="tel:988"]'), 'the crisis lines', { timeout: 5000 });

  const checkIn = await ready(inPage(container, 'peer-check-in'));
  const legends = [...checkInShadow(checkIn).querySelectorAll('legend')].map((legend) => words(legend));
  expect(legends).to.include.members(['Go to a meeting', 'Call someone I trust']);

  const finder = inPage(container, 'peer-group-finder');
  await waitUntil(() => resultNames(finder).length === 6, 'the groups', { timeout: 5000 });
  await waitUntil(() => headings(container).includes('Groups (6)'), `the count (headings: ${headings(container)})`);

  const thread = inPage(container, 'peer-comment-thread');
  await waitUntil(() => names(thread).includes('Sam'), 'the comments', { timeout: 5000 });

  // A live region present from the start (announced when it fills), empty until someone may be at risk.
  const offer = container.querySelector('.clinic-call-back');
  expect(offer?.getAttribute('role'), 'the call-back offer’s live region').to.equal('status');
  expect(words(offer), 'no call-back offer before any answer').to.equal('');
  await choose(checkIn, 'safe', 0);
  expect(checkInShadow(checkIn).querySelector('.care'), 'the check-in’s crisis help').to.exist;
  await waitUntil(() => words(offer).includes('509-555-0100'), 'the clinic’s call-back offer never showed');
  expect(words(offer)).to.include('Our on-call counsellor can phone you back within the hour');
  return { finder };
}

function openGroup(finder: PeerGroupFinder, name: string) {
  const link = [...finderShadow(finder).querySelectorAll<HTMLAnchorElement>('.result a')].find((a) =>
    words(a).includes(name),
  );
  if (!link) throw new Error(`no link to ${name}`);
  link.click();
}

describe('docs/examples: the framework examples', () => {
  let container: HTMLElement;

  beforeEach(async () => {
    await clearDevice();
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => container.remove());

  it('React (react-app.tsx): every widget works, and the page counts which group was opened', async () => {
    const counted: string[][] = [];
    const root = createRoot(container);
    try {
      root.render(
        createElement(SupportPage, { backend: clinicBackend(), count: (what, which) => counted.push([what, which]) }),
      );
      const { finder } = await expectWorkingPage(container);
      openGroup(finder, 'Riverside');
      await waitUntil(() => counted.length, 'the page never counted the group');
      expect(counted).to.deep.equal([['group-opened', 'riverside']]);
    } finally {
      root.unmount();
    }
  });

  it('Vue (vue-app.ts): every widget works with property binding and @peer-… listeners', async () => {
    const app = createSupportApp(clinicBackend());
    try {
      app.mount(container);
      await expectWorkingPage(container);
    } finally {
      app.unmount();
    }
  });
});
