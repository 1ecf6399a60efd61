import { waitUntil } from '@open-wc/testing';
import type { PeerCrisisBanner } from '../../src/components/crisis-banner/crisis-banner.js';

export const shadow = (el: Element) => el.shadowRoot!;

export const links = (el: Element) => [...shadow(el).querySelectorAll('a')];

export const hrefs = (el: Element) => links(el).map((a) => a.getAttribute('href'));

export const text = (el: Element) => shadow(el).textContent!.replace(/\s+/g, ' ');

/** Waits until the banner has rendered and anything it loads lazily has arrived. */
export async function settled(el: PeerCrisisBanner, predicate: () => boolean = () => true, message?: string) {
  await el.updateComplete;
  await waitUntil(predicate, message, { timeout: 4000 });
  await el.updateComplete;
}
