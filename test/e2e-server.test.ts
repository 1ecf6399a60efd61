import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/crisis-banner/define.js';
import '../src/core/provider/define.js';
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
});
