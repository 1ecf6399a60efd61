import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CheckIn } from '../src/api/check-in-types.js';
import { CheckInStore } from '../src/components/check-in/check-in-store.js';
import type { PeerCheckIn } from '../src/components/check-in/check-in.js';
import {
  agreeAndSave,
  choose,
  clearDevice,
  removeCheckIn,
  renderCheckIn,
  root,
  statusText,
} from './helpers/check-in.js';
import {
  FAULTS,
  FAULT_TITLES,
  HAPPENED,
  expectPlainWords,
  faultyBackend,
  until,
  untilCrisisHelpShown,
  type Fault,
  type Happened,
  type ServerRequest,
} from './helpers/faulty-backend.js';

/**
 * Backend failures as a person doing a daily check-in meets them: nothing they answered is lost, crisis help
 * never waits for the server, and a check-in that could not be sent goes once, when it can.
 */

const CHECK_INS_PATH = /\/v1\/check-ins$/;
const NOTE = 'Rough night. Called my sponsor.';

/** The clinic's server as far as check-ins need it; `stored` is every check-in it accepted. */
function checkInServer() {
  const stored: CheckIn[] = [];
  const route = ({ method, path, body }: ServerRequest) => {
    if (CHECK_INS_PATH.test(path) && method === 'POST') {
      const checkIn: CheckIn = { ...(body as Omit<CheckIn, 'id'>), id: `ci-${stored.length + 1}` };
      stored.push(checkIn);
      return { status: 201, body: { checkIn } };
    }
    if (CHECK_INS_PATH.test(path) && method === 'GET') return { body: { checkIns: [...stored], nextCursor: null } };
    return { status: 404, body: { error: { code: 'not_found', message: 'No such route.' } } };
  };
  return { route, stored };
}

/** What the status line says about why the check-in still waits. */
const SAYS: Record<Happened, RegExp> = {
  offline: /when the connection is back/i,
  timeout: /took too long/i,
  server: /server had a problem/i,
  unreadable: /could not be read/i,
};

/** What brings a person's waiting check-in back to mind: the network returning, or coming back to the tab. */
function faultCleared(fault: Fault): void {
  if (fault === 'unreachable') window.dispatchEvent(new Event('online'));
  else document.dispatchEvent(new Event('visibilitychange'));
}

async function deviceCheckIns(token: string) {
  const store = await CheckInStore.open();
  try {
    return await store.list(token);
  } finally {
    store.close();
  }
}

/**
 * The page's clock, held back for timers of 30 seconds or more (the widget's retries) so that the test says
 * when that time has passed; shorter timers (the client's time limit, drafts, Lit) run as usual.
 */
function holdLongTimers(fromMs = 30_000) {
  const realSetTimeout = window.setTimeout;
  const realClearTimeout = window.clearTimeout;
  const held = new Map<number, { due: number; delay: number; run: () => void }>();
  let now = 0;
  let nextId = -1; // Below zero: never one of the browser's own timer ids.
  window.setTimeout = ((handler: TimerHandler, delay = 0, ...args: unknown[]) => {
    if (delay < fromMs || typeof handler !== 'function') return realSetTimeout(handler, delay, ...args);
    const id = nextId--;
    held.set(id, { due: now + delay, delay, run: () => handler(...args) });
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id === undefined || !held.delete(id)) realClearTimeout(id);
  }) as typeof window.clearTimeout;
  return {
    /** The delays of the timers still waiting. */
    waiting: () => [...held.values()].map((timer) => timer.delay),
    /** Moves the clock on, running every held timer that falls due. */
    advance(ms: number) {
      now += ms;
      for (const [id, timer] of [...held].filter(([, timer]) => timer.due <= now)) {
        held.delete(id);
        timer.run();
      }
    },
    restore() {
      window.setTimeout = realSetTimeout;
      window.clearTimeout = realClearTimeout;
    },
  };
}

const picked = (checkIn: PeerCheckIn, item: string) =>
  root(checkIn).querySelector<HTMLInputElement>(`input[name="${item}"]:checked`)?.value;
const noteField = (checkIn: PeerCheckIn) => root(checkIn).querySelector<HTMLTextAreaElement>('#note')!;

describe('backend faults: <peer-check-in>', () => {
  beforeEach(clearDevice);

  for (const fault of FAULTS) {
    it(`keeps the check-in on the device, shows help, and sends it once later, when ${FAULT_TITLES[fault]}`, async () => {
      const { route, stored } = checkInServer();
      const { server, backend } = faultyBackend(route, fault);
      const first = await renderCheckIn(backend);
      await choose(first, 'mood', 2);
      await choose(first, 'safe', 0);
      await untilCrisisHelpShown(root(first), '"Do you feel safe right now?" No');
      noteField(first).focus();
      await sendKeys({ type: NOTE });
      await first.updateComplete;

      // The page is closed and opened again while the server still fails: the answers come back.
      removeCheckIn(first);
      const checkIn = await renderCheckIn(backend);
      await until(
        () => noteField(checkIn).value === NOTE,
        'the note to come back',
        () => noteField(checkIn).value,
      );
      expect(picked(checkIn, 'mood')).to.equal('2');
      expect(picked(checkIn, 'safe')).to.equal('0');
      await untilCrisisHelpShown(root(checkIn), 'after opening again');

      const reported: boolean[] = [];
      checkIn.addEventListener('peer-check-in-saved', (event) => reported.push(event.sent));
      await agreeAndSave(checkIn);
      await until(() => reported.length, 'the saved event');
      expect(reported, 'reported as saved, not as sent').to.deep.equal([false]);
      await until(
        () => statusText(checkIn).includes('waiting to be sent'),
        'said to be waiting',
        () => statusText(checkIn),
      );
      expectPlainWords(statusText(checkIn), 'the status');
      expect(statusText(checkIn)).to.match(SAYS[HAPPENED[fault]]);
      expect(statusText(checkIn)).to.contain('1 check-in is saved on this device');
      expect(statusText(checkIn)).not.to.contain('has your check-in');
      expect(!!root(checkIn).querySelector('.saved .care'), 'help stays on the thank-you').to.equal(true);

      const token = checkIn.participant!.token;
      const [kept] = await deviceCheckIns(token);
      expect(kept.pending, 'waiting on the device').to.equal(true);
      expect(kept.note).to.equal(NOTE);
      expect(kept.answers).to.deep.equal({ mood: 2, safe: 0 });
      expect(kept.risk).to.equal(true);

      server.fault = undefined;
      faultCleared(fault);
      await until(
        () => statusText(checkIn).includes('has your check-in'),
        'sent once the fault cleared',
        () => statusText(checkIn),
      );
      const posts = server.sent('POST', CHECK_INS_PATH);
      const healthy = posts.filter((request) => !request.fault);
      expect(healthy, 'one send once the server is back').to.have.length(1);
      const keys = new Set(posts.map((request) => request.headers.get('Idempotency-Key')));
      expect(keys.size, 'one key for every attempt').to.equal(1);
      expect(
        stored.map((checkIn) => checkIn.note),
        'the server has it once',
      ).to.deep.equal([NOTE]);
      expect(stored[0].risk).to.equal(true);
      const [sent] = await deviceCheckIns(token);
      expect(sent.pending, 'no longer waiting').to.equal(false);
    });
  }

  // The person may never go offline or leave the tab: a risk check-in must still reach the clinic.
  for (const fault of ['malformed', 'server-error'] as const) {
    describe(`when ${FAULT_TITLES[fault]}`, () => {
      let clock: ReturnType<typeof holdLongTimers>;
      beforeEach(() => (clock = holdLongTimers()));
      afterEach(() => clock.restore());

      it('tries again on its own 30 seconds later, with no online or visibility event, and then it is sent', async () => {
        const { route, stored } = checkInServer();
        const { server, backend } = faultyBackend(route, fault);
        const checkIn = await renderCheckIn(backend);
        await choose(checkIn, 'mood', 2);
        await choose(checkIn, 'safe', 0);
        await agreeAndSave(checkIn);
        await until(
          () => statusText(checkIn).includes('waiting to be sent'),
          'said to be waiting',
          () => statusText(checkIn),
        );
        expect(statusText(checkIn)).to.match(SAYS[HAPPENED[fault]]);
        await until(
          () => clock.waiting().length,
          'a retry to be planned',
          () => String(clock.waiting()),
        );
        expect(clock.waiting(), 'one retry, in 30 seconds').to.deep.equal([30_000]);
        const failed = server.sent('POST', CHECK_INS_PATH);
        expect(failed.length, 'tried while failing').to.be.greaterThan(0);

        server.fault = undefined;
        clock.advance(30_000);
        await until(
          () => statusText(checkIn).includes('has your check-in'),
          'sent by the retry',
          () => statusText(checkIn),
        );
        const posts = server.sent('POST', CHECK_INS_PATH);
        expect(posts.length, 'exactly one more send').to.equal(failed.length + 1);
        const keys = new Set(posts.map((request) => request.headers.get('Idempotency-Key')));
        expect(keys.size, 'the same key as before').to.equal(1);
        expect(stored, 'the server has it once').to.have.length(1);
        expect(stored[0].answers).to.deep.equal({ mood: 2, safe: 0 });
        const [sent] = await deviceCheckIns(checkIn.participant!.token);
        expect(sent.pending, 'no longer waiting on the device').to.equal(false);
        expect(clock.waiting(), 'no more retries once sent').to.deep.equal([]);
      });
    });
  }
});
