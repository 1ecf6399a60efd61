import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/components/crisis-banner/define.js';
import '../src/core/provider/define.js';
import { createMemoryBackend } from '../src/api/memory-backend.js';
import { MalformedResponseError, OfflineError } from '../src/api/errors.js';
import type { CrisisResource, PeerSupportBackend } from '../src/api/types.js';
import type { PeerCrisisBanner } from '../src/components/crisis-banner/crisis-banner.js';
import type { PeerSupportProvider } from '../src/core/provider/support-provider.js';
import { hrefs, links, settled, shadow, text } from './helpers/banner.js';

const clinicLine = (
  hours = { timeZone: 'America/Los_Angeles', weekly: [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00' }] },
) => ({
  id: 'riverside-warm-line',
  name: 'Riverside Clinic warm line',
  description: 'Talk with a peer supporter.',
  channels: [{ kind: 'call' as const, value: '206-555-0100' }],
  hours,
});

async function banner(template = html`<peer-crisis-banner></peer-crisis-banner>`) {
  const el = await fixture<PeerCrisisBanner>(template);
  await el.updateComplete;
  return el;
}

async function expandedBanner() {
  const el = await banner();
  el.expanded = true;
  await el.updateComplete;
  return el;
}

afterEach(() => sessionStorage.clear());

describe('<peer-crisis-banner>', () => {
  describe('accessibility', () => {
    it('is axe-clean as a collapsed bar, an expanded bar, an inline panel and when dismissed', async () => {
      await expect(await banner()).to.be.accessible();
      await expect(await expandedBanner()).to.be.accessible();
      await expect(
        await banner(html`<peer-crisis-banner variant="inline" dismissible quick-exit></peer-crisis-banner>`),
      ).to.be.accessible();
      const dismissed = await banner(html`<peer-crisis-banner dismissible></peer-crisis-banner>`);
      shadow(dismissed).querySelector<HTMLButtonElement>('.dismiss')!.click();
      await dismissed.updateComplete;
      await expect(dismissed).to.be.accessible();
    });

    it('is axe-clean in dark mode and with forced colours', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      await expect(await expandedBanner()).to.be.accessible();
      await emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
      await expect(await expandedBanner()).to.be.accessible();
      await emulateMedia({ forcedColors: 'none' });
    });

    it('is a labelled region', async () => {
      const region = shadow(await banner()).querySelector('section')!;
      expect(region.getAttribute('aria-label')).to.equal('Crisis help');
    });

    it('gives every link a name that says the whole action and starts with its visible words', async () => {
      const el = await expandedBanner();
      const call988 = links(el).find((a) => a.getAttribute('href') === 'tel:988')!;
      expect(call988.getAttribute('aria-label')).to.equal('Call 988, 988 Suicide & Crisis Lifeline');
      for (const link of links(el)) {
        expect(link.getAttribute('aria-label')!.startsWith(link.textContent!.trim()), link.textContent!).to.be.true;
      }
      const chat = links(el).find((a) => a.getAttribute('href') === 'https://988lifeline.org/chat/')!;
      expect(chat.getAttribute('aria-label')).to.equal(
        'Chat online, 988 Suicide & Crisis Lifeline, opens in a new tab',
      );
      expect(chat.getAttribute('rel')).to.equal('nofollow ugc noopener noreferrer');
    });

    it('makes every control at least 24 by 24 CSS pixels', async () => {
      const el = await banner(html`<peer-crisis-banner variant="inline" dismissible></peer-crisis-banner>`);
      for (const control of shadow(el).querySelectorAll('a, button')) {
        const box = control.getBoundingClientRect();
        expect(box.height, control.textContent!).to.be.at.least(24);
        expect(box.width, control.textContent!).to.be.at.least(24);
      }
    });

    it('fits a 320px-wide screen without scrolling sideways, and at 200% zoom (640px at 2x)', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await expandedBanner();
      expect(el.scrollWidth).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await setViewport({ width: 800, height: 600 });
    });
  });

  describe('the shipped lines', () => {
    it('shows call and text 988 in the collapsed bar, with every US channel behind "More ways to get help"', async () => {
      const el = await banner();
      const toggle = shadow(el).querySelector<HTMLButtonElement>('.toggle')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(shadow(el).querySelector<HTMLElement>('#panel')!.hidden).to.be.true;
      const visible = links(el).filter((a) => a.checkVisibility());
      expect(visible.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:988', 'sms:988']);
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(hrefs(el)).to.include.members([
        'https://988lifeline.org/chat/',
        'sms:988?&body=AYUDA',
        'sms:838255',
        'tel:711',
        'sms:741741?&body=HOME',
        'sms:741741?&body=AYUDA',
        'tel:911',
      ]);
      expect(text(el)).to.include('then press 2').and.include('then press 1').and.include('En español');
    });

    it('renders with no backend at all, and never asks the network', async () => {
      const requests: string[] = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => requests.push(e.name)));
      observer.observe({ type: 'resource', buffered: false });
      const el = await expandedBanner();
      await new Promise((resolve) => setTimeout(resolve, 50));
      observer.disconnect();
      expect(hrefs(el)).to.include('tel:988');
      expect(
        requests.filter((url) => !url.includes('/src/') && !url.includes('/node_modules/') && !url.includes('/__web')),
      ).to.deep.equal([]);
    });

    it('chooses lines by the provider region, then the page language region', async () => {
      const provided = await fixture<PeerSupportProvider>(
        html`<peer-support-provider region="GB"
          ><peer-crisis-banner variant="inline"></peer-crisis-banner
        ></peer-support-provider>`,
      );
      const gb = provided.querySelector('peer-crisis-banner')!;
      await gb.updateComplete;
      expect(hrefs(gb)).to.include.members(['tel:116123', 'sms:85258?&body=SHOUT', 'tel:999']);
      expect(hrefs(gb)).not.to.include('tel:988');

      document.documentElement.lang = 'en-AU';
      const au = await banner(html`<peer-crisis-banner variant="inline"></peer-crisis-banner>`);
      expect(hrefs(au)).to.include.members(['tel:131114', 'tel:000']);
      document.documentElement.lang = '';
    });

    it('lets the banner override the region', async () => {
      const el = await banner(html`<peer-crisis-banner variant="inline" region="NZ"></peer-crisis-banner>`);
      expect(hrefs(el)).to.include.members(['tel:1737', 'sms:1737', 'tel:111']);
    });

    it('never says "committed suicide"', async () => {
      for (const region of ['US', 'CA', 'GB', 'IE', 'AU', 'NZ']) {
        const el = await banner(html`<peer-crisis-banner variant="inline" region=${region}></peer-crisis-banner>`);
        expect(text(el).toLowerCase()).not.to.include('commit');
      }
    });
  });

  describe('events', () => {
    it('fires peer-crisis-contact with the channel and line, and nothing about the visitor', async () => {
      const el = await expandedBanner();
      el.addEventListener('click', (event) => event.preventDefault());
      const link = links(el).find((a) => a.getAttribute('href') === 'sms:838255')!;
      setTimeout(() => link.click());
      const event = await oneEvent(el, 'peer-crisis-contact');
      expect(event.detail).to.deep.equal({ channel: 'text', resourceId: 'us-988', optionId: 'veterans' });
      expect(event.bubbles && event.composed).to.be.true;
    });
  });

  describe('keyboard', () => {
    it('expands with Enter, reaches every link with Tab, and collapses again', async () => {
      const el = await banner();
      shadow(el).querySelector<HTMLButtonElement>('.toggle')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.expanded).to.be.true;
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.getAttribute('href')).to.equal('tel:988');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.expanded).to.be.false;
    });

    it('dismisses for this visit and keeps a "Get help now" control that brings it back, moving focus sensibly', async () => {
      const el = await banner(html`<peer-crisis-banner dismissible></peer-crisis-banner>`);
      shadow(el).querySelector<HTMLButtonElement>('.dismiss')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const reopen = shadow(el).querySelector<HTMLButtonElement>('[part="reopen"]')!;
      expect(reopen.textContent!.trim()).to.equal('Get help now');
      expect(shadow(el).activeElement).to.equal(reopen);
      expect(links(el)).to.have.length(0);

      // Still dismissed on the next page of this visit…
      const nextPage = await banner(html`<peer-crisis-banner dismissible></peer-crisis-banner>`);
      expect(shadow(nextPage).querySelector('[part="reopen"]')).to.exist;

      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.expanded).to.be.true;
      expect(shadow(el).activeElement?.getAttribute('href')).to.equal('tel:988');
      expect(sessionStorage.length).to.equal(0);
    });

    it('ignores a stored dismissal when the clinic does not allow dismissing', async () => {
      sessionStorage.setItem('peer-support:crisis-banner-dismissed', '1');
      const el = await banner();
      expect(hrefs(el)).to.include('tel:988');
    });
  });

  describe('clinic lines and opening hours', () => {
    it('adds a clinic line from a JSON attribute, and keeps the shipped lines when the JSON is broken', async () => {
      const el = await banner(
        html`<peer-crisis-banner
          variant="inline"
          resources=${JSON.stringify([clinicLine({ timeZone: 'UTC', weekly: [{ days: [0, 1, 2, 3, 4, 5, 6], opens: '00:00', closes: '24:00' }] })])}
        ></peer-crisis-banner>`,
      );
      await settled(el, () => hrefs(el).includes('tel:2065550100'));
      const broken = await banner(
        html`<peer-crisis-banner variant="inline" resources="[{not json"></peer-crisis-banner>`,
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(hrefs(broken)).to.include('tel:988');
    });

    it('puts an open clinic line first, with "Open now, until …"', async () => {
      const el = await banner(html`<peer-crisis-banner variant="inline"></peer-crisis-banner>`);
      el.resources = [clinicLine()];
      el.now = new Date('2026-07-15T17:00:00Z'); // Wednesday 10:00 in Los Angeles
      await settled(el, () => hrefs(el)[0] === 'tel:2065550100', 'clinic line first');
      expect(shadow(el).querySelector('.status')!.textContent).to.match(/Open now, until 5:00\sPM/u);
    });

    it('keeps the 24/7 lines first while the clinic line is closed, and says when it opens', async () => {
      const el = await banner(html`<peer-crisis-banner variant="inline"></peer-crisis-banner>`);
      el.resources = [clinicLine()];
      el.now = new Date('2026-07-18T17:00:00Z'); // Saturday
      await settled(el, () => hrefs(el).includes('tel:2065550100'));
      expect(hrefs(el)[0]).to.equal('tel:988');
      const names = [...shadow(el).querySelectorAll('h3')].map((h) => h.textContent);
      expect(names.indexOf('Riverside Clinic warm line')).to.be.greaterThan(names.indexOf('Crisis Text Line'));
      expect(names.at(-1)).to.equal('911');
      expect(shadow(el).querySelector('.status')!.textContent).to.match(/Closed now\. Opens Monday at 9:00\sAM/u);
    });

    it("survives a misspelt provider time zone: the panel still opens and hours use the visitor's zone", async () => {
      const provider = await fixture<PeerSupportProvider>(
        html`<peer-support-provider timezone="Pacific Time"
          ><peer-crisis-banner></peer-crisis-banner
        ></peer-support-provider>`,
      );
      const el = provider.querySelector('peer-crisis-banner')!;
      el.resources = [
        { ...clinicLine(), hours: { weekly: [{ days: [0, 1, 2, 3, 4, 5, 6], opens: '00:00', closes: '24:00' }] } },
      ];
      await settled(el, () => hrefs(el).includes('tel:2065550100'));
      shadow(el).querySelector<HTMLButtonElement>('.toggle')!.click();
      await el.updateComplete;
      expect(shadow(el).querySelector<HTMLElement>('#panel')!.hidden).to.be.false;
      expect(shadow(el).querySelector('.status')!.textContent).to.include('Open now');
    });

    it("keeps a clinic's own lines for a country we ship no lines for", async () => {
      const el = await banner(html`<peer-crisis-banner variant="inline" region="DE"></peer-crisis-banner>`);
      el.resources = [
        {
          id: 'de-line',
          name: 'Telefonseelsorge',
          region: 'DE',
          channels: [{ kind: 'call', value: '0800 111 0 111' }],
        },
      ];
      await settled(el, () => hrefs(el).includes('tel:08001110111'), 'the German line stays');
    });

    it('keeps call and text buttons in the bar when the first line offers only chat', async () => {
      const el = await banner();
      el.resources = [
        {
          id: 'chat-only',
          name: 'Clinic chat',
          channels: [{ kind: 'chat', value: 'https://example.org/chat' }],
          hours: clinicLine({
            timeZone: 'UTC',
            weekly: [{ days: [0, 1, 2, 3, 4, 5, 6], opens: '00:00', closes: '24:00' }],
          }).hours,
        },
      ];
      await settled(el, () => hrefs(el).includes('https://example.org/chat'));
      const visible = links(el).filter((a) => a.checkVisibility());
      expect(visible.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:988', 'sms:988']);
    });

    it('replaces a shipped line by id and drops hostile entries', async () => {
      const el = await banner(html`<peer-crisis-banner variant="inline"></peer-crisis-banner>`);
      el.resources = [
        { id: 'us-crisis-text-line', name: 'Our text line', channels: [{ kind: 'text', value: '55555' }] },
        {
          id: 'evil',
          name: '<img src=x onerror=alert(1)>',
          channels: [{ kind: 'chat', value: 'javascript:alert(1)' }],
        },
        { id: 'evil2', name: '<b>bold</b>', channels: [{ kind: 'call', value: '123"><script>alert(1)</script>' }] },
      ];
      await settled(el, () => hrefs(el).includes('sms:55555'));
      expect(hrefs(el)).not.to.include('sms:741741?&body=HOME');
      expect(hrefs(el).some((h) => h!.startsWith('javascript:'))).to.be.false;
      expect(shadow(el).querySelector('img, script, b')).to.equal(null);
      expect(text(el)).not.to.include('onerror');
      // A "number" carrying markup is not a number: the entry has no usable channel and is dropped.
      expect(text(el)).not.to.include('<b>bold</b>');
      expect(hrefs(el).every((href) => /^(tel:\+?\d+|sms:\d+(\?&body=[A-Z]+)?|https:\/\/)/.test(href!))).to.be.true;
    });
  });

  describe('backend', () => {
    async function withBackend(backend: PeerSupportBackend) {
      const provider = await fixture<PeerSupportProvider>(
        html`<peer-support-provider .backend=${backend}
          ><peer-crisis-banner variant="inline"></peer-crisis-banner
        ></peer-support-provider>`,
      );
      const el = provider.querySelector('peer-crisis-banner')!;
      await el.updateComplete;
      return el;
    }

    it("adds the backend's lines after the shipped ones have rendered", async () => {
      let answer!: (lines: CrisisResource[]) => void;
      const backend: PeerSupportBackend = { getCrisisResources: () => new Promise((resolve) => (answer = resolve)) };
      const el = await withBackend(backend);
      expect(hrefs(el)).to.include('tel:988');
      await waitUntil(() => answer, 'the backend was asked');
      answer([
        clinicLine({ timeZone: 'UTC', weekly: [{ days: [0, 1, 2, 3, 4, 5, 6], opens: '00:00', closes: '24:00' }] }),
      ]);
      await settled(el, () => hrefs(el).includes('tel:2065550100'));
    });

    it('asks the backend with the provider region and the locale', async () => {
      const asked: unknown[] = [];
      await fixture<PeerSupportProvider>(
        html`<peer-support-provider
          region="US-WA"
          .backend=${{ getCrisisResources: async (query: unknown) => (asked.push(query), []) }}
          ><peer-crisis-banner></peer-crisis-banner
        ></peer-support-provider>`,
      );
      await waitUntil(() => asked.length > 0, 'the backend was asked');
      expect(asked).to.deep.equal([{ region: 'US-WA', locale: 'en' }]);
    });

    it('asks for the region it chose from the page language when none is configured', async () => {
      const asked: unknown[] = [];
      document.documentElement.lang = 'en-GB';
      await fixture<PeerSupportProvider>(
        html`<peer-support-provider
          .backend=${{ getCrisisResources: async (query: unknown) => (asked.push(query), []) }}
          ><peer-crisis-banner></peer-crisis-banner
        ></peer-support-provider>`,
      );
      await waitUntil(() => asked.length > 0, 'the backend was asked');
      document.documentElement.lang = '';
      expect(asked).to.deep.equal([{ region: 'GB', locale: 'en' }]);
    });

    it('drops the last answer when the region changes, even if the new request fails', async () => {
      let calls = 0;
      const backend: PeerSupportBackend = {
        getCrisisResources: async () => {
          calls++;
          if (calls > 1) throw new OfflineError();
          return [
            clinicLine({ timeZone: 'UTC', weekly: [{ days: [0, 1, 2, 3, 4, 5, 6], opens: '00:00', closes: '24:00' }] }),
          ];
        },
      };
      const provider = await fixture<PeerSupportProvider>(
        html`<peer-support-provider region="US" .backend=${backend}
          ><peer-crisis-banner variant="inline"></peer-crisis-banner
        ></peer-support-provider>`,
      );
      const el = provider.querySelector('peer-crisis-banner')!;
      await settled(el, () => hrefs(el).includes('tel:2065550100'));
      provider.region = 'CA';
      await settled(el, () => !hrefs(el).includes('tel:2065550100') && calls === 2, 'the old line is gone');
      expect(hrefs(el)).to.include('tel:18006686868');
    });

    it('keeps the shipped lines when the backend is down, slow, malformed or throws', async () => {
      const backends: PeerSupportBackend[] = [
        createMemoryBackend({ failWith: new OfflineError() }),
        createMemoryBackend({ latencyMs: 60_000 }),
        createMemoryBackend({ failWith: new MalformedResponseError() }),
        { getCrisisResources: async () => 'garbage' as unknown as CrisisResource[] },
        { getCrisisResources: async () => [{ id: 42 }, null] as unknown as CrisisResource[] },
        {
          getCrisisResources: () => {
            throw new Error('boom');
          },
        },
      ];
      for (const backend of backends) {
        const el = await withBackend(backend);
        await new Promise((resolve) => setTimeout(resolve, 50));
        await el.updateComplete;
        expect(hrefs(el)).to.include.members(['tel:988', 'sms:988', 'sms:741741?&body=HOME', 'tel:911']);
        expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
      }
    });
  });

  describe('variants', () => {
    it('is sticky at the top by default and at the bottom when asked', async () => {
      const top = await banner();
      expect(getComputedStyle(top).position).to.equal('sticky');
      const bottom = await banner(html`<peer-crisis-banner position="bottom"></peer-crisis-banner>`);
      expect(getComputedStyle(bottom).position).to.equal('sticky');
      const stay = await banner(html`<peer-crisis-banner position="static"></peer-crisis-banner>`);
      expect(getComputedStyle(stay).position).to.equal('static');
    });

    it('renders a quick exit when asked', async () => {
      const el = await banner(
        html`<peer-crisis-banner quick-exit exit-url="https://example.org/"></peer-crisis-banner>`,
      );
      const exit = shadow(el).querySelector('peer-quick-exit')!;
      await waitUntil(() => exit.shadowRoot?.querySelector('button'), 'quick exit upgraded');
      expect(exit.exitUrl).to.equal('https://example.org/');
    });
  });

  describe('right to left', () => {
    it('lays out from the right and stays axe-clean', async () => {
      const wrapper = await fixture(
        html`<div dir="rtl"><peer-crisis-banner variant="inline"></peer-crisis-banner></div>`,
      );
      const el = wrapper.querySelector('peer-crisis-banner')!;
      await el.updateComplete;
      expect(getComputedStyle(shadow(el).querySelector('section')!).direction).to.equal('rtl');
      const channels = shadow(el).querySelector('.channels')!;
      const [first, second] = [...channels.querySelectorAll('a')].map((a) => a.getBoundingClientRect().left);
      expect(first).to.be.greaterThan(second);
      await expect(el).to.be.accessible();
    });
  });
});
