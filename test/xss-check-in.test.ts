import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CheckIn } from '../src/api/check-in-types.js';
import type { PeerCheckIn } from '../src/components/check-in/check-in.js';
import type { PeerRiskDetectedEvent } from '../src/components/check-in/events.js';
import {
  button,
  choose,
  clearDevice,
  html,
  memoryBackend,
  recordingBackend,
  renderCheckIn,
  root,
  saveAndSend,
  serverCheckIns,
  typeNote,
  withHistory,
} from './helpers/check-in.js';
import {
  PAYLOADS,
  RUN,
  composedText,
  expectNoInjection,
  expectNothingRan,
  itShowsTheChecksCanFail,
  payloadsUpTo,
  watchEachTest,
} from './helpers/xss-payloads.js';

/**
 * The check-in with hostile text where it can come from: the note and own goals a person types, the clinic's
 * `goals`, `consent`, `heading` and other attributes, a `?participant=` link, and the history a backend sends
 * (notes, dates and answers of any type). Nothing runs or is added, typed words are kept and sent as typed,
 * and crisis words next to markup still bring crisis help at once.
 */

const MAX_NOTE = 2000;
const MAX_GOAL = 80;

interface Options {
  goals?: string;
  consent?: string;
  heading?: string;
  items?: string;
  scales?: string;
  token?: string;
}

function open(backend: object, options: Options = {}) {
  return renderCheckIn(
    backend,
    html`<peer-support-provider .backend=${backend}
      ><peer-check-in
        goals=${ifDefined(options.goals)}
        consent=${ifDefined(options.consent)}
        heading=${ifDefined(options.heading)}
        items=${ifDefined(options.items)}
        scales=${ifDefined(options.scales)}
        participant-token=${ifDefined(options.token)}
      ></peer-check-in
    ></peer-support-provider>`,
  );
}

const legends = (checkIn: PeerCheckIn) =>
  [...root(checkIn).querySelectorAll('legend')].map((legend) => legend.textContent);

describe('<peer-check-in> with hostile text', function () {
  this.timeout(180_000);
  beforeEach(clearDevice);
  afterEach(() => history.replaceState(null, '', location.pathname));
  const page = watchEachTest();

  itShowsTheChecksCanFail(() => open(memoryBackend()));

  it('keeps a typed note as typed, sends it as typed, and shows none of it as markup', async () => {
    const { backend, inner } = recordingBackend();
    const checkIn = await open(backend);
    const notes = payloadsUpTo(MAX_NOTE).filter((item) => item.text.trim());
    for (const item of notes) {
      await choose(checkIn, 'mood', 3);
      await typeNote(checkIn, item.text);
      const field = root(checkIn).querySelector<HTMLTextAreaElement>('#note')!;
      // The field's own reading of the text: a text area turns "\r\n" into "\n".
      const typed = field.value;
      expect(root(checkIn).querySelector('#note-count')!.textContent).to.equal(
        `${typed.length} of ${MAX_NOTE} characters`,
      );
      expectNoInjection(checkIn, `with the note ${item.label}`, { baseline: page.baseline });
      await saveAndSend(checkIn);
      const [sent] = await serverCheckIns(inner, checkIn.participant!.token);
      expect(sent!.note === typed.trim(), `the note sent for ${item.label}`).to.equal(true);
      expect(sent!.risk, `a risk read into ${item.label}`).to.equal(false);
      expectNoInjection(checkIn, `after saving the note ${item.label}`, { baseline: page.baseline });
      button(checkIn, 'Start another check-in').click();
      await checkIn.updateComplete;
    }
    await expectNothingRan(checkIn, 'after every note', { baseline: page.baseline });
    expect(page.watch.errors).to.deep.equal([]);
  });

  it('shows goals a person types as text, typed key by key and pasted', async () => {
    const checkIn = await withHistory(await open(memoryBackend()));
    await waitUntil(() => root(checkIn).querySelector('#new-goal'), 'no field for a goal of one’s own');
    const goals = payloadsUpTo(MAX_GOAL).filter((item) => item.text.trim());
    for (const [index, item] of goals.entries()) {
      const field = root(checkIn).querySelector<HTMLInputElement>('#new-goal')!;
      // Real keystrokes for the first few (printable) payloads; the rest as a paste would put them in.
      if (index < 6 && /^[\x20-\x7e]+$/.test(item.text)) {
        field.focus();
        await sendKeys({ type: item.text });
      } else field.value = item.text;
      const typed = field.value.trim();
      field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      await waitUntil(() => legends(checkIn).includes(typed), `the goal ${item.label} never appeared`);
      const remove = button(checkIn, new RegExp(`^\\s*Remove the goal`));
      expect(
        remove.textContent!.trim() === `Remove the goal “${typed}”`,
        `the remove button for ${item.label}`,
      ).to.equal(true);
      expectNoInjection(checkIn, `with the goal ${item.label}`, { baseline: page.baseline });
      remove.click();
      await waitUntil(() => !legends(checkIn).includes(typed), `the goal ${item.label} was never removed`);
    }
    await expectNothingRan(checkIn, 'after every goal', { baseline: page.baseline });
    expect(page.watch.errors).to.deep.equal([]);
  });

  it('shows a clinic’s goal labels, consent words and heading as text, and ignores hostile ids and names', async () => {
    for (const item of PAYLOADS.filter((candidate) => candidate.text.trim())) {
      const goals = JSON.stringify([
        { id: 'clinic-goal', label: item.text },
        { id: item.text, label: 'A goal with a hostile id' },
      ]);
      const checkIn = await open(memoryBackend(), {
        goals,
        consent: item.text,
        heading: item.text,
        items: item.text,
        scales: item.text,
        token: item.text,
      });
      const what = `the clinic's ${item.label}`;
      const legend = root(checkIn).querySelector('#q-goal-clinic-goal legend')?.textContent;
      expect(legend === item.text, `the goal labelled ${what}`).to.equal(true);
      expect(legends(checkIn).includes('A goal with a hostile id'), `a goal with ${what} as its id`).to.equal(false);
      expect(
        root(checkIn).querySelector('#consent-words')!.textContent!.includes(item.text),
        `consent words: ${what}`,
      ).to.equal(true);
      expect(root(checkIn).querySelector('#heading')!.textContent === item.text, `the heading: ${what}`).to.equal(true);
      expect(root(checkIn).querySelectorAll('fieldset.question').length, `questions with items=${what}`).to.equal(7);
      expect(checkIn.participant!.source, `whose check-ins with a token of ${what}`).to.equal('device');
      expectNoInjection(checkIn, `with ${what}`, { baseline: page.baseline });
      checkIn.closest('peer-support-provider')!.remove();
    }
    expect(page.watch.errors).to.deep.equal([]);
  });

  it('takes a hostile ?participant= out of the address and ignores it', async () => {
    for (const item of PAYLOADS.filter((candidate) => candidate.text.length <= 5000)) {
      history.replaceState(
        null,
        '',
        `${location.pathname}?${new URLSearchParams({ participant: item.text, keep: 'me' })}`,
      );
      const checkIn = await open(memoryBackend());
      expect(new URLSearchParams(location.search).has('participant'), `left in the address: ${item.label}`).to.equal(
        false,
      );
      expect(new URLSearchParams(location.search).get('keep')).to.equal('me');
      expect(checkIn.participant!.source, `whose check-ins with ?participant=${item.label}`).to.equal('device');
      expectNoInjection(checkIn, `with ?participant=${item.label}`, { baseline: page.baseline });
      checkIn.closest('peer-support-provider')!.remove();
    }
    expect(page.watch.errors).to.deep.equal([]);
  });

  it('draws a history with hostile notes, dates and answers of any type, showing only numbers', async () => {
    const day = 86_400_000;
    const odd: unknown[] = [`<img src=x onerror=${RUN}>`, '3', NaN, Infinity, -1e308, null, {}, [4], true, 1e21, -0];
    const checkIns = PAYLOADS.map((item, index) => ({
      id: item.text || `empty-${index}`,
      recordedAt: index % 4 === 0 ? item.text : new Date(Date.now() - (index % 60) * day).toISOString(),
      answers: {
        mood: index % 2 ? odd[index % odd.length] : (index % 5) + 1,
        cravings: odd[(index + 3) % odd.length],
        [item.text]: 2,
        'phq9-1': odd[(index + 5) % odd.length],
        'who5-1': index % 6,
      },
      note: item.text,
      risk: index % 7 === 0 ? item.text : false,
    })) as unknown as CheckIn[];
    const backend = {
      ...memoryBackend(),
      async listCheckIns() {
        return { checkIns: structuredClone(checkIns), nextCursor: null };
      },
    };
    const checkIn = await withHistory(await open(backend));
    const progress = () => root(checkIn).querySelector('peer-check-in-progress')!;
    // Not its "will appear here" while the history is on its way: the drawn history has the table switch.
    await waitUntil(() => progress()?.shadowRoot?.querySelector('button.toggle'), 'the progress view never drew', {
      timeout: 5000,
    });
    await expectNothingRan(checkIn, 'with the history drawn', { baseline: page.baseline });
    const shown = composedText(checkIn);
    expect(
      PAYLOADS.filter((item) => item.text.length > 12 && shown.includes(item.text)).map((item) => item.label),
      'notes and ids shown',
    ).to.deep.equal([]);

    progress().shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!.click();
    await progress().updateComplete;
    const cells = [...progress().shadowRoot!.querySelectorAll('td.number')].map((cell) => cell.textContent!.trim());
    expect(cells.length > 0, 'the table has values').to.equal(true);
    expect(
      cells.filter((text) => !/^(-?\d{1,3}(,\d{3})*(\.\d+)?)?$/.test(text)),
      'cells that are not numbers',
    ).to.deep.equal([]);
    await expectNothingRan(checkIn, 'with the history as a table', { baseline: page.baseline });
    expect(page.watch.errors).to.deep.equal([]);
  });

  it('brings crisis help at once for crisis words beside markup, and marks the check-in', async () => {
    const { backend, inner, log } = recordingBackend();
    const checkIn = await open(backend);
    const risks: string[] = [];
    checkIn.addEventListener('peer-risk-detected', (event: PeerRiskDetectedEvent) => risks.push(event.source));
    await choose(checkIn, 'mood', 2);
    const note = `<img src=x onerror=${RUN}>I want to end my life<script>${RUN}</script>`;
    await typeNote(checkIn, note);
    await waitUntil(() => root(checkIn).querySelector('.care'), 'no crisis help for the note');
    expect(risks).to.deep.equal(['note']);
    await waitUntil(() => root(checkIn).querySelector('.care peer-crisis-banner'), 'the crisis lines never showed');
    await expectNothingRan(checkIn, 'with crisis help shown', { baseline: page.baseline });
    await saveAndSend(checkIn);
    const [sent] = await serverCheckIns(inner, checkIn.participant!.token);
    expect(sent!.risk).to.equal(true);
    expect(sent!.note).to.equal(note);
    expect(log.filter((call) => call === 'submit')).to.deep.equal(['submit']);
    await waitUntil(
      () => root(checkIn).querySelector('.saved .care peer-crisis-banner'),
      'no crisis lines after saving',
    );
    await expectNothingRan(checkIn, 'after saving a note with crisis words', { baseline: page.baseline });
    expect(page.watch.errors).to.deep.equal([]);
  });
});
