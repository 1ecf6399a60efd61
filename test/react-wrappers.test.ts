// The React wrappers (`peer-support-widgets/react`), rendered by React itself: objects reach the elements as
// properties, and each typed `on…` prop is called with the event the element fired.
import { expect, waitUntil } from '@open-wc/testing';
import * as React from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { createMemoryBackend } from '../src/api/memory-backend.js';
import type { StoredComment } from '../src/api/memory-comments.js';
import type { Goal } from '../src/components/check-in/daily-items.js';
import { PeerCommentPostedEvent as PeerCommentPostedEventClass } from '../src/components/comment-thread/events.js';
import type { GroupSource, PeerSupportBackend } from '../src/api/types.js';
import {
  CheckIn,
  CommentCount,
  CommentThread,
  CrisisBanner,
  GroupFinder,
  ModerationQueue,
  PeerSupportProvider,
  QuickExit,
  type CrisisContactDetail,
  type ModerationDecisionDetail,
  type PeerCheckInSavedEvent,
  type PeerCommentPostedEvent,
  type PeerQuickExitEvent,
  type RiskSource,
} from '../src/react.js';
import { agreeAndSave, choose, clearDevice, ready, root as checkInShadow } from './helpers/check-in.js';
import { THREAD, button, comment, form, names, shadow as threadShadow } from './helpers/comments.js';
import { WEDNESDAY_EVENING, finderShadow, resultNames, sampleGroups } from './helpers/finder.js';

const goals: Goal[] = [
  { id: 'meeting', label: 'Go to a meeting' },
  { id: 'walk', label: 'Take a walk' },
];
const seededComments: StoredComment[] = [
  comment('a', { name: 'Sam', body: 'My first group was scary, and then it was not.' }, 300),
  comment('b', { name: 'Lee', parentId: 'a', body: 'Same for me. Keep going back.' }, 200),
];

/** What the page's handlers received, in order. */
interface Heard {
  risks: RiskSource[];
  counts: number[];
  selected: string[];
  posted: PeerCommentPostedEvent[];
  contacts: CrisisContactDetail[];
  checkInContacts: CrisisContactDetail[];
  saved: PeerCheckInSavedEvent[];
}

let container: HTMLElement;
let reactRoot: Root;

/** A clinic page in React: the four widgets inside one provider, every handler recording what it heard. */
function page(
  heard: Heard,
  backend: PeerSupportBackend,
  source: GroupSource,
  onResults = (count: number) => heard.counts.push(count),
) {
  return React.createElement(
    PeerSupportProvider,
    { backend, region: 'US' },
    React.createElement(CrisisBanner, {
      variant: 'inline',
      onPeerCrisisContact: (event) => heard.contacts.push(event.detail),
    }),
    React.createElement(CommentThread, {
      thread: THREAD,
      onPeerCommentPosted: (event) => heard.posted.push(event),
    }),
    React.createElement(GroupFinder, {
      source,
      now: WEDNESDAY_EVENING,
      timeZone: 'America/Los_Angeles',
      noUrlState: true,
      onPeerResultsChange: (event) => onResults(event.detail.count),
      onPeerGroupSelect: (event) => heard.selected.push(event.detail.slug),
    }),
    React.createElement(CheckIn, {
      goals,
      onPeerRiskDetected: (event) => heard.risks.push(event.source),
      onPeerCheckInSaved: (event) => heard.saved.push(event),
      onPeerCrisisContact: (event) => heard.checkInContacts.push(event.detail),
    }),
  );
}

function find<K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] {
  const element = container.querySelector(tag);
  if (!element) throw new Error(`React never rendered <${tag}>`);
  return element;
}

/** Renders the page and waits until every widget shows what a visitor would see. */
async function renderPage() {
  const heard: Heard = {
    risks: [],
    counts: [],
    selected: [],
    posted: [],
    contacts: [],
    checkInContacts: [],
    saved: [],
  };
  const backend = createMemoryBackend({ comments: structuredClone(seededComments) });
  const source: GroupSource = { getGroups: async () => sampleGroups() };
  reactRoot.render(page(heard, backend, source));
  await waitUntil(() => container.querySelector('peer-check-in'), 'React never rendered the page', { timeout: 5000 });
  const banner = find('peer-crisis-banner');
  const thread = find('peer-comment-thread');
  const finder = find('peer-group-finder');
  const checkIn = await ready(find('peer-check-in'));
  await waitUntil(() => banner.shadowRoot!.querySelector('a[href="tel:988"]'), 'the crisis lines', { timeout: 5000 });
  await waitUntil(() => names(thread).length === 2, 'the comments', { timeout: 5000 });
  await waitUntil(() => threadShadow(thread).querySelector('peer-comment-form'), 'the comment form', { timeout: 5000 });
  await waitUntil(() => resultNames(finder).length === 6, 'the group results', { timeout: 5000 });
  return { heard, backend, source, banner, thread, finder, checkIn, provider: find('peer-support-provider') };
}

describe('React wrappers (peer-support-widgets/react)', () => {
  beforeEach(async () => {
    await clearDevice();
    container = document.createElement('div');
    document.body.append(container);
    reactRoot = createRoot(container);
  });

  afterEach(() => {
    reactRoot.unmount();
    container.remove();
  });

  it('renders crisis lines, comments, groups and the check-in, with objects passed as properties', async () => {
    const { backend, source, banner, thread, finder, checkIn, provider } = await renderPage();
    expect(provider.backend, 'backend').to.equal(backend);
    expect(finder.source, 'group source').to.equal(source);
    expect(checkIn.goals, 'goals').to.equal(goals);
    expect(finder.now, 'clock').to.equal(WEDNESDAY_EVENING);
    for (const element of [provider, finder, checkIn]) {
      expect(element.getAttributeNames(), `${element.localName} attributes`).not.to.include.members([
        'backend',
        'source',
        'goals',
      ]);
    }
    expect(banner.shadowRoot!.textContent).to.include('988');
    expect(names(thread)).to.deep.equal(['Sam', 'Lee']);
    expect(resultNames(finder)[0]).to.equal('Morning Coffee (happening now)');
    const legends = [...checkInShadow(checkIn).querySelectorAll('legend')].map((legend) => legend.textContent!.trim());
    expect(legends).to.include.members(['Do you feel safe right now?', 'Go to a meeting', 'Take a walk']);
  });

  it('calls onPeerResultsChange with the count and onPeerGroupSelect with the group a visitor opened', async () => {
    const { heard, finder } = await renderPage();
    expect(heard.counts.at(-1)).to.equal(6);
    const search = finderShadow(finder).querySelector<HTMLInputElement>('input[name="query"]')!;
    search.value = 'cafe';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await waitUntil(() => heard.counts.at(-1) === 1, `the new count (heard ${heard.counts.join(', ')})`);
    expect(resultNames(finder)).to.deep.equal(['Café Esperanza']);
    finderShadow(finder).querySelector<HTMLAnchorElement>('.result a')!.click();
    await waitUntil(() => heard.selected.length, 'onPeerGroupSelect was never called');
    expect(heard.selected).to.deep.equal(['cafe-esperanza']);
  });

  it('calls onPeerRiskDetected once when a person says they do not feel safe, and shows crisis help', async () => {
    const { heard, checkIn } = await renderPage();
    await choose(checkIn, 'safe', 0);
    expect(heard.risks).to.deep.equal(['not-safe']);
    const care = checkInShadow(checkIn).querySelector('.care');
    expect(care, 'crisis help').to.exist;
    expect(care!.textContent).to.contain('You do not have to go through this alone');
    await choose(checkIn, 'safe', 1);
    await choose(checkIn, 'safe', 0);
    expect(heard.risks, 'once per cause').to.deep.equal(['not-safe']);

    // A line followed from the help inside the check-in reaches the check-in's own prop (the page must stay).
    const line = () =>
      care!.querySelector('peer-crisis-banner')?.shadowRoot?.querySelector<HTMLAnchorElement>('a[href="tel:988"]');
    await waitUntil(line, 'the 988 line in the check-in', { timeout: 5000 });
    checkIn.addEventListener('click', (event) => event.preventDefault(), { once: true });
    line()!.click();
    expect(heard.checkInContacts).to.deep.equal([{ channel: 'call', resourceId: 'us-988', optionId: undefined }]);
    expect(heard.contacts, 'not the page banner').to.deep.equal([]);

    await agreeAndSave(checkIn);
    // The event says whether the server has it, so it comes once the send is over, after "Saved" shows.
    await waitUntil(() => heard.saved.length, 'onPeerCheckInSaved was never called', { timeout: 5000 });
    expect(heard.saved.map((event) => event.checkIn.answers)).to.deep.equal([{ safe: 0 }]);
  });

  it('calls onPeerCommentPosted with what the server took, and the comment appears', async () => {
    const { heard, thread } = await renderPage();
    const writing = form(thread);
    const text = writing.shadowRoot.querySelector('textarea')!;
    text.value = 'The Tuesday group helped me a lot.';
    text.dispatchEvent(new Event('input'));
    await writing.updateComplete;
    button(writing.shadowRoot, 'Post').click();
    await waitUntil(() => heard.posted.length, 'onPeerCommentPosted was never called', { timeout: 5000 });
    const [posted] = heard.posted;
    expect(posted.posted.comment.body).to.equal('The Tuesday group helped me a lot.');
    expect(posted.posted.held).to.be.false;
    expect(posted.care).to.be.false;
    await waitUntil(() => names(thread).length === 3, 'the new comment never showed');
  });

  it('calls onPeerCrisisContact with the line and channel a visitor followed', async () => {
    const { heard, banner } = await renderPage();
    // The test page must stay; a visitor's browser would open the dialler.
    banner.addEventListener('click', (event) => event.preventDefault());
    banner.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="tel:988"]')!.click();
    expect(heard.contacts).to.deep.equal([{ channel: 'call', resourceId: 'us-988', optionId: undefined }]);
  });

  it('calls the newest handler after React renders the page again with another one', async () => {
    const { heard, backend, source, finder } = await renderPage();
    const laterCounts: number[] = [];
    // flushSync: React has committed the new props when it returns.
    flushSync(() => reactRoot.render(page(heard, backend, source, (count) => laterCounts.push(count))));
    expect(container.querySelector('peer-group-finder'), 'the same element, updated').to.equal(finder);
    const countsBefore = heard.counts.length;
    const search = finderShadow(finder).querySelector<HTMLInputElement>('input[name="query"]')!;
    search.value = 'families';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await waitUntil(() => laterCounts.at(-1) === 1, `the new handler (heard ${laterCounts.join(', ')})`);
    expect(heard.counts, 'the old handler').to.have.length(countsBefore);
  });

  it('renders the quick exit, the comment count and the staff queue, and calls their event props', async () => {
    const visits: string[] = [];
    const exits: PeerQuickExitEvent['detail'][] = [];
    const decisions: ModerationDecisionDetail[] = [];
    const backend = createMemoryBackend({
      staffToken: 'riverside-staff-7f3a',
      comments: [
        ...structuredClone(seededComments),
        comment('held', { name: 'Jo', body: 'First time here.', status: 'held', heldReason: 'first-time' }),
      ],
    });
    reactRoot.render(
      React.createElement(
        PeerSupportProvider,
        { backend },
        React.createElement(QuickExit, {
          exitUrl: 'https://weather.example/',
          navigate: (url: string) => visits.push(url),
          onPeerQuickExit: (event) => exits.push(event.detail),
        }),
        React.createElement(CommentCount, { thread: THREAD }),
        React.createElement(ModerationQueue, {
          token: 'riverside-staff-7f3a',
          refreshSeconds: 0,
          onPeerModerationDecision: (event) => decisions.push(event.detail),
        }),
      ),
    );
    await waitUntil(() => container.querySelector('peer-moderation-queue'), 'React never rendered the page');

    const count = find('peer-comment-count');
    await waitUntil(() => count.shadowRoot!.textContent!.trim(), 'the count never arrived', { timeout: 5000 });
    expect(count.shadowRoot!.textContent!.trim()).to.equal('2 comments');

    const queue = find('peer-moderation-queue');
    const approve = () =>
      [...queue.shadowRoot!.querySelectorAll('button')].find((entry) => entry.textContent!.trim() === 'Approve');
    await waitUntil(approve, 'the held comment never showed to staff', { timeout: 5000 });
    expect(queue.shadowRoot!.textContent).to.include('First time here.');
    approve()!.click();
    await waitUntil(() => decisions.length, 'onPeerModerationDecision was never called', { timeout: 5000 });
    expect(decisions).to.deep.equal([{ id: 'held', decision: 'approved' }]);

    find('peer-quick-exit').shadowRoot!.querySelector('button')!.click();
    expect(exits).to.deep.equal([{ trigger: 'button', destination: 'https://weather.example/' }]);
    expect(visits, 'the navigate property was used, not the real address').to.deep.equal(['https://weather.example/']);
  });

  it('has a wrapper for every element, with an on… prop for every event its manifest lists', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: { declarations?: { tagName?: string; events?: { name: string }[] }[] }[];
    };
    // Parts an element defines for itself when a chunk of it loads; a page never writes them.
    const internalParts = ['peer-check-in-progress', 'peer-comment-form'];
    const elements = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((d) => d.tagName && !internalParts.includes(d.tagName));
    const wrappers: Record<string, React.ElementType> = {
      'peer-support-provider': PeerSupportProvider,
      'peer-crisis-banner': CrisisBanner,
      'peer-quick-exit': QuickExit,
      'peer-group-finder': GroupFinder,
      'peer-comment-thread': CommentThread,
      'peer-comment-count': CommentCount,
      'peer-check-in': CheckIn,
      'peer-moderation-queue': ModerationQueue,
    };
    expect(Object.keys(wrappers)).to.have.members(elements.map((element) => element.tagName!));
    const propName = (event: string) =>
      `on${event.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase())}`;
    for (const element of elements) {
      const tag = element.tagName!;
      const events = (element.events ?? []).map((event) => event.name);
      const heard: string[] = [];
      const props = Object.fromEntries(events.map((name) => [propName(name), () => heard.push(name)]));
      flushSync(() =>
        reactRoot.render(
          React.createElement(PeerSupportProvider, { backend: createMemoryBackend() }, [
            React.createElement(wrappers[tag], { key: tag, ...props }),
          ]),
        ),
      );
      const rendered = container.querySelector(tag)!;
      // The element's own event, as it fires it: the wrapper must pass it to the prop of its name. (The thread
      // listens to its own posted event too, so that one carries what a post carries.)
      for (const name of events) {
        const event =
          name === 'peer-comment-posted'
            ? new PeerCommentPostedEventClass(
                {
                  comment: comment('from-the-test'),
                  held: true,
                  editToken: 'edit',
                  editableUntil: new Date().toISOString(),
                },
                false,
              )
            : new Event(name, { bubbles: true, composed: true });
        rendered.dispatchEvent(event);
      }
      expect(heard, `${tag}: events that reached their on… prop`).to.deep.equal(events);
    }
  });
});
