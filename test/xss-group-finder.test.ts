import { expect, waitUntil } from '@open-wc/testing';
import { safeWebUrl } from '../src/api/channel-links.js';
import { createMeetingGuideSource } from '../src/api/meeting-guide-source.js';
import type { PeerGroup } from '../src/api/meeting-guide.js';
import type { GroupSource } from '../src/api/types.js';
import type { PeerGroupFinder } from '../src/components/group-finder/group-finder.js';
import { WEDNESDAY_EVENING, detailsShown, finderShadow, html, renderFinder } from './helpers/finder.js';
import {
  PAYLOADS,
  expectNoInjection,
  expectNothingRan,
  expectSameText,
  itShowsTheChecksCanFail,
  watchEachTest,
  type Payload,
} from './helpers/xss-payloads.js';

/**
 * Groups whose every text field is hostile, from a plain source (as a clinic's backend sends them) and from a
 * Meeting Guide feed read in the browser: shown as text in the list and in each group's details, nothing runs,
 * and every link the finder makes from a feed's address (directions, join online, more information) is a web,
 * phone or map link, never a script URL.
 */

const WEB = /^https?:\/\//;

/** A hybrid group with the payload in every text field; even ones have coordinates, odd ones only an address. */
function hostileGroup(item: Payload, index: number): PeerGroup {
  const text = item.text;
  return {
    slug: `g${index}`,
    name: text,
    day: 3,
    time: '19:00',
    endTime: '20:00',
    timeZone: 'America/Los_Angeles',
    attendance: 'hybrid',
    types: ['O', text],
    location: text,
    address: `${index + 1} Main St, ${text}`,
    ...(index % 2 ? {} : { latitude: 47.6588, longitude: -117.426 }),
    regions: [text, 'Downtown'],
    group: text,
    notes: text,
    conferenceUrl: text,
    conferencePhone: text,
    conferenceNotes: text,
    url: text,
    updated: text,
  };
}

async function finderWith(source: GroupSource) {
  return renderFinder(
    html`<peer-group-finder
      no-url-state
      page-size="1000"
      time-zone="America/Los_Angeles"
      .now=${WEDNESDAY_EVENING}
      .source=${source}
    ></peer-group-finder>`,
  );
}

function result(finder: PeerGroupFinder, slug: string): HTMLElement | undefined {
  return [...finderShadow(finder).querySelectorAll<HTMLElement>('.result')].find(
    (entry) => entry.getAttribute('data-slug') === slug,
  );
}

/** Opens a group's details the way a visitor does (a click on its name) and returns the details view. */
async function openDetails(finder: PeerGroupFinder, slug: string): Promise<HTMLElement> {
  result(finder, slug)!.querySelector<HTMLAnchorElement>('.name a')!.click();
  await detailsShown(finder);
  return finderShadow(finder).querySelector<HTMLElement>('.details')!;
}

async function backToList(finder: PeerGroupFinder) {
  finderShadow(finder).querySelector<HTMLButtonElement>('.back')!.click();
  await waitUntil(() => finderShadow(finder).querySelector('.results'), 'the list never came back');
  await finder.updateComplete;
}

/** The text of the details row headed `term`, or undefined when there is none. */
function row(details: HTMLElement, term: string): HTMLElement | undefined {
  const dt = [...details.querySelectorAll('dt')].find((candidate) => candidate.textContent!.trim() === term);
  return dt?.nextElementSibling as HTMLElement | undefined;
}

const linkNamed = (details: HTMLElement, words: RegExp) =>
  [...details.querySelectorAll('a')].find((link) => words.test(link.textContent!.trim()));

describe('<peer-group-finder> with hostile group data', function () {
  this.timeout(180_000);
  const page = watchEachTest();

  itShowsTheChecksCanFail(() =>
    finderWith({ getGroups: async () => [hostileGroup({ label: 'plain', text: 'Plain' }, 0)] }),
  );

  it('shows every text field of a source’s groups as text, and links only to web, phone and map addresses', async () => {
    const groups = PAYLOADS.map(hostileGroup);
    const finder = await finderWith({ getGroups: async () => structuredClone(groups) });
    expect(finderShadow(finder).querySelectorAll('.result').length).to.equal(groups.length);
    await expectNothingRan(finder, 'with every group listed', { baseline: page.baseline });

    for (const [index, item] of PAYLOADS.entries()) {
      const entry = result(finder, `g${index}`);
      expect(!!entry, `the result for ${item.label}`).to.equal(true);
      expectSameText(entry!.querySelector('.name a')!.textContent, item.text, `the listed name with ${item.label}`);
      expect(
        WEB.test(entry!.querySelector('.name a')!.getAttribute('href')!),
        `the group link (${item.label})`,
      ).to.equal(true);
      expectSameText(entry!.querySelector('.where')!.textContent, item.text, `the listed place with ${item.label}`);
    }

    for (const [index, item] of PAYLOADS.entries()) {
      const details = await openDetails(finder, `g${index}`);
      const what = `the details of ${item.label}`;
      expectSameText(details.querySelector('#details-heading')!.textContent, item.text, `the heading in ${what}`);
      expectSameText(details.querySelector('dd.notes')!.textContent, item.text, `the notes in ${what}`);
      const lines = [...row(details, 'Where')!.querySelectorAll('.line')].map((line) => line.textContent);
      expectSameText(lines[0], item.text, `the location in ${what}`);
      expectSameText(lines[1], `${index + 1} Main St, ${item.text}`, `the address in ${what}`);
      expectSameText(
        row(details, 'Group and area')!.textContent,
        `${item.text} · ${item.text} · Downtown`,
        `the area in ${what}`,
      );
      expect(row(details, 'Meeting type')!.textContent!.includes(item.text), `the types in ${what}`).to.equal(true);

      // Directions are built by code from coordinates or the address, never taken from the feed.
      const directions = linkNamed(details, /^Directions/);
      expect(
        directions?.getAttribute('href')?.startsWith('https://www.openstreetmap.org/'),
        `directions in ${what}`,
      ).to.equal(true);
      // A join or "more information" link exists only for a web address, and then goes to that address.
      const web = safeWebUrl(item.text);
      const join = linkNamed(details, /^Join on /);
      const more = row(details, 'More information')?.querySelector('a');
      expect(!!join, `a join link in ${what}`).to.equal(!!web && !!new URL(web).hostname);
      expect(!!more, `a "more information" link in ${what}`).to.equal(!!web && !!new URL(web).hostname);
      for (const link of [join, more]) {
        if (link) expect(new URL(link.href).href, `where the link goes in ${what}`).to.equal(web);
      }
      if (item.scriptUrl) expect(!!join || !!more, `a link made from ${item.label}`).to.equal(false);
      expectNoInjection(finder, `in ${what}`, { baseline: page.baseline });
      await backToList(finder);
    }
    await expectNothingRan(finder, 'after every group was opened', { baseline: page.baseline });
    expect(page.watch.errors).to.deep.equal([]);
  });

  it('opens and closes groups whose slugs are hostile', async () => {
    const slugs = PAYLOADS.filter((item) => item.text.length <= 200).map((item) => item.text);
    const groups = slugs.map((slug, index) => ({
      ...hostileGroup({ label: 'plain', text: `Group ${index}` }, index),
      slug,
    }));
    const finder = await finderWith({ getGroups: async () => structuredClone(groups) });
    for (const [index, slug] of slugs.entries()) {
      const details = await openDetails(finder, slug);
      expectSameText(
        details.querySelector('#details-heading')!.textContent,
        `Group ${index}`,
        `the group with slug ${slug}`,
      );
      expectNoInjection(finder, `with the group of slug ${JSON.stringify(slug.slice(0, 40))} open`, {
        baseline: page.baseline,
      });
      await backToList(finder);
      // Focus returns to the group's own link, whatever its slug holds (NUL and half an emoji included).
      const link = result(finder, slug)!.querySelector('.name a');
      await waitUntil(
        () => finderShadow(finder).activeElement === link,
        `focus did not return to ${slug.slice(0, 40)}`,
      );
    }
    await expectNothingRan(finder, 'after every group was opened', { baseline: page.baseline });
    expect(page.watch.errors).to.deep.equal([]);
  });

  it('gives directions to an address cut at its length limit in the middle of an emoji', async () => {
    // A feed's address is cut at 300 characters; here the cut leaves half an emoji, which no URL can carry as is.
    const address = `1 Main St, ${'x'.repeat(288)}\u{1F600} Spokane`;
    const source = createMeetingGuideSource({
      feeds: 'https://feeds.example.org/cut.json',
      timeZone: 'America/Los_Angeles',
      fetch: async () =>
        new Response(
          JSON.stringify([{ name: 'Cut address', slug: 'cut', day: 3, time: '19:00', formatted_address: address }]),
        ),
    });
    const finder = await finderWith(source);
    const details = await openDetails(finder, 'cut');
    const directions = linkNamed(details, /^Directions/);
    expect(directions?.getAttribute('href')).to.equal(
      `https://www.openstreetmap.org/search?query=${encodeURIComponent(address.slice(0, 299))}%EF%BF%BD`,
    );
    expect(page.watch.errors).to.deep.equal([]);
  });

  it('reads a Meeting Guide feed with hostile fields into text and web links only', async () => {
    const records = PAYLOADS.map((item, index) => ({
      name: `${item.text} `,
      slug: `f${index}`,
      day: 3,
      time: '7:00 PM',
      types: ['O', item.text],
      location: item.text,
      formatted_address: `${index + 1} Main St, ${item.text}`,
      latitude: index % 2 ? '' : '47.6588',
      longitude: index % 2 ? '' : '-117.426',
      region: item.text,
      sub_region: item.text,
      group: item.text,
      notes: item.text,
      conference_url: item.text,
      conference_phone: item.text,
      conference_url_notes: item.text,
      url: item.text,
      updated: item.text,
      timezone: item.text,
    }));
    const feedUrl = 'https://feeds.example.org/meetings.json';
    const source = createMeetingGuideSource({
      feeds: feedUrl,
      timeZone: 'America/Los_Angeles',
      fetch: async () => new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json' } }),
    });
    const finder = await finderWith(source);
    await expectNothingRan(finder, 'with the feed listed', { baseline: page.baseline });

    for (const [index, item] of PAYLOADS.entries()) {
      const name = item.text.trim().slice(0, 200);
      const entry = result(finder, `f${index}`);
      // A record whose name is only spaces and invisible characters is no meeting.
      if (!name) continue;
      expect(!!entry, `the feed's meeting with ${item.label}`).to.equal(true);
      expectSameText(entry!.querySelector('.name a')!.textContent, name, `the feed's name with ${item.label}`);
      const details = await openDetails(finder, `f${index}`);
      const what = `the details of the feed's ${item.label}`;
      expectSameText(
        details.querySelector('dd.notes')!.textContent,
        item.text.trim().slice(0, 4000),
        `the notes in ${what}`,
      );
      if (item.scriptUrl) {
        expect(!!linkNamed(details, /^Join on /), `a join link from ${item.label}`).to.equal(false);
        expect(!!row(details, 'More information'), `a "more information" link from ${item.label}`).to.equal(false);
      }
      for (const link of details.querySelectorAll('a')) {
        expect(
          /^(https?|tel):/.test(link.getAttribute('href')!),
          `a link in ${what}: ${link.getAttribute('href')}`,
        ).to.equal(true);
      }
      expectNoInjection(finder, `in ${what}`, { baseline: page.baseline });
      await backToList(finder);
    }
    await expectNothingRan(finder, 'after every meeting was opened', { baseline: page.baseline });
    expect(page.watch.errors).to.deep.equal([]);
  });
});
