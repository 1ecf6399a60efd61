import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { normaliseMeetingGuide, type PeerGroup } from '../../src/api/meeting-guide.js';
import type { PeerGroupFinder } from '../../src/components/group-finder/group-finder.js';
import '../../src/components/group-finder/define.js';
import '../../src/core/provider/define.js';

/** Wednesday 25 November 2026, 18:00 in Spokane (UTC-8). */
export const WEDNESDAY_EVENING = new Date('2026-11-26T02:00:00Z');
export const SPOKANE = { latitude: 47.6588, longitude: -117.426 };

/** A small list in Meeting Guide form, read through the same normaliser real feeds go through. */
export function sampleGroups(): PeerGroup[] {
  return normaliseMeetingGuide(
    [
      {
        name: 'Riverside Peer Circle',
        slug: 'riverside',
        day: 3,
        time: '6:30 PM',
        end_time: '7:45 PM',
        types: ['O', 'D', 'MH', 'X'],
        location: 'Riverside Community Room',
        formatted_address: '120 N Wall St, Spokane, WA 99201, USA',
        latitude: '47.6588',
        longitude: '-117.4260',
        regions: ['Downtown'],
      },
      {
        name: 'Café Esperanza',
        slug: 'cafe-esperanza',
        day: 3,
        time: '19:00',
        types: ['S', 'SU'],
        formatted_address: '900 E Sprague Ave, Spokane, WA 99202, USA',
        latitude: '47.6566',
        longitude: '-117.3990',
        conference_url: 'https://zoom.us/j/123456789',
        conference_phone: '+1 509 555 0143,,123456#',
        notes: 'Grupo en español.',
      },
      {
        name: 'Families Together Online',
        slug: 'families-online',
        day: 4,
        time: '08:00',
        types: ['FAM'],
        conference_url: 'https://meet.example.org/families',
        formatted_address: 'Spokane, WA, USA',
      },
      {
        name: 'Morning Coffee (happening now)',
        slug: 'in-progress',
        day: 3,
        time: '17:55',
        end_time: '19:00',
        types: ['O'],
        formatted_address: '3324 S Perry St, Spokane, WA 99203, USA',
        latitude: '47.6261',
        longitude: '-117.3921',
      },
      {
        name: 'Valley Group, no map',
        slug: 'valley',
        day: 5,
        time: '12:00',
        types: ['C', 'BA'],
        formatted_address: '15 Valley Way, Spokane Valley, WA 99216',
      },
      {
        name: 'Seattle Evening Circle',
        slug: 'seattle',
        day: 3,
        time: '20:00',
        types: ['O'],
        formatted_address: '1 Pike St, Seattle, WA 98101, USA',
        latitude: '47.6097',
        longitude: '-122.3422',
      },
    ],
    'America/Los_Angeles',
  ).groups;
}

export const finderShadow = (finder: PeerGroupFinder) => finder.shadowRoot!;
export const resultNames = (finder: PeerGroupFinder) =>
  [...finderShadow(finder).querySelectorAll('.result .name')].map((name) => name.textContent!.trim());
export const finderText = (finder: PeerGroupFinder) => finderShadow(finder).textContent!.replace(/\s+/g, ' ');

/** Renders a finder inside a provider and waits until its list has loaded. */
export async function renderFinder(template: TemplateResult): Promise<PeerGroupFinder> {
  const root = await fixture<HTMLElement>(template);
  const finder = (
    root.localName === 'peer-group-finder' ? root : root.querySelector('peer-group-finder')!
  ) as PeerGroupFinder;
  await waitUntil(
    () => finderShadow(finder).querySelector('.results, .details, .message:not([aria-busy]), [role="alert"]'),
    'the finder to load',
    { timeout: 5000 },
  );
  await finder.updateComplete;
  return finder;
}

/** The details view is its own chunk: waits until it has rendered. */
export async function detailsShown(finder: PeerGroupFinder) {
  await waitUntil(() => finderShadow(finder).querySelector('#details-heading'), 'the details view', { timeout: 5000 });
  await finder.updateComplete;
}

export { html };
