import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { OfflineError } from '../src/api/errors.js';
import { createMemoryBackend } from '../src/api/memory-backend.js';
import type { PeerGroupFinder } from '../src/components/group-finder/group-finder.js';
import {
  SPOKANE,
  WEDNESDAY_EVENING,
  detailsShown,
  finderShadow,
  finderText,
  html,
  renderFinder,
  resultNames,
  sampleGroups,
} from './helpers/finder.js';

const place = { label: 'Spokane, WA 99201', latitude: SPOKANE.latitude, longitude: SPOKANE.longitude };

function backend(extra: Parameters<typeof createMemoryBackend>[0] = {}) {
  return createMemoryBackend({ groups: sampleGroups(), places: [place], ...extra });
}

async function finderWith(options: { backend?: ReturnType<typeof backend>; attributes?: string } = {}) {
  const finder = await renderFinder(
    html`<peer-support-provider .backend=${options.backend ?? backend()}
      ><peer-group-finder time-zone="America/Los_Angeles" .now=${WEDNESDAY_EVENING}></peer-group-finder
    ></peer-support-provider>`,
  );
  return finder;
}

const input = (finder: PeerGroupFinder, selector: string) =>
  finderShadow(finder).querySelector<HTMLInputElement & HTMLSelectElement>(selector)!;

async function choose(finder: PeerGroupFinder, selector: string, value: string) {
  const field = input(finder, selector);
  field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await finder.updateComplete;
}

async function type(finder: PeerGroupFinder, text: string) {
  const field = input(finder, 'input[name="query"]');
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await finder.updateComplete;
}

const resetAddress = () => history.replaceState(null, '', location.pathname);

describe('<peer-group-finder>', () => {
  beforeEach(resetAddress);
  afterEach(resetAddress);

  it('lists groups soonest first from the backend, marks the one happening now, and counts them', async () => {
    const finder = await finderWith();
    expect(resultNames(finder)).to.deep.equal([
      'Morning Coffee (happening now)',
      'Riverside Peer Circle',
      'Café Esperanza',
      'Seattle Evening Circle',
      'Families Together Online',
      'Valley Group, no map',
    ]);
    expect(finderText(finder)).to.include('6 groups found. 1 happening now. 1 starting soon.');
    const first = finderShadow(finder).querySelector('.result')!;
    expect(first.textContent).to.include('Happening now');
    expect(first.querySelector('time')!.textContent).to.include('Today');
    expect(finder.results.map((group) => group.slug)[1]).to.equal('riverside');
    await expect(finder).to.be.accessible();
  });

  it('announces the count in a live region once typing pauses, and filters by keyword without accents', async () => {
    const finder = await finderWith();
    const changed = oneEvent(finder, 'peer-results-change');
    await type(finder, 'cafe');
    expect((await changed).detail.count).to.equal(1);
    expect(resultNames(finder)).to.deep.equal(['Café Esperanza']);
    const status = finderShadow(finder).querySelector('[role="status"]')!;
    await waitUntil(() => status.textContent!.includes('1 group found.'), 'the live region', { timeout: 2000 });
    await type(finder, 'ESPANOL');
    expect(resultNames(finder)).to.deep.equal(['Café Esperanza']);
    expect(new URLSearchParams(location.search).get('peer-q')).to.equal('ESPANOL');
  });

  it('filters by attendance: online includes hybrid, hybrid is hybrid only; Back undoes a choice', async () => {
    const finder = await finderWith();
    await choose(finder, 'select[name="attendance"]', 'online');
    expect(resultNames(finder)).to.deep.equal(['Café Esperanza', 'Families Together Online']);
    expect(location.search).to.include('peer-attendance=online');
    await choose(finder, 'select[name="attendance"]', 'hybrid');
    expect(resultNames(finder)).to.deep.equal(['Café Esperanza']);
    const popped = oneEvent(window, 'popstate');
    history.back();
    await popped;
    await finder.updateComplete;
    expect(resultNames(finder)).to.deep.equal(['Café Esperanza', 'Families Together Online']);
    expect(input(finder, 'select[name="attendance"]').value).to.equal('online');
  });

  it('opens a bookmarked search and the group it names', async () => {
    history.replaceState(null, '', '?peer-day=fri&peer-group=valley&keep=1');
    const finder = await finderWith();
    await detailsShown(finder);
    expect(finderShadow(finder).querySelector('#details-heading')!.textContent).to.equal('Valley Group, no map');
    finderShadow(finder).querySelector<HTMLButtonElement>('.back')!.click();
    await finder.updateComplete;
    expect(resultNames(finder)).to.deep.equal(['Valley Group, no map']);
    const params = new URLSearchParams(location.search);
    expect([params.get('peer-day'), params.get('keep'), params.has('peer-group')]).to.deep.equal(['fri', '1', false]);
    expect(finderShadow(finder).activeElement?.textContent).to.equal('Valley Group, no map');
  });

  it('shows details: directions, a join link with its domain, dial-in with codes; fires peer-group-select', async () => {
    const finder = await finderWith();
    const link = [...finderShadow(finder).querySelectorAll<HTMLAnchorElement>('.result a')].find((a) =>
      a.textContent!.includes('Café'),
    )!;
    expect(new URL(link.href).searchParams.get('peer-group')).to.equal('cafe-esperanza');
    setTimeout(() => link.click());
    const selected = await oneEvent(finder, 'peer-group-select');
    expect(selected.detail.slug).to.equal('cafe-esperanza');
    await detailsShown(finder);
    const details = finderShadow(finder).querySelector('.details')!;
    expect(finderShadow(finder).activeElement?.id).to.equal('details-heading');
    const hrefs = [...details.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('https://zoom.us/j/123456789');
    expect(details.textContent).to.include('Join on zoom.us');
    expect(hrefs.some((href) => href!.startsWith('tel:+15095550143,,123456'))).to.be.true;
    expect(hrefs.some((href) => /^https:\/\/(www\.openstreetmap\.org|maps\.apple\.com)\//.test(href!))).to.be.true;
    expect(details.textContent).to.include('Grupo en español.');
    await expect(finder).to.be.accessible();
  });

  it('measures distance from a typed place; a radius leaves out far groups and those with no known location', async () => {
    const finder = await finderWith();
    const field = input(finder, 'input[name="place"]');
    field.value = '99201';
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await waitUntil(() => finderText(finder).includes('Distances are from Spokane, WA 99201'), 'the place', {
      timeout: 2000,
    });
    await finder.updateComplete;
    expect(finderText(finder)).to.include('distance unknown');
    await choose(finder, 'select[name="radius"]', '25');
    expect(resultNames(finder)).to.deep.equal([
      'Morning Coffee (happening now)',
      'Riverside Peer Circle',
      'Café Esperanza',
    ]);
    expect(finderText(finder)).to.match(/0(\.0)? mi away/);
    expect(location.search).to.include('peer-place=99201');
  });

  it('explains why before the browser asks for the location, and uses it only when the visitor agrees', async () => {
    let asked = 0;
    const fake = {
      getCurrentPosition(success: PositionCallback) {
        asked++;
        success({ coords: { latitude: SPOKANE.latitude, longitude: SPOKANE.longitude } } as GeolocationPosition);
      },
    };
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation')!;
    Object.defineProperty(Navigator.prototype, 'geolocation', { configurable: true, get: () => fake });
    try {
      const finder = await finderWith();
      finderShadow(finder).querySelector<HTMLButtonElement>('#near-me')!.click();
      await finder.updateComplete;
      expect(asked).to.equal(0);
      expect(finderText(finder)).to.include('It is used only on this device');
      await expect(finder).to.be.accessible();
      [...finderShadow(finder).querySelectorAll('button')].find((b) => b.textContent!.includes('Share my'))!.click();
      await finder.updateComplete;
      expect(asked).to.equal(1);
      expect(finderText(finder)).to.include('Distances are from where you are now.');
      // Where the visitor is never goes into the address.
      expect(location.search).not.to.include('47.6');
    } finally {
      Object.defineProperty(Navigator.prototype, 'geolocation', original);
    }
  });

  it('shows a page of results at a time and moves focus to the first new one', async () => {
    const finder = await renderFinder(
      html`<peer-support-provider .backend=${backend()}
        ><peer-group-finder page-size="2" time-zone="America/Los_Angeles" .now=${WEDNESDAY_EVENING}></peer-group-finder
      ></peer-support-provider>`,
    );
    expect(resultNames(finder)).to.have.length(2);
    finderShadow(finder).querySelector<HTMLButtonElement>('.more-results')!.click();
    await finder.updateComplete;
    expect(resultNames(finder)).to.have.length(4);
    expect(finderShadow(finder).activeElement?.textContent).to.equal('Café Esperanza');
  });

  it('says plainly when the list cannot load, and loads it on "Try again"', async () => {
    let fail = true;
    const healthy = backend();
    const flaky = {
      ...healthy,
      getGroups: (options?: { signal?: AbortSignal }) =>
        fail ? Promise.reject(new OfflineError()) : healthy.getGroups!(options),
    };
    const finder = await renderFinder(
      html`<peer-support-provider .backend=${flaky}
        ><peer-group-finder time-zone="America/Los_Angeles" .now=${WEDNESDAY_EVENING}></peer-group-finder
      ></peer-support-provider>`,
    );
    expect(finderShadow(finder).querySelector('[role="alert"]')!.textContent).to.include('You seem to be offline');
    await expect(finder).to.be.accessible();
    fail = false;
    finderShadow(finder).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await waitUntil(() => resultNames(finder).length === 6, 'the list after retrying');
  });

  it('works from the keyboard alone: search, open a result, go back', async () => {
    const finder = await finderWith();
    input(finder, 'input[name="query"]').focus();
    await sendKeys({ type: 'riverside' });
    await finder.updateComplete;
    expect(resultNames(finder)).to.deep.equal(['Riverside Peer Circle']);
    finderShadow(finder).querySelector<HTMLAnchorElement>('.result a')!.focus();
    await sendKeys({ press: 'Enter' });
    await detailsShown(finder);
    expect(finderShadow(finder).activeElement?.id).to.equal('details-heading');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await finder.updateComplete;
    expect(finderShadow(finder).activeElement?.textContent).to.equal('Riverside Peer Circle');
  });

  it('fits a 320px-wide phone without sideways scrolling, every filter open and accessible', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const finder = await finderWith();
      finderShadow(finder).querySelector('details')!.open = true;
      await finder.updateComplete;
      expect(finder.scrollWidth).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      // Every filter open: still accessible.
      await expect(finder).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
