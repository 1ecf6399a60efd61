import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/crisis-banner/define.js';
import '../src/core/provider/define.js';
import '../src/components/group-finder/define.js';
import type { PeerGroupFinder } from '../src/components/group-finder/group-finder.js';
import type { PeerSupportProvider } from '../src/core/provider/support-provider.js';
import { hrefs, shadow } from './helpers/banner.js';

// Talks to the real reference server that scripts/run-browser-tests.mjs starts (npm test does).
describe('end to end: widgets and the reference server', () => {
  let serverUrl: string;
  before(async () => {
    ({ serverUrl } = await (await fetch('/__e2e.json')).json());
    if (!serverUrl)
      throw new Error('No reference server: run the browser tests with `npm run test:browser` (or `npm test`).');
  });

  it("the banner shows the clinic's own line from the running server, with the shipped lines", async () => {
    const provider = await fixture<PeerSupportProvider>(
      html`<peer-support-provider api=${serverUrl} region="US-WA"
        ><peer-crisis-banner variant="inline"></peer-crisis-banner
      ></peer-support-provider>`,
    );
    const banner = provider.querySelector('peer-crisis-banner')!;
    await waitUntil(() => hrefs(banner).includes('tel:5095550142'), 'the clinic line from the server', {
      timeout: 5000,
    });
    expect(shadow(banner).textContent).to.include('Spokane Peer Warm Line (sample)');
    expect(hrefs(banner)).to.include.members(['tel:988', 'sms:741741?&body=HOME', 'tel:911']);
    // Open around the clock, so it ranks first.
    expect(hrefs(banner)[0]).to.equal('tel:5095550142');
    expect(shadow(banner).querySelector('.status')!.textContent).to.include('Open now');
  });

  it('keeps the shipped lines when the configured server is down', async () => {
    const provider = await fixture<PeerSupportProvider>(
      html`<peer-support-provider api="http://127.0.0.1:9"
        ><peer-crisis-banner variant="inline"></peer-crisis-banner
      ></peer-support-provider>`,
    );
    const banner = provider.querySelector('peer-crisis-banner')!;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(hrefs(banner)).to.include.members(['tel:988', 'tel:911']);
    expect(hrefs(banner)).not.to.include('tel:5095550142');
  });

  it("the group finder lists the server's groups, finds a ZIP code through its geocoder, and opens a group", async () => {
    history.replaceState(null, '', location.pathname);
    const provider = await fixture<PeerSupportProvider>(
      html`<peer-support-provider api=${serverUrl} region="US-WA"
        ><peer-group-finder no-url-state></peer-group-finder
      ></peer-support-provider>`,
    );
    const finder = provider.querySelector<PeerGroupFinder>('peer-group-finder')!;
    const root = finder.shadowRoot!;
    await waitUntil(() => root.querySelectorAll('.result').length > 0, 'groups from the server', { timeout: 5000 });
    expect(finder.results.length).to.be.greaterThan(20);
    expect(finder.results.every((group) => /sample/.test(group.name))).to.be.true;
    const place = root.querySelector<HTMLInputElement>('input[name="place"]')!;
    place.value = '99201';
    place.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await waitUntil(() => root.textContent!.includes('Distances are from Spokane, WA 99201'), 'the ZIP code', {
      timeout: 5000,
    });
    const radius = root.querySelector<HTMLSelectElement>('select[name="radius"]')!;
    radius.value = '5';
    radius.dispatchEvent(new Event('change'));
    await finder.updateComplete;
    expect(root.textContent).to.match(/\d(\.\d)? mi away/);
    root.querySelector<HTMLAnchorElement>('.result a')!.click();
    await waitUntil(() => root.querySelector('#details-heading'), 'the details view', { timeout: 5000 });
    expect(root.querySelector('#details-heading')!.textContent).to.equal(finder.results[0].name);
  });
});
