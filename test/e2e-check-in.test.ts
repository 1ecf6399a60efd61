import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createRestBackend } from '../src/api/rest-backend.js';
import { agreeAndSave, button, choose, clearDevice, ready, root, statusText, withHistory } from './helpers/check-in.js';

// Talks to the real reference server that scripts/run-browser-tests.mjs starts (npm test does).
async function serverUrl(): Promise<string> {
  const config = (await (await fetch('/__e2e.json')).json()) as { serverUrl: string | null };
  if (!config.serverUrl)
    throw new Error('No reference server: run this file through npm test (scripts/run-browser-tests.mjs).');
  return config.serverUrl;
}

async function open(api: string) {
  const host = await fixture(
    html`<peer-support-provider api=${api}
      ><peer-check-in scales="phq-9" goals='[{"id":"meeting","label":"Go to a meeting"}]'></peer-check-in
    ></peer-support-provider>`,
  );
  return withHistory(await ready(host.querySelector('peer-check-in')!));
}

describe('<peer-check-in> against the reference server', () => {
  before(clearDevice);

  it('submits check-ins, lists them back as history, and erases them on the server and the device', async () => {
    const api = await serverUrl();
    const checkIn = await open(api);
    const token = checkIn.participant!.token;

    await choose(checkIn, 'mood', 2);
    await choose(checkIn, 'cravings', 7);
    await choose(checkIn, 'goal-meeting', 2);
    await agreeAndSave(checkIn);
    await waitUntil(() => statusText(checkIn).includes('has your check-in'), statusText(checkIn), { timeout: 8000 });

    button(checkIn, 'Start another check-in').click();
    await checkIn.updateComplete;
    await choose(checkIn, 'mood', 4);
    await choose(checkIn, 'safe', 0);
    button(checkIn, 'Save check-in').click();
    await waitUntil(() => statusText(checkIn).includes('has your check-in'), statusText(checkIn), { timeout: 8000 });

    // What the server holds, read with the same participant token.
    const backend = createRestBackend({ baseUrl: api });
    const stored = await backend.listCheckIns({}, { participantToken: token });
    expect(stored.checkIns.map((item) => [item.answers, item.risk])).to.deep.equal([
      [{ mood: 4, safe: 0 }, true],
      [{ mood: 2, cravings: 7, 'goal-meeting': 2 }, false],
    ]);

    // A new page on the same device: its history comes from the device and the server, once each.
    checkIn.remove();
    const again = await open(api);
    expect(again.participant!.token).to.equal(token);
    const progress = root(again).querySelector('peer-check-in-progress')!;
    await waitUntil(() => progress.shadowRoot?.textContent?.includes('Mood'), 'no mood chart');
    expect(again.history.map((item) => item.answers.mood)).to.deep.equal([2, 4]);

    // Erase: the server forgets the participant, the device forgets everything, and a new id is made.
    root(again).querySelector('details')!.open = true;
    button(again, 'Erase my data').click();
    await again.updateComplete;
    button(again, 'Erase everything').click();
    await waitUntil(
      () => root(again).querySelector('#erase-message')!.textContent!.includes('erased'),
      'never erased',
      {
        timeout: 8000,
      },
    );
    expect((await backend.listCheckIns({}, { participantToken: token })).checkIns).to.deep.equal([]);
    expect(again.history).to.deep.equal([]);
    expect(again.participant!.token).not.to.equal(token);
  });
});
