import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { startServerProcess, testDatabaseUrl, testDialect, type ServerProcess } from './helpers.js';

/** Writers in flight at once, as a busy clinic's visitors would be. */
const WRITERS = 12;
const THREADS = ['crash-first', 'crash-second', 'crash-third'];
/** A participant's check-ins per hour are limited (30): each writer moves to a new participant well before. */
const CHECK_INS_PER_PARTICIPANT = 20;

/** One trusted proxy: each writer's X-Forwarded-For is its own visitor, so per-address limits count them apart. */
const startServer = (databaseUrl: string) => startServerProcess({ DATABASE_URL: databaseUrl, TRUST_PROXY: '1' });

/** One write as the widget sends it, kept so it can be sent again with the same Idempotency-Key. */
interface Write {
  kind: 'comment' | 'check-in';
  path: string;
  headers: Record<string, string>;
  body: string;
  /** The thread (comments) or the participant token (check-ins) it can be read back by. */
  owner: string;
  /** The id the server answered with, once a write is acknowledged. */
  id?: string;
}

/** Every write of the test: acknowledged ones with their ids, and those whose answer the crash swallowed. */
class Ledger {
  readonly acknowledged: Write[] = [];
  unanswered: Write[] = [];
  readonly refused: string[] = [];
  private address = 0;

  /** A write from a visitor of its own: no per-address limit is reached, however many there are. */
  next(round: number, writer: number, count: number): Write {
    this.address++;
    const visitor = {
      'X-Visitor-Id': `crash-writer-${round}-${writer}-device`,
      'X-Forwarded-For': `10.${(this.address >> 16) & 255}.${(this.address >> 8) & 255}.${this.address & 255}`,
      'Content-Type': 'application/json',
      'Idempotency-Key': randomUUID(),
    };
    if (count % 2 === 0) {
      const thread = THREADS[(writer + count) % THREADS.length]!;
      return {
        kind: 'comment',
        path: `/v1/threads/${thread}/comments`,
        headers: visitor,
        body: JSON.stringify({ body: `Round ${round}, writer ${writer}, note ${count}: talking it through helped.` }),
        owner: thread,
      };
    }
    const participant = participantToken(round, writer, Math.floor(count / 2 / CHECK_INS_PER_PARTICIPANT));
    return {
      kind: 'check-in',
      path: '/v1/check-ins',
      headers: { ...visitor, Authorization: `Bearer ${participant}` },
      body: JSON.stringify({ answers: { mood: (count % 5) + 1, cravings: count % 11 } }),
      owner: participant,
    };
  }
}

const participantTokens = new Map<string, string>();
function participantToken(round: number, writer: number, slot: number): string {
  const name = `${round}/${writer}/${slot}`;
  if (!participantTokens.has(name)) participantTokens.set(name, randomBytes(24).toString('base64url'));
  return participantTokens.get(name)!;
}

const send = (base: string, write: Write) =>
  fetch(`${base}${write.path}`, { method: 'POST', headers: write.headers, body: write.body });

function idOf(write: Write, answer: string): string {
  const body = JSON.parse(answer);
  return write.kind === 'comment' ? body.comment.id : body.checkIn.id;
}

/**
 * Runs WRITERS loops of comment and check-in writes until the server is killed with SIGKILL, which happens
 * once `killAfter` writes of this round were acknowledged (and a random moment more).
 */
async function writeUntilKilled(server: ServerProcess, ledger: Ledger, round: number, killAfter: number) {
  let acknowledgedThisRound = 0;
  let killed = false;
  let reachedTarget!: () => void;
  const target = new Promise<void>((resolve) => (reachedTarget = resolve));
  const writer = async (index: number) => {
    for (let count = 0; !killed; count++) {
      const write = ledger.next(round, index, count);
      let status: number;
      let answer: string;
      try {
        const response = await send(server.base, write);
        status = response.status;
        answer = await response.text();
      } catch (error) {
        // In flight (or sent) as the process died: whether it was stored is unknown; the widget retries it.
        if (!killed) throw error;
        ledger.unanswered.push(write);
        return;
      }
      if (status !== 201) {
        // Refusals would hide what this test is about (a rate limit, say): stop, and the test reports them.
        ledger.refused.push(`${write.kind} ${status}: ${answer}`);
        return;
      }
      write.id = idOf(write, answer);
      ledger.acknowledged.push(write);
      if (++acknowledgedThisRound >= killAfter) reachedTarget();
    }
  };
  const writers = Promise.all(Array.from({ length: WRITERS }, (_, index) => writer(index)));
  try {
    // Writers that all stop early (refused, or the server crashed) end the wait too, and the test fails.
    await Promise.race([target, writers]);
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 200));
  } finally {
    killed = true;
    server.child.kill('SIGKILL');
    await server.exited;
  }
  await writers;
  assert.deepEqual(ledger.refused, [], server.output());
  assert.ok(acknowledgedThisRound >= killAfter, `only ${acknowledgedThisRound} writes were acknowledged`);
}

/** Every id a reader can see: each thread's published comments, each participant's check-ins. */
async function readEverything(base: string, ledger: Ledger) {
  const comments: string[] = [];
  for (const thread of THREADS) {
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const response = await fetch(`${base}/v1/threads/${thread}/comments?limit=100${query}`);
      assert.equal(response.status, 200);
      const page: { comments: { id: string }[]; nextCursor: string | null } = await response.json();
      comments.push(...page.comments.map((comment) => comment.id));
      cursor = page.nextCursor;
    } while (cursor);
  }
  const checkIns: string[] = [];
  const participants = new Set(
    [...ledger.acknowledged, ...ledger.unanswered].filter((w) => w.kind === 'check-in').map((w) => w.owner),
  );
  for (const participant of participants) {
    const response = await fetch(`${base}/v1/check-ins?limit=200`, {
      headers: { Authorization: `Bearer ${participant}` },
    });
    assert.equal(response.status, 200);
    checkIns.push(...(await response.json()).checkIns.map((checkIn: { id: string }) => checkIn.id));
  }
  return { comments, checkIns };
}

/**
 * Nothing acknowledged is missing and nothing is listed twice. Writes whose answer was lost may or may not be
 * there; once none is left unanswered, nothing else may be there either.
 */
async function assertAcknowledgedAreThere(base: string, ledger: Ledger) {
  const seen = await readEverything(base, ledger);
  for (const kind of ['comment', 'check-in'] as const) {
    const ids = kind === 'comment' ? seen.comments : seen.checkIns;
    const expected = ledger.acknowledged.filter((write) => write.kind === kind).map((write) => write.id!);
    const present = new Set(ids);
    const missing = expected.filter((id) => !present.has(id));
    assert.deepEqual(missing, [], `${missing.length} acknowledged ${kind}s of ${expected.length} were lost`);
    assert.equal(ids.length, present.size, `a ${kind} is listed twice`);
    const unknown = ledger.unanswered.filter((write) => write.kind === kind).length;
    assert.ok(ids.length <= expected.length + unknown, `${kind}s are there that nobody sent`);
  }
}

/**
 * What the widget does once the server is back: each write whose answer was lost is sent again with its
 * key and must be stored once (replayed if the crash came after its commit); a few acknowledged ones are
 * sent again too, and must replay their first answer rather than make a second comment or check-in.
 */
async function resend(base: string, ledger: Ledger) {
  for (const write of ledger.unanswered) {
    const response = await send(base, write);
    assert.equal(response.status, 201, `${write.kind} sent again: ${response.status}`);
    write.id = idOf(write, await response.text());
    ledger.acknowledged.push(write);
  }
  ledger.unanswered = [];
  for (const kind of ['comment', 'check-in'] as const) {
    const acknowledged = ledger.acknowledged.filter((write) => write.kind === kind);
    for (let i = 0; i < Math.min(5, acknowledged.length); i++) {
      const write = acknowledged[Math.floor(Math.random() * acknowledged.length)]!;
      const response = await send(base, write);
      assert.equal(response.status, 201);
      assert.equal(response.headers.get('idempotent-replayed'), 'true');
      assert.equal(idOf(write, await response.text()), write.id);
    }
  }
}

describe(`crash recovery: SIGKILL in the middle of writes (${testDialect})`, () => {
  let temporary: Awaited<ReturnType<typeof testDatabaseUrl>>;
  before(async () => (temporary = await testDatabaseUrl()));
  after(() => temporary.cleanup());

  it('keeps every acknowledged comment and check-in through two kills, and a write sent again is stored once', async () => {
    const ledger = new Ledger();
    // Three starts on the same database: two are killed mid-stream, the last only checks and replays.
    for (let round = 1; round <= 3; round++) {
      const server = await startServer(temporary.url);
      try {
        await assertAcknowledgedAreThere(server.base, ledger);
        await resend(server.base, ledger);
        await assertAcknowledgedAreThere(server.base, ledger);
        assert.doesNotMatch(server.output(), /"event":"unhandled"/);
        if (round < 3) {
          // Hundreds acknowledged, then SIGKILL at a moment of chance.
          await writeUntilKilled(server, ledger, round, 200 + Math.floor(Math.random() * 200));
          // Nothing failed unhandled while it wrote under load, up to the kill.
          assert.doesNotMatch(server.output(), /"event":"unhandled"/);
        }
      } finally {
        if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGTERM');
        await server.exited;
      }
    }
    assert.ok(ledger.acknowledged.length >= 400);
  });
});
