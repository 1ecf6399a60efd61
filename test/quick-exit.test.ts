import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/quick-exit/define.js';
import { DEFAULT_EXIT_URL } from '../src/components/quick-exit/exit-url.js';
import type { PeerQuickExit } from '../src/components/quick-exit/quick-exit.js';

interface Exit {
  el: PeerQuickExit;
  visits: string[];
}

async function quickExit(
  template = html`<peer-quick-exit exit-url="https://weather.example/"></peer-quick-exit>`,
): Promise<Exit> {
  const el = await fixture<PeerQuickExit>(template);
  const visits: string[] = [];
  el.navigate = (url) => visits.push(url);
  await el.updateComplete;
  return { el, visits };
}

const status = (el: PeerQuickExit) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const overlay = (el: PeerQuickExit) => el.shadowRoot!.querySelector('dialog')!;

async function shift(times = 1) {
  for (let i = 0; i < times; i++) await sendKeys({ press: 'Shift' });
}

describe('<peer-quick-exit>', () => {
  it('is axe-clean, and its button names the shortcut', async () => {
    const { el } = await quickExit();
    await expect(el).to.be.accessible();
    const button = el.shadowRoot!.querySelector('button')!;
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Exit this page, or press Shift 3 times');
  });

  it('hides the page at once and replaces it with the exit site when the button is pressed', async () => {
    const { el, visits } = await quickExit();
    setTimeout(() => el.shadowRoot!.querySelector('button')!.click());
    const event = await oneEvent(el, 'peer-quick-exit');
    expect(event.detail).to.deep.equal({ trigger: 'button', destination: 'https://weather.example/' });
    expect(overlay(el).open).to.be.true;
    expect(visits).to.deep.equal(['https://weather.example/']);
  });

  it('is reached and used with the keyboard alone', async () => {
    const wrapper = await fixture(html`<div><button>before</button><peer-quick-exit></peer-quick-exit></div>`);
    const el = wrapper.querySelector('peer-quick-exit')!;
    const visits: string[] = [];
    el.navigate = (url) => visits.push(url);
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('button'));
    await sendKeys({ press: 'Enter' });
    expect(visits).to.deep.equal([DEFAULT_EXIT_URL]);
  });

  it('keeps the page hidden if Escape is pressed while leaving', async () => {
    const { el } = await quickExit();
    el.exit();
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(overlay(el).open).to.be.true;
  });

  it('leaves with Shift pressed three times, announcing the presses left', async () => {
    const { el, visits } = await quickExit();
    await shift();
    await el.updateComplete;
    expect(status(el)).to.equal('Shift pressed. Press Shift 2 more times to exit this page.');
    await shift();
    await el.updateComplete;
    expect(status(el)).to.equal('Shift pressed. Press Shift 1 more time to exit this page.');
    expect(visits).to.deep.equal([]);
    await shift();
    expect(visits).to.deep.equal(['https://weather.example/']);
    expect(overlay(el).open).to.be.true;
  });

  it('starts counting again when another key is pressed between', async () => {
    const { el, visits } = await quickExit();
    await shift(2);
    await sendKeys({ press: 'a' });
    await el.updateComplete;
    expect(status(el)).to.equal('');
    await shift();
    expect(visits).to.deep.equal([]);
    await shift(2);
    expect(visits).to.have.length(1);
  });

  it('does not count Shift released after typing a capital letter', async () => {
    const { visits } = await quickExit();
    for (let i = 0; i < 3; i++) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'A' });
      await sendKeys({ up: 'Shift' });
    }
    expect(visits).to.deep.equal([]);
  });

  it('works while the visitor is typing in a form field of the page', async () => {
    const wrapper = await fixture(
      html`<div><input aria-label="Your comment" /><peer-quick-exit></peer-quick-exit></div>`,
    );
    const el = wrapper.querySelector('peer-quick-exit')!;
    const visits: string[] = [];
    el.navigate = (url) => visits.push(url);
    wrapper.querySelector('input')!.focus();
    await sendKeys({ type: 'hello' });
    await shift(3);
    expect(visits).to.deep.equal([DEFAULT_EXIT_URL]);
  });

  it('never goes to a javascript: or other non-web exit URL', async () => {
    const { el, visits } = await quickExit(html`<peer-quick-exit exit-url="javascript:alert(1)"></peer-quick-exit>`);
    el.exit();
    expect(visits).to.deep.equal([DEFAULT_EXIT_URL]);
  });

  it('answers the shortcut once when two quick exits are on the page, and not at all when turned off', async () => {
    const wrapper = await fixture(
      html`<div><peer-quick-exit></peer-quick-exit><peer-quick-exit></peer-quick-exit></div>`,
    );
    const visits: string[] = [];
    wrapper.querySelectorAll('peer-quick-exit').forEach((el) => (el.navigate = (url) => visits.push(url)));
    await shift(3);
    expect(visits).to.have.length(1);

    const { visits: none } = await quickExit(html`<peer-quick-exit no-shortcut></peer-quick-exit>`);
    await shift(3);
    expect(none).to.deep.equal([]);
  });

  it('gives the page back after a back/forward cache restore', async () => {
    const { el } = await quickExit();
    el.exit();
    await el.updateComplete;
    expect(overlay(el).open).to.be.true;
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await el.updateComplete;
    expect(overlay(el).open).to.be.false;
    await waitUntil(() => status(el) === '');
  });

  it('replaces the page for real, so it is not left in history as the current entry', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'quick exit page';
    frame.src = '/test/fixtures/quick-exit-page.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const page = frame.contentWindow!;
    await waitUntil(
      () => page.document.querySelector('peer-quick-exit')?.shadowRoot?.querySelector('button'),
      'exit button',
    );
    const exit = page.document.querySelector('peer-quick-exit')!.shadowRoot!.querySelector('button')!;
    const before = page.history.length;
    const left = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    exit.click();
    await left;
    expect(frame.contentDocument!.title).to.equal('Weather');
    expect(frame.contentWindow!.history.length).to.equal(before);
    frame.remove();
  });
});
