import { expect, waitUntil } from '@open-wc/testing';
import { OfflineError } from '../src/api/errors.js';
import type { PeerRiskDetectedEvent } from '../src/components/check-in/events.js';
import {
  agreeAndSave,
  choose,
  clearDevice,
  html,
  memoryBackend,
  renderCheckIn,
  root,
  statusText,
  withHistory,
} from './helpers/check-in.js';

describe('<peer-check-in>', () => {
  beforeEach(clearDevice);

  it('asks the daily questions with words and numbers, and is accessible', async () => {
    const checkIn = await renderCheckIn();
    const legends = [...root(checkIn).querySelectorAll('legend')].map((legend) => legend.textContent!.trim());
    expect(legends).to.include.members([
      'How is your mood today?',
      'How strong are your cravings today?',
      'Do you feel safe right now?',
    ]);
    const moodWords = [...root(checkIn).querySelectorAll('#q-mood label')].map((label) => label.textContent!.trim());
    expect(moodWords).to.deep.equal(['Very low', 'Low', 'Okay', 'Good', 'Very good']);
    await withHistory(checkIn);
    await expect(checkIn).to.be.accessible();
  });

  it('shows crisis help the moment a person says they do not feel safe, before anything is sent', async () => {
    const backend = memoryBackend();
    const calls: string[] = [];
    const spy = {
      ...backend,
      submitCheckIn: (...args: Parameters<typeof backend.submitCheckIn>) => {
        calls.push('submit');
        return backend.submitCheckIn(...args);
      },
    };
    const checkIn = await renderCheckIn(spy);
    const risks: string[] = [];
    checkIn.addEventListener('peer-risk-detected', (event: PeerRiskDetectedEvent) => risks.push(event.source));
    await choose(checkIn, 'safe', 0);
    const care = root(checkIn).querySelector('.care');
    expect(care, 'crisis help').to.exist;
    expect(care!.textContent).to.contain('You do not have to go through this alone');
    expect(risks).to.deep.equal(['not-safe']);
    expect(calls).to.deep.equal([]);
    await waitUntil(() => care!.querySelector('peer-crisis-banner'), 'the crisis lines never showed');
    await expect(checkIn).to.be.accessible();

    await agreeAndSave(checkIn);
    await waitUntil(() => statusText(checkIn).includes('has your check-in'), 'never sent');
    const page = await backend.listCheckIns({}, { participantToken: checkIn.participant!.token });
    expect(page.checkIns).to.have.length(1);
    expect(page.checkIns[0].risk).to.equal(true);
    expect(page.checkIns[0].answers).to.deep.equal({ safe: 0 });
  });

  it('keeps a check-in made offline and sends it once when the connection is back', async () => {
    const backend = memoryBackend();
    let online = false;
    const keys: string[] = [];
    const flaky = {
      ...backend,
      submitCheckIn: (...args: Parameters<typeof backend.submitCheckIn>) => {
        keys.push(args[1].idempotencyKey!);
        return online ? backend.submitCheckIn(...args) : Promise.reject(new OfflineError());
      },
    };
    const checkIn = await renderCheckIn(flaky);
    await choose(checkIn, 'mood', 4);
    await choose(checkIn, 'cravings', 2);
    await agreeAndSave(checkIn);
    await waitUntil(() => statusText(checkIn).includes('waiting to be sent'), statusText(checkIn));
    online = true;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => statusText(checkIn).includes('has your check-in'), 'never sent');
    const page = await backend.listCheckIns({}, { participantToken: checkIn.participant!.token });
    expect(page.checkIns.map((item) => item.answers)).to.deep.equal([{ mood: 4, cravings: 2 }]);
    expect(new Set(keys).size, 'one idempotency key for every attempt').to.equal(1);
  });

  it('asks consent to send check-ins to the clinic named by the provider, when the backend takes them', async () => {
    const checkIn = await renderCheckIn(
      memoryBackend(),
      html`<peer-support-provider .backend=${memoryBackend()} clinic="Riverside Community Recovery"
        ><peer-check-in></peer-check-in
      ></peer-support-provider>`,
    );
    expect(root(checkIn).querySelector('#consent-words')!.textContent).to.contain(
      'kept on this device and sent to Riverside Community Recovery',
    );
  });

  it('says a check-in stays on the device when the page’s backend does not take check-ins', async () => {
    const { getCrisisResources, getGroups } = memoryBackend();
    const checkIn = await renderCheckIn({ getCrisisResources, getGroups });
    const consent = () => root(checkIn).querySelector('#consent-words')!.textContent!.trim();
    expect(consent(), 'what the person agrees to').to.equal(
      'Your check-ins are kept on this device only: this page does not send them to the clinic. You can download them or erase them at any time.',
    );
    expect(consent()).not.to.contain('sent to');
    await choose(checkIn, 'mood', 3);
    await agreeAndSave(checkIn);
    await waitUntil(() => statusText(checkIn).includes('Saved on this device only'), statusText(checkIn));
    expect(statusText(checkIn)).to.contain('This page does not send check-ins to the clinic.');
    expect(statusText(checkIn), 'no promise of sending later').not.to.contain('back online');
    expect(checkIn.history.map((item) => item.answers)).to.deep.equal([{ mood: 3 }]);
  });
});
