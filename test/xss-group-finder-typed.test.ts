import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { GroupSource, Place } from '../src/api/types.js';
import type { PeerGroupFinder } from '../src/components/group-finder/group-finder.js';
import { SPOKANE, WEDNESDAY_EVENING, finderShadow, html, renderFinder, sampleGroups } from './helpers/finder.js';
import {
  PAYLOADS,
  SCRIPT_URLS,
  expectNoInjection,
  expectNothingRan,
  expectNothingRanInEach,
  watchEachTest,
  wellFormed,
} from './helpers/xss-payloads.js';

/**
 * What a visitor types into the group finder (the search box, a postal code or city), what a shared link
 * carries in the address, what a geocoder answers, and what the page configures (categories, a directions
 * template, feed addresses): shown as text or used as data, never as markup, and never turned into a script link.
 */

function source(geocode: (query: string) => Place[] = () => []) {
  const asked: string[] = [];
  const groups: GroupSource = {
    getGroups: async () => sampleGroups(),
    geocode: async (query: string) => {
      asked.push(query);
      return geocode(query);
    },
  };
  return { groups, asked };
}

async function finderWith(
  groups: GroupSource,
  options: { urlState?: boolean; directions?: string; categories?: string } = {},
) {
  return renderFinder(
    options.urlState
      ? html`<peer-group-finder
          time-zone="America/Los_Angeles"
          .now=${WEDNESDAY_EVENING}
          .source=${groups}
        ></peer-group-finder>`
      : html`<peer-group-finder
          no-url-state
          time-zone="America/Los_Angeles"
          directions=${options.directions ?? 'auto'}
          categories=${options.categories ?? ''}
          .now=${WEDNESDAY_EVENING}
          .source=${groups}
        ></peer-group-finder>`,
  );
}

const field = (finder: PeerGroupFinder, name: string) =>
  finderShadow(finder).querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
const placeMessage = (finder: PeerGroupFinder) =>
  finderShadow(finder).querySelector('.distance .hint')!.textContent!.trim();

function isWebAddress(text: string): boolean {
  try {
    return /^https?:$/.test(new URL(text, location.href).protocol);
  } catch {
    return false;
  }
}

const resetAddress = () => history.replaceState(null, '', location.pathname);

describe('<peer-group-finder> with hostile typed text, links and configuration', function () {
  this.timeout(180_000);
  beforeEach(resetAddress);
  afterEach(resetAddress);
  const page = watchEachTest();

  it('keeps typed search text as text, in the field and in the address, and every link a web link', async () => {
    const finder = await finderWith(source().groups, { urlState: true });
    for (const item of PAYLOADS) {
      const search = field(finder, 'query');
      search.value = item.text;
      search.dispatchEvent(new Event('input', { bubbles: true }));
      // The field's own reading of the text: a search field drops line breaks.
      const typed = search.value;
      await finder.updateComplete;
      expect(search.value === typed, `the search field kept ${item.label}`).to.equal(true);
      const inAddress = new URLSearchParams(location.search).get('peer-q') ?? '';
      expect(inAddress === wellFormed(typed.trim()), `the address holds ${item.label} as typed`).to.equal(true);
      expectNoInjection(finder, `while searching for ${item.label}`, { baseline: page.baseline });
    }
    await expectNothingRan(finder, 'after every search', { baseline: page.baseline });
    expect(page.watch.errors).to.deep.equal([]);
  });

  it('opens a shared link whose every parameter is hostile, showing the search and the place as typed', async () => {
    const names = ['q', 'place', 'day', 'time', 'type', 'category', 'attendance', 'access', 'language', 'radius'];
    const checked: Array<{ host: Element; when: string }> = [];
    for (const item of PAYLOADS) {
      const params = new URLSearchParams(names.map((name) => [`peer-${name}`, item.text]));
      history.replaceState(null, '', `${location.pathname}?${params}`);
      const { groups, asked } = source();
      const finder = await finderWith(groups, { urlState: true });
      const what = `a link with ${item.label}`;
      const text = wellFormed(item.text);
      const search = text.slice(0, 200).replace(/[\r\n]/g, '');
      expect(field(finder, 'query').value === search, `the search from ${what}`).to.equal(true);
      expect(
        field(finder, 'place').value === text.slice(0, 100).replace(/[\r\n]/g, ''),
        `the place from ${what}`,
      ).to.equal(true);
      const place = text.slice(0, 100).trim();
      expect(
        asked.length === (place ? 1 : 0) && (!place || asked[0] === place),
        `the place looked up from ${what}`,
      ).to.equal(true);
      expectNoInjection(finder, `after opening ${what}`, { baseline: page.baseline });
      checked.push({ host: finder, when: `after opening ${what}` });
      finder.remove();
    }
    await expectNothingRanInEach(checked, { baseline: page.baseline });
    expect(page.watch.errors).to.deep.equal([]);
  });

  it('opens a shared link to a hostile group as a group that is no longer listed', async () => {
    const checked: Array<{ host: Element; when: string }> = [];
    for (const item of PAYLOADS.filter((candidate) => candidate.text.length <= 200 && candidate.text)) {
      history.replaceState(null, '', `${location.pathname}?${new URLSearchParams({ 'peer-group': item.text })}`);
      const finder = await finderWith(source().groups, { urlState: true });
      await waitUntil(() => finderShadow(finder).querySelector('#details-heading'), `no details for ${item.label}`);
      expect(finderShadow(finder).querySelector('#details-heading')!.textContent).to.equal(
        'This group is no longer listed',
      );
      expectNoInjection(finder, `after opening a link to the group ${item.label}`, { baseline: page.baseline });
      checked.push({ host: finder, when: `after opening a link to the group ${item.label}` });
      finder.remove();
    }
    await expectNothingRanInEach(checked, { baseline: page.baseline });
    expect(page.watch.errors).to.deep.equal([]);
  });

  it('says a typed place it could not find, and the place a geocoder found, as text', async () => {
    const { groups, asked } = source();
    const finder = await finderWith(groups);
    for (const item of PAYLOADS.filter((candidate) => candidate.text.length <= 5000)) {
      const place = field(finder, 'place');
      place.value = item.text;
      const typed = place.value.trim();
      if (!typed) continue;
      place.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      await waitUntil(() => placeMessage(finder).startsWith('We could not find'), `no answer for ${item.label}`);
      expect(asked.at(-1) === typed, `the place asked for with ${item.label}`).to.equal(true);
      expect(placeMessage(finder).includes(`"${typed}"`), `the message repeats ${item.label}`).to.equal(true);
      expectNoInjection(finder, `after looking up ${item.label}`, { baseline: page.baseline });
    }

    for (const item of PAYLOADS) {
      const named = source(() => [{ label: item.text, latitude: SPOKANE.latitude, longitude: SPOKANE.longitude }]);
      const found = await finderWith(named.groups);
      const place = field(found, 'place');
      place.value = '99201';
      place.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      await waitUntil(() => placeMessage(found).startsWith('Distances are from'), `no place for ${item.label}`);
      await found.updateComplete;
      expect(
        placeMessage(found) === `Distances are from ${item.text}.`.trim(),
        `the place named ${item.label}`,
      ).to.equal(true);
      expectNoInjection(found, `with distances from a place named ${item.label}`, { baseline: page.baseline });
      found.remove();
    }
    await expectNothingRan(finder, 'after every place', { baseline: page.baseline });
    expect(page.watch.errors).to.deep.equal([]);
  });

  it('shows a clinic’s hostile category labels as text and drops hostile category ids', async () => {
    const labelled = PAYLOADS.filter((item) => item.text.trim() && item.text.trim().length <= 100);
    // Fifty categories is the most a finder takes; the labels are shown fifty at a time.
    for (let start = 0; start < labelled.length; start += 50) {
      const chunk = labelled.slice(start, start + 50);
      const categories = JSON.stringify([
        ...chunk.map((item, index) => ({ id: `c${index}`, label: item.text, types: ['O'] })),
      ]);
      const finder = await finderWith(source().groups, { categories });
      const labels = [...finderShadow(finder).querySelectorAll('input[name="categories"]')].map((box) =>
        box.closest('label')!.textContent!.trim(),
      );
      for (const [index, item] of chunk.entries())
        expect(labels[index] === item.text.trim(), `the category labelled ${item.label}`).to.equal(true);
      expectNoInjection(finder, 'with hostile category labels', { baseline: page.baseline });
      finder.remove();
    }
    const hostileIds = JSON.stringify(
      PAYLOADS.slice(0, 49)
        .map((item) => ({ id: item.text, label: 'Hostile', types: ['O'] }))
        .concat([{ id: 'plain', label: 'Plain', types: ['O'] }]),
    );
    const finder = await finderWith(source().groups, { categories: hostileIds });
    const values = [...finderShadow(finder).querySelectorAll<HTMLInputElement>('input[name="categories"]')].map(
      (box) => box.value,
    );
    expect(values).to.deep.equal(['plain']);
    await expectNothingRan(finder, 'with hostile category ids', { baseline: page.baseline });
  });

  it('never makes a directions link from a script URL template, and encodes a hostile address into a web one', async () => {
    const checked: Array<{ host: Element; when: string }> = [];
    for (const item of SCRIPT_URLS) {
      const finder = await finderWith(source().groups, { directions: `${item.text}?to={lat},{lon}&a={address}` });
      finderShadow(finder).querySelector<HTMLAnchorElement>('.result[data-slug="riverside"] .name a')!.click();
      await waitUntil(() => finderShadow(finder).querySelector('#details-heading'), 'the details view');
      const links = [...finderShadow(finder).querySelectorAll('.details a')].map((link) => link.textContent!.trim());
      expect(
        links.some((text) => text.startsWith('Directions')),
        `a directions link from ${item.label}`,
      ).to.equal(false);
      expectNoInjection(finder, `with directions from ${item.label}`, { baseline: page.baseline });
      checked.push({ host: finder, when: `with directions from ${item.label}` });
      finder.remove();
    }
    await expectNothingRanInEach(checked, { baseline: page.baseline });
    const groups = sampleGroups().map((group) => ({
      ...group,
      address: `1 Main St, ${PAYLOADS[0]!.text}${PAYLOADS[2]!.text}`,
      latitude: undefined,
      longitude: undefined,
    }));
    const finder = await finderWith(
      { getGroups: async () => groups },
      { directions: 'https://maps.example.org/?q={address}' },
    );
    finderShadow(finder).querySelector<HTMLAnchorElement>('.result[data-slug="riverside"] .name a')!.click();
    await waitUntil(() => finderShadow(finder).querySelector('#details-heading'), 'the details view');
    const directions = [...finderShadow(finder).querySelectorAll<HTMLAnchorElement>('.details a')].find((link) =>
      link.textContent!.trim().startsWith('Directions'),
    )!;
    const url = new URL(directions.href);
    expect(url.origin).to.equal('https://maps.example.org');
    expect(url.searchParams.get('q')).to.equal(groups[0]!.address);
    await expectNothingRan(finder, 'with directions to a hostile address', { baseline: page.baseline });
  });

  it('fetches no feed address that is not a web address, and says the list could not load', async () => {
    const fetched: string[] = [];
    const checked: Array<{ host: Element; when: string }> = [];
    const realFetch = window.fetch;
    window.fetch = async (input: RequestInfo | URL) => {
      fetched.push(String(input));
      return new Response('[]');
    };
    try {
      for (const item of SCRIPT_URLS) {
        const finder = await fixture<PeerGroupFinder>(
          html`<peer-group-finder no-url-state feed=${item.text}></peer-group-finder>`,
        );
        await waitUntil(
          () => finderShadow(finder).querySelector('[role="alert"], .results, .message:not([aria-busy])'),
          `the finder never settled with the feed ${item.label}`,
          { timeout: 5000 },
        );
        // Spaces and commas separate feed addresses ("java\tscript:…" is two), and an address with no scheme
        // ("jav&#x61;script:…") is a page of this site: both are fetched as what they are, web addresses.
        if (!/[\s,]/.test(item.text.trim()) && !isWebAddress(item.text)) {
          const alert = finderShadow(finder).querySelector('[role="alert"]');
          expect(alert?.textContent ?? '', `the problem shown for ${item.label}`).to.contain('could not be loaded');
        }
        expectNoInjection(finder, `with the feed ${item.label}`, { baseline: page.baseline });
        checked.push({ host: finder, when: `with the feed ${item.label}` });
        finder.remove();
      }
    } finally {
      window.fetch = realFetch;
    }
    await expectNothingRanInEach(checked, { baseline: page.baseline });
    const notWeb = fetched.filter((url) => !/^https?:\/\//.test(url));
    expect(notWeb, 'feed addresses fetched that are not web addresses').to.deep.equal([]);
    expect(
      fetched.every((url) => new URL(url).origin === location.origin),
      'only this site was asked',
    ).to.equal(true);
  });
});
