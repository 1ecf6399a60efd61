import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PeerCrisisBanner } from '../src/components/crisis-banner/crisis-banner.js';
import type { PeerGroupFinder } from '../src/components/group-finder/group-finder.js';
import type { PeerCommentThread } from '../src/components/comment-thread/comment-thread.js';
import '../src/components/comment-count/define.js';
import '../src/components/comment-thread/define.js';
import '../src/components/crisis-banner/define.js';
import '../src/components/group-finder/define.js';
import '../src/core/provider/define.js';
import { finderShadow, resultNames, sampleGroups, WEDNESDAY_EVENING } from './helpers/finder.js';
import {
  FAULTS,
  FAULT_TITLES,
  HAPPENED,
  crisisLinks,
  visibleCrisisLinks,
  expectPlainWords,
  faultyBackend,
  until,
  watched,
  words,
  type Happened,
  type ServerRequest,
} from './helpers/faulty-backend.js';

/**
 * Backend failures as a visitor meets them, for the widgets that only read: the crisis banner, the group
 * finder and the comment count. Each runs against the real REST client and a server that fails on demand.
 */

const THREAD = 'articles/first-group';

/** A line the clinic's server adds (open around the clock), and one the page itself gives the banner. */
const SERVER_LINE = {
  id: 'riverside-warm-line',
  name: 'Riverside Clinic warm line',
  channels: [{ kind: 'call', value: '206-555-0100' }],
  hours: { timeZone: 'UTC', weekly: [{ days: [0, 1, 2, 3, 4, 5, 6], opens: '00:00', closes: '24:00' }] },
};
const PAGE_LINE = {
  id: 'riverside-after-hours',
  name: 'Riverside Clinic after-hours line',
  channels: [{ kind: 'call', value: '509-555-0199' }],
};
/** What ships for the United States: 988 by call and text, Crisis Text Line, 911. */
const SHIPPED_US = ['tel:988', 'sms:988', 'sms:741741?&body=HOME', 'tel:911'];

function clinicServer({ method, path }: ServerRequest) {
  if (method === 'GET' && path.endsWith('/v1/crisis-resources')) return { body: { resources: [SERVER_LINE] } };
  if (method === 'GET' && path.endsWith('/v1/groups')) return { body: { groups: sampleGroups() } };
  if (method === 'GET' && path.endsWith('/v1/threads/counts')) return { body: { counts: { [THREAD]: 3 } } };
  if (method === 'GET' && path.endsWith('/comments')) return { body: { comments: [], nextCursor: null } };
  return { status: 404, body: { error: { code: 'not_found', message: 'No such route.' } } };
}

const resetAddress = () => history.replaceState(null, '', location.pathname);

describe('backend faults: crisis banner, group finder, comment count', () => {
  beforeEach(resetAddress);
  afterEach(resetAddress);

  describe('<peer-crisis-banner>', () => {
    for (const fault of FAULTS) {
      it(`keeps the shipped lines and the page's own line when ${FAULT_TITLES[fault]}`, async () => {
        const { server, backend } = faultyBackend(clinicServer, fault);
        const { backend: seen, outcomes } = watched(backend);
        const provider = await fixture(
          html`<peer-support-provider region="US" .backend=${seen}
            ><peer-crisis-banner variant="inline" resources=${JSON.stringify([PAGE_LINE])}></peer-crisis-banner
          ></peer-support-provider>`,
        );
        const banner = provider.querySelector<PeerCrisisBanner>('peer-crisis-banner')!;
        // Shown before the backend has answered at all.
        expect(visibleCrisisLinks(banner.shadowRoot!)).to.include.members(SHIPPED_US);
        await until(() => outcomes.some((outcome) => outcome.method === 'getCrisisResources'), 'the backend to fail');
        await banner.updateComplete;

        expect(outcomes[0].error !== undefined, 'the request failed').to.equal(true);
        expect(server.sent('GET', /crisis-resources$/).length > 0, 'the banner asked the server').to.equal(true);
        expect(visibleCrisisLinks(banner.shadowRoot!)).to.include.members([...SHIPPED_US, 'tel:5095550199']);
        expect(crisisLinks(banner.shadowRoot!)).not.to.include('tel:2065550100');
        expect(!!banner.shadowRoot!.querySelector('[role="alert"]'), 'no error in the banner').to.equal(false);
      });
    }

    it('adds the server’s own line once the server answers', async () => {
      const { backend } = faultyBackend(clinicServer);
      const provider = await fixture(
        html`<peer-support-provider region="US" .backend=${backend}
          ><peer-crisis-banner variant="inline"></peer-crisis-banner
        ></peer-support-provider>`,
      );
      const banner = provider.querySelector<PeerCrisisBanner>('peer-crisis-banner')!;
      await until(() => visibleCrisisLinks(banner.shadowRoot!).includes('tel:2065550100'), 'the server’s line');
      expect(visibleCrisisLinks(banner.shadowRoot!)).to.include.members(SHIPPED_US);
    });
  });

  describe('<peer-group-finder> with the backend as its source', () => {
    const SAYS: Record<Happened, RegExp> = {
      offline: /offline/i,
      timeout: /too long/i,
      // The finder says the same for both: either way it is the server, not the visitor's connection.
      server: /server had a problem/i,
      unreadable: /server had a problem/i,
    };

    async function finderOn(backend: object): Promise<PeerGroupFinder> {
      const provider = await fixture(
        html`<peer-support-provider region="US" .backend=${backend}
          ><peer-crisis-banner></peer-crisis-banner
          ><peer-group-finder time-zone="America/Los_Angeles" .now=${WEDNESDAY_EVENING}></peer-group-finder
        ></peer-support-provider>`,
      );
      return provider.querySelector<PeerGroupFinder>('peer-group-finder')!;
    }

    for (const fault of FAULTS) {
      it(`says what happened, keeps the search usable, and loads on "Try again" when ${FAULT_TITLES[fault]}`, async () => {
        const { server, backend } = faultyBackend(clinicServer, fault);
        const finder = await finderOn(backend);
        const root = finderShadow(finder);
        await until(
          () => root.querySelector('[role="alert"]'),
          'an error',
          () => words(root),
        );

        const alert = root.querySelector('[role="alert"]')!;
        expectPlainWords(words(alert.querySelector('p')), 'the finder’s error');
        expect(words(alert)).to.match(SAYS[HAPPENED[fault]]);
        expect(!!root.querySelector('[aria-busy="true"]'), 'no spinner left behind').to.equal(false);
        const banner = finder.parentElement!.querySelector('peer-crisis-banner')!;
        expect(visibleCrisisLinks(banner.shadowRoot!), 'crisis help on the same page').to.include('tel:988');

        // The visitor searches while the list is down: the box takes the words and keeps them.
        const search = root.querySelector<HTMLInputElement>('input[name="query"]')!;
        expect(search.disabled, 'the search box is usable').to.equal(false);
        search.focus();
        await sendKeys({ type: 'riverside' });
        await finder.updateComplete;
        expect(root.querySelector<HTMLInputElement>('input[name="query"]')!.value).to.equal('riverside');

        server.fault = undefined;
        const retry = [...alert.querySelectorAll('button')].find((button) => words(button) === 'Try again');
        expect(!!retry, 'a "Try again" button').to.equal(true);
        retry!.click();
        await until(
          () => resultNames(finder).length > 0,
          'the list after "Try again"',
          () => words(root),
        );
        expect(resultNames(finder), 'the search typed during the fault applies').to.deep.equal([
          'Riverside Peer Circle',
        ]);
        expect(!!root.querySelector('[role="alert"]'), 'the error is gone').to.equal(false);
        expect(server.sent('GET', /\/v1\/groups$/).filter((request) => !request.fault)).to.have.length(1);
      });
    }
  });

  describe('<peer-comment-count>', () => {
    async function badgeOn(backend: object) {
      const page = await fixture(
        html`<peer-support-provider .backend=${backend}>
          <p>
            <a href="/articles/first-group">Your first group</a>
            <peer-comment-count thread=${THREAD}></peer-comment-count>
          </p>
        </peer-support-provider>`,
      );
      return page.querySelector('peer-comment-count')!;
    }

    for (const fault of FAULTS) {
      it(`shows no count, rather than a wrong one, when ${FAULT_TITLES[fault]}`, async () => {
        const { backend } = faultyBackend(clinicServer, fault);
        const { backend: seen, outcomes } = watched(backend);
        const badge = await badgeOn(seen);
        await until(() => outcomes.some((outcome) => outcome.method === 'countComments'), 'the count to fail');
        await badge.updateComplete;

        expect(outcomes[0].error !== undefined, 'the request failed').to.equal(true);
        expect(words(badge.shadowRoot), 'nothing claimed about the comments').to.equal('');
        expect(words(badge.parentElement), 'the article link stays').to.equal('Your first group');
      });
    }

    it('shows the count when the server answers', async () => {
      const { backend } = faultyBackend(clinicServer);
      const badge = await badgeOn(backend);
      await until(() => words(badge.shadowRoot), 'the count');
      expect(words(badge.shadowRoot)).to.equal('3 comments');
    });

    for (const odd of ['lots', -2, 1.5, null]) {
      it(`shows no count when the server gives ${JSON.stringify(odd)} as a thread’s count`, async () => {
        const OTHER = 'articles/other';
        const { server, backend } = faultyBackend(() => ({ body: { counts: { [THREAD]: odd, [OTHER]: 4 } } }));
        const page = await fixture(
          html`<peer-support-provider .backend=${backend}>
            <p>
              <a href="/articles/first-group">Your first group</a>
              <peer-comment-count thread=${THREAD}></peer-comment-count>
            </p>
            <p>
              <a href="/articles/other">Another article</a> <peer-comment-count thread=${OTHER}></peer-comment-count>
            </p>
          </peer-support-provider>`,
        );
        const [badge, other] = page.querySelectorAll('peer-comment-count');
        // The other thread's count, in the same answer, shows: the answer was read, and the odd value left out.
        await until(
          () => words(other.shadowRoot),
          'the other thread’s count',
          () => words(page),
        );
        expect(words(other.shadowRoot)).to.equal('4 comments');
        expect(server.sent('GET', /\/v1\/threads\/counts$/), 'both counts in one answer').to.have.length(1);
        await badge.updateComplete;
        expect(words(badge.shadowRoot), 'nothing claimed about the comments').to.equal('');
      });
    }
  });

  describe('a page with the banner, the finder, a comment thread and a count on one failing backend', () => {
    for (const fault of FAULTS) {
      it(`keeps crisis help in view and every widget usable when ${FAULT_TITLES[fault]}`, async () => {
        const { backend: seen, outcomes } = watched(faultyBackend(clinicServer, fault).backend);
        const page = await fixture(
          html`<peer-support-provider region="US" .backend=${seen}>
            <peer-crisis-banner position="static"></peer-crisis-banner>
            <h1>Your first group <peer-comment-count thread=${THREAD}></peer-comment-count></h1>
            <peer-group-finder time-zone="America/Los_Angeles" .now=${WEDNESDAY_EVENING}></peer-group-finder>
            <peer-comment-thread thread=${THREAD}></peer-comment-thread>
          </peer-support-provider>`,
        );
        const banner = page.querySelector<PeerCrisisBanner>('peer-crisis-banner')!;
        const finder = page.querySelector<PeerGroupFinder>('peer-group-finder')!;
        const thread = page.querySelector<PeerCommentThread>('peer-comment-thread')!;
        const badge = page.querySelector('peer-comment-count')!;
        const threadRoot = thread.shadowRoot!;
        await until(() => finderShadow(finder).querySelector('[role="alert"]'), 'the finder’s error');
        await until(() => threadRoot.querySelector('.error[role="alert"]'), 'the thread’s error');
        await until(() => threadRoot.querySelector('peer-comment-form'), 'the comment form');
        await until(() => outcomes.some((outcome) => outcome.method === 'countComments'), 'the count to fail');
        await badge.updateComplete;

        expect(visibleCrisisLinks(banner.shadowRoot!), 'crisis help in view').to.include('tel:988');
        expect(words(badge.shadowRoot), 'no count claimed').to.equal('');
        const finderSearch = finderShadow(finder).querySelector<HTMLInputElement>('input[name="query"]')!;
        expect(finderSearch.disabled, 'the search box is usable').to.equal(false);
        const formRoot = threadRoot.querySelector('peer-comment-form')!.shadowRoot!;
        await until(() => formRoot.querySelector('textarea'), 'the comment box');
        expect(formRoot.querySelector('textarea')!.disabled, 'the comment box is usable').to.equal(false);
        expect(!!finderShadow(finder).querySelector('[aria-busy="true"]'), 'the finder is not loading').to.equal(false);
        expect(threadRoot.querySelector('section')!.getAttribute('aria-busy'), 'the thread is not loading').to.equal(
          'false',
        );
      });
    }
  });
});
