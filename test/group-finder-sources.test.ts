import { expect, waitUntil } from '@open-wc/testing';
import { createMemoryBackend } from '../src/api/memory-backend.js';
import type { PeerGroup } from '../src/api/meeting-guide.js';
import type { PeerGroupFinder } from '../src/components/group-finder/group-finder.js';
import {
  WEDNESDAY_EVENING,
  detailsShown,
  finderShadow,
  finderText,
  html,
  renderFinder,
  resultNames,
} from './helpers/finder.js';

declare global {
  interface Window {
    hostileRan?: number;
  }
}

/** Every element and attribute the finder rendered, for checks that nothing hostile got through. */
function renderedMarkup(finder: PeerGroupFinder) {
  const root = finderShadow(finder);
  const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
  const attributes = [...root.querySelectorAll('*')].flatMap((el) => el.getAttributeNames());
  return { root, hrefs, attributes };
}

async function openEveryResult(finder: PeerGroupFinder, check: () => void) {
  for (const slug of finder.results.map((group) => group.slug)) {
    finderShadow(finder)
      .querySelector<HTMLAnchorElement>(`[data-slug="${CSS.escape(slug)}"] a`)!
      .click();
    await detailsShown(finder);
    check();
    finderShadow(finder).querySelector<HTMLButtonElement>('.back')!.click();
    await finder.updateComplete;
  }
}

describe('<peer-group-finder> sources and hostile data', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('reads a Meeting Guide feed served over HTTP, with no backend at all', async () => {
    const finder = await renderFinder(
      html`<peer-group-finder
        feed="/test/fixtures/meeting-guide-sample.json"
        time-zone="America/Los_Angeles"
        .now=${WEDNESDAY_EVENING}
      ></peer-group-finder>`,
    );
    await waitUntil(() => resultNames(finder).length > 3, 'the feed to load', { timeout: 5000 });
    // "11:00 AM" and "9:00 pm" read as 24-hour times; a meeting on two days listed twice; no usable day or
    // time, or no way to attend, left out.
    expect(resultNames(finder)).to.include('Tuesday Night Peer Circle');
    expect(resultNames(finder).filter((name) => name === 'Tuesday Night Peer Circle')).to.have.length(2);
    expect(resultNames(finder)).not.to.include('Meeting with no time');
    expect(resultNames(finder)).not.to.include('Late Night Online (suspicious link)');
    await expect(finder).to.be.accessible();
  });

  it('renders markup and javascript: links from a feed as inert text', async () => {
    window.hostileRan = 0;
    const finder = await renderFinder(
      html`<peer-group-finder
        feed="/test/fixtures/meeting-guide-sample.json"
        time-zone="America/Los_Angeles"
        .now=${WEDNESDAY_EVENING}
      ></peer-group-finder>`,
    );
    await waitUntil(() => finderText(finder).includes('Hillyard Women'), 'the feed to load', { timeout: 5000 });
    const check = () => {
      const { root, hrefs, attributes } = renderedMarkup(finder);
      expect(root.querySelector('img, script, iframe')).to.equal(null);
      expect(hrefs.filter((href) => !/^(https?:|tel:|\?|\/|#)/.test(href))).to.deep.equal([]);
      expect(attributes.filter((name) => name.startsWith('on'))).to.deep.equal([]);
    };
    check();
    expect(finderText(finder)).to.include('Hillyard Women <img src=x onerror=alert(1)>');
    await openEveryResult(finder, check);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.hostileRan).to.equal(0);
  });

  it("never trusts a backend's data: script-like text, unsafe links and huge strings stay inert", async () => {
    window.hostileRan = 0;
    const payload = `"><img src=x onerror="window.hostileRan=1"><script>window.hostileRan=2</script>`;
    const hostile: PeerGroup = {
      slug: 'hostile"><b>',
      name: payload + 'x'.repeat(100_000),
      day: 3,
      time: '19:00',
      endTime: '20:00',
      timeZone: 'America/Los_Angeles',
      attendance: 'hybrid',
      types: [payload, 'O'],
      location: payload,
      address: `12 ${payload} St`,
      latitude: 47.65,
      longitude: -117.42,
      regions: [payload],
      group: payload,
      notes: payload + '\u202e reversed' + 'y'.repeat(50_000),
      conferenceUrl: 'javascript:window.hostileRan=3',
      conferencePhone: 'javascript:window.hostileRan=4',
      conferenceNotes: payload,
      url: ' JaVaScRiPt:window.hostileRan=5',
    };
    const finder = await renderFinder(
      html`<peer-support-provider .backend=${createMemoryBackend({ groups: [hostile] })}
        ><peer-group-finder time-zone="America/Los_Angeles" .now=${WEDNESDAY_EVENING}></peer-group-finder
      ></peer-support-provider>`,
    );
    const check = () => {
      const { root, hrefs, attributes } = renderedMarkup(finder);
      expect(root.querySelector('img, script, b')).to.equal(null);
      expect(hrefs.filter((href) => /^\s*javascript:/i.test(href))).to.deep.equal([]);
      expect(attributes.filter((name) => name.startsWith('on'))).to.deep.equal([]);
    };
    check();
    await openEveryResult(finder, check);
    // The page stays usable: the long name wraps instead of pushing the layout sideways.
    expect(finder.scrollWidth).to.be.at.most(finder.getBoundingClientRect().width + 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.hostileRan).to.equal(0);
  });

  it('says so when nothing gives it a list', async () => {
    const finder = await renderFinder(html`<peer-group-finder></peer-group-finder>`);
    expect(finderText(finder)).to.include('This page has no list of groups configured yet.');
  });
});
