import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { safeWebUrl } from '../src/api/channel-links.js';
import type { PeerCrisisBanner } from '../src/components/crisis-banner/crisis-banner.js';
import '../src/components/crisis-banner/define.js';
import '../src/core/provider/define.js';
import {
  PAYLOADS,
  SCRIPT_URLS,
  expectNoInjection,
  expectNothingRan,
  expectNothingRanInEach,
  expectSameText,
  itShowsTheChecksCanFail,
  watchEachTest,
  wellFormed,
} from './helpers/xss-payloads.js';

/**
 * A clinic's own crisis lines, from the `resources` attribute (JSON), the property and a backend, with every
 * text field hostile: names, descriptions, notes, text-message bodies, option labels, languages, sources.
 * Shown as text; links only by call, text and web chat (tel:, sms:, https:); and a hostile number or chat
 * address is never a link. A hostile region or quick-exit address leaves the shipped lines and a web exit.
 */

const CALL = '206-555-0100';
const SHORT_CODE = '741741';
const LINK = /^(tel:\+?\d+|sms:\+?\d+(\?&body=[^\s]*)?|https?:\/\/\S+)$/;

const banners = (el: PeerCrisisBanner) => [...el.shadowRoot!.querySelectorAll('.resources > li')];
const shadowText = (el: Element) => el.shadowRoot!.textContent!;

/** A clinic line whose every text field holds the payload, with one good call channel and one text channel. */
function hostileLine(text: string, index: number) {
  return {
    id: `r${index}`,
    name: text,
    description: text,
    region: text,
    channels: [
      { kind: 'call', value: CALL, note: text },
      { kind: 'text', value: SHORT_CODE, body: text },
    ],
    languages: [text],
    options: [{ id: text, label: text, channels: [{ kind: 'chat', value: 'https://example.org/chat' }] }],
    source: { url: text, verified: text },
  };
}

type Delivery = 'attribute' | 'property' | 'backend';

async function bannerWith(lines: unknown[], delivery: Delivery): Promise<PeerCrisisBanner> {
  const backend = { getCrisisResources: async () => structuredClone(lines) };
  const templates: Record<Delivery, TemplateResult> = {
    attribute: html`<peer-crisis-banner expanded resources=${JSON.stringify(lines)}></peer-crisis-banner>`,
    property: html`<peer-crisis-banner expanded .resources=${lines}></peer-crisis-banner>`,
    backend: html`<peer-support-provider .backend=${backend}
      ><peer-crisis-banner expanded></peer-crisis-banner
    ></peer-support-provider>`,
  };
  const root = await fixture<HTMLElement>(templates[delivery]);
  const el = (
    root.localName === 'peer-crisis-banner' ? root : root.querySelector('peer-crisis-banner')!
  ) as PeerCrisisBanner;
  await el.updateComplete;
  return el;
}

afterEach(() => sessionStorage.clear());

describe('<peer-crisis-banner> with hostile lines', function () {
  this.timeout(120_000);
  const page = watchEachTest();

  itShowsTheChecksCanFail(() => bannerWith([], 'property'));

  for (const delivery of ['attribute', 'property', 'backend'] as const) {
    it(`shows every text field of a clinic's lines from the ${delivery} as text`, async () => {
      const lines = PAYLOADS.map((item, index) => hostileLine(item.text, index));
      const el = await bannerWith(lines, delivery);
      const kept = PAYLOADS.filter((item) => item.text.trim());
      await waitUntil(() => banners(el).length >= kept.length, 'the clinic lines never showed', { timeout: 5000 });
      await expectNothingRan(el, `with lines from the ${delivery}`, { baseline: page.baseline });

      for (const item of kept) {
        const name = item.text.trim().slice(0, 120);
        const line = banners(el).find((entry) => entry.querySelector('h3')!.textContent === name);
        expect(!!line, `the line named ${item.label}`).to.equal(true);
        const what = `the line with ${item.label}`;
        expectSameText(
          line!.querySelector('.description')!.textContent,
          item.text.trim().slice(0, 300),
          `the description of ${what}`,
        );
        expectSameText(
          line!.querySelector('.note')!.textContent,
          item.text.trim().slice(0, 120),
          `the call note of ${what}`,
        );
        const body = item.text.trim().slice(0, 40);
        const text = [...line!.querySelectorAll('a')].find((link) => link.getAttribute('href')!.startsWith('sms:'))!;
        expectSameText(text.textContent!.trim(), `Text ${body} to ${SHORT_CODE}`.trim(), `the text link of ${what}`);
        expectSameText(
          text.getAttribute('href'),
          `sms:${SHORT_CODE}?&body=${encodeURIComponent(wellFormed(body))}`,
          `the text link's address of ${what}`,
        );
        expectSameText(line!.querySelector('.option-label')?.textContent ?? '', `${name}:`, `the option of ${what}`);
        for (const link of line!.querySelectorAll('a'))
          expect(LINK.test(link.getAttribute('href')!), `a link of ${what}: ${link.getAttribute('href')}`).to.equal(
            true,
          );
      }
      expect(page.watch.errors).to.deep.equal([]);
    });
  }

  it('still shows every line when a text body is cut at its 40-character limit in the middle of an emoji', async () => {
    // The 40th character is the first half of 😀: the cut leaves half an emoji, which no URL can carry as is.
    const body = `${'x'.repeat(39)}\u{1F600} more`;
    const line = { id: 'cut', name: 'Cut body line', channels: [{ kind: 'text', value: SHORT_CODE, body }] };
    const el = await bannerWith([line], 'attribute');
    await waitUntil(() => shadowText(el).includes('Cut body line'), 'the line with a cut body never showed');
    const text = [...el.shadowRoot!.querySelectorAll('a')].find((link) => link.textContent!.includes('xxx'))!;
    expect(text.getAttribute('href')).to.equal(`sms:${SHORT_CODE}?&body=${'x'.repeat(39)}%EF%BF%BD`);
    expect(el.shadowRoot!.querySelector('a[href="tel:988"]'), 'the shipped lines beside it').to.exist;
    expect(page.watch.errors).to.deep.equal([]);
  });

  it('links no hostile number or chat address, and drops a line left with none', async () => {
    const kinds = ['call', 'text', 'chat', 'video', 'relay'] as const;
    const lines = PAYLOADS.map((item, index) => ({
      id: `bad-${index}`,
      name: `Line ${index}`,
      channels: [...kinds.map((kind) => ({ kind, value: item.text })), { kind: 'call', value: CALL }],
      options: [{ id: 'o', label: `Option ${index}`, channels: kinds.map((kind) => ({ kind, value: item.text })) }],
    }));
    const el = await bannerWith(lines, 'attribute');
    await waitUntil(() => shadowText(el).includes(`Line ${PAYLOADS.length - 1}`), 'the lines never showed');
    await expectNothingRan(el, 'with hostile channel values', { baseline: page.baseline });
    for (const [index, item] of PAYLOADS.entries()) {
      const line = banners(el).find((entry) => entry.querySelector('h3')!.textContent === `Line ${index}`)!;
      const hrefs = [...line.querySelectorAll('a')].map((link) => link.getAttribute('href')!);
      expect(
        hrefs.filter((href) => !LINK.test(href)),
        `links of the line with ${item.label}`,
      ).to.deep.equal([]);
      const web = safeWebUrl(item.text.trim().slice(0, 200));
      const webLinks = hrefs.filter((href) => href.startsWith('http'));
      expect(
        webLinks.every((href) => href === web),
        `web links made from ${item.label}`,
      ).to.equal(true);
      if (item.scriptUrl) expect(webLinks, `web links made from ${item.label}`).to.deep.equal([]);
    }
    // Only hostile channels: nothing to offer, so the line is not shown at all.
    const hopeless = SCRIPT_URLS.map((item, index) => ({
      id: `none-${index}`,
      name: `Hopeless ${index}`,
      channels: [{ kind: 'chat', value: item.text }],
    }));
    const none = await bannerWith(hopeless, 'property');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(shadowText(none).includes('Hopeless'), 'a line with no usable channel').to.equal(false);
    expect(none.shadowRoot!.querySelector('a[href^="tel:"]'), 'the shipped lines').to.exist;
    await expectNothingRan(none, 'with lines that have no usable channel', { baseline: page.baseline });
  });

  it('keeps the shipped lines for a hostile region, and drops lines with hostile opening hours', async () => {
    const checked: Array<{ host: Element; when: string }> = [];
    for (const item of PAYLOADS.filter((candidate) => candidate.text.length <= 5000)) {
      const line = {
        id: 'timed',
        name: 'Timed line',
        channels: [{ kind: 'call', value: CALL }],
        hours: { timeZone: item.text, weekly: [{ days: [1], opens: item.text, closes: '17:00' }] },
      };
      const el = await fixture<PeerCrisisBanner>(
        html`<peer-crisis-banner expanded region=${item.text} .resources=${[line]}></peer-crisis-banner>`,
      );
      await el.updateComplete;
      expect(
        el.shadowRoot!.querySelectorAll('a[href^="tel:"]').length > 0,
        `call links with region ${item.label}`,
      ).to.equal(true);
      expect(shadowText(el).includes('Timed line'), `the line with hours ${item.label}`).to.equal(false);
      expectNoInjection(el, `with region ${item.label}`, { baseline: page.baseline });
      checked.push({ host: el, when: `with region ${item.label}` });
      el.remove();
    }
    await expectNothingRanInEach(checked, { baseline: page.baseline });
    expect(page.watch.errors).to.deep.equal([]);
  });

  it('leaves for a web page whatever the quick-exit address says', async () => {
    const checked: Array<{ host: Element; when: string }> = [];
    for (const item of PAYLOADS) {
      const went: string[] = [];
      const el = await fixture<PeerCrisisBanner>(
        html`<peer-crisis-banner
          quick-exit
          exit-url=${item.text}
          .navigate=${(url: string) => went.push(url)}
        ></peer-crisis-banner>`,
      );
      await waitUntil(
        () => el.shadowRoot!.querySelector('peer-quick-exit')?.shadowRoot?.querySelector('button'),
        'no exit',
      );
      el.shadowRoot!.querySelector('peer-quick-exit')!.shadowRoot!.querySelector('button')!.click();
      expect(went.length, `left once with ${item.label}`).to.equal(1);
      expect(/^https?:\/\//.test(went[0]!), `left for ${went[0]!.slice(0, 80)} with ${item.label}`).to.equal(true);
      if (item.scriptUrl) expect(new URL(went[0]!).protocol).to.match(/^https?:$/);
      el.shadowRoot!.querySelector('peer-quick-exit')!.shadowRoot!.querySelector('dialog')!.close();
      expectNoInjection(el, `with the exit address ${item.label}`, { baseline: page.baseline });
      checked.push({ host: el, when: `with the exit address ${item.label}` });
      el.remove();
    }
    await expectNothingRanInEach(checked, { baseline: page.baseline });
    expect(page.watch.errors).to.deep.equal([]);
  });
});
