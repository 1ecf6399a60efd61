import { expect, waitUntil } from '@open-wc/testing';

// These pages load the built bundles (npm run build) exactly as a clinic would, with a plain script tag.

async function openPage(path: string) {
  const frame = document.createElement('iframe');
  frame.title = path;
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame;
}

const bannerLinks = (banner: Element) =>
  [...banner.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));

describe('CDN bundles with no build step', () => {
  before(async () => {
    const response = await fetch('/dist/cdn/peer-support.js', { method: 'HEAD' });
    if (!response.ok)
      throw new Error('dist/cdn is missing: run `npm run build` before the browser tests (npm test does).');
  });

  it('peer-support.js defines every element and the banner works', async () => {
    const frame = await openPage('/test/fixtures/cdn-page.html');
    const page = frame.contentWindow!;
    await waitUntil(
      () => page.customElements.get('peer-crisis-banner') && page.customElements.get('peer-support-provider'),
      'defined',
    );
    const [bar, inline] = [...page.document.querySelectorAll('peer-crisis-banner')];
    await waitUntil(() => bar.shadowRoot?.querySelector('a'), 'bar rendered');
    expect(bannerLinks(bar)).to.include('tel:988');
    expect(bannerLinks(inline)).to.include.members(['tel:988', 'sms:988', 'sms:741741?&body=HOME', 'tel:911']);
    await waitUntil(
      () => bar.shadowRoot!.querySelector('peer-quick-exit')?.shadowRoot?.querySelector('button'),
      'quick exit',
    );
    expect(page.customElements.get('peer-quick-exit')).to.exist;
    frame.remove();
  });

  it('crisis-banner.js works on its own, in Spanish from <html lang>', async () => {
    const frame = await openPage('/test/fixtures/cdn-banner-only.html');
    const page = frame.contentWindow!;
    await waitUntil(
      () => page.document.querySelector('peer-crisis-banner')?.shadowRoot?.textContent?.includes('Llamar al 988'),
      'Spanish banner',
      {
        timeout: 4000,
      },
    );
    const banner = page.document.querySelector('peer-crisis-banner')!;
    expect(bannerLinks(banner)).to.include.members(['tel:988', 'sms:988?&body=AYUDA']);
    await waitUntil(
      () => banner.shadowRoot!.querySelector('peer-quick-exit')?.shadowRoot?.querySelector('button'),
      'quick exit loads on demand',
    );
    frame.remove();
  });

  it('survives two copies of the library on one page, and providers from one copy reach widgets of the other', async () => {
    const frame = await openPage('/test/fixtures/cdn-two-copies.html');
    const page = frame.contentWindow as Window & { pageErrors: string[] };
    const banner = page.document.querySelector('peer-crisis-banner')!;
    await waitUntil(() => banner.shadowRoot?.querySelector('a'), 'rendered');
    // The provider (defined by the second copy) says Canada; the banner (first copy) must follow it.
    await waitUntil(
      () => banner.shadowRoot!.textContent!.includes('Kids Help Phone'),
      'Canadian lines from the provider',
    );
    expect(page.pageErrors).to.deep.equal([]);
    frame.remove();
  });
});
