import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/comment-count/define.js';
import '../src/core/provider/define.js';
import {
  HUGE,
  PAYLOADS,
  RUN,
  expectNoInjection,
  itShowsTheChecksCanFail,
  untilPayloadsCouldHaveRun,
  watchEachTest,
} from './helpers/xss-payloads.js';

/**
 * Comment count badges with hostile thread ids and addresses (from the page) and hostile counts (from the
 * backend): nothing runs or is added, only valid ids are asked for, and a badge shows a whole number or nothing.
 */

/** What a badge may say: nothing yet, or a count in words. */
const BADGE = /^(|No comments yet|1 comment|\d{1,3}(,\d{3})* comments)$/;
const VALID_ID = /^[A-Za-z0-9/_.:~-]{1,200}$/;

/** A backend that answers every count with `answer(thread)`, and records the ids it was asked for. */
function countingBackend(answer: (thread: string) => unknown) {
  const asked: string[] = [];
  const backend = {
    async getCrisisResources() {
      return [];
    },
    async countComments(threads: string[]) {
      asked.push(...threads);
      return Object.fromEntries(threads.map((thread) => [thread, answer(thread)]));
    },
  };
  return { backend, asked };
}

async function badges(backend: object, attribute: 'thread' | 'href', values: string[]) {
  const page = await fixture<HTMLElement>(
    html`<peer-support-provider .backend=${backend}>
      ${values.map((value) =>
        attribute === 'thread'
          ? html`<p><peer-comment-count thread=${value}></peer-comment-count></p>`
          : html`<p><peer-comment-count href=${value}></peer-comment-count></p>`,
      )}
    </peer-support-provider>`,
  );
  const all = [...page.querySelectorAll('peer-comment-count')];
  for (const badge of all) await badge.updateComplete;
  return all;
}

const shown = (badge: Element) => badge.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('<peer-comment-count> with hostile input', function () {
  this.timeout(60_000);
  const page = watchEachTest();

  itShowsTheChecksCanFail(async () => {
    const { backend } = countingBackend(() => 3);
    const [badge] = await badges(backend, 'thread', ['articles/one']);
    await waitUntil(() => shown(badge!) === '3 comments', 'the count never arrived');
    return badge!;
  });

  it('asks for no hostile thread id, and shows markup in none', async () => {
    const { backend, asked } = countingBackend(() => 2);
    const ids = PAYLOADS.map((item) => item.text);
    const all = await badges(backend, 'thread', [...ids, 'articles/plain']);
    await waitUntil(() => shown(all.at(-1)!) === '2 comments', 'the plain badge never counted');
    const invalid = asked.filter((id) => !VALID_ID.test(id) || id === '.' || id === '..');
    expect(invalid, 'invalid ids sent to the backend').to.deep.equal([]);
    expect(
      asked.every((id) => ids.includes(id) || id === 'articles/plain'),
      'every id asked is one given',
    ).to.equal(true);
    await untilPayloadsCouldHaveRun();
    for (const [index, badge] of all.entries()) {
      const label = PAYLOADS[index]?.label ?? 'plain';
      expect(BADGE.test(shown(badge)), `badge ${label}: "${shown(badge)}"`).to.equal(true);
      expectNoInjection(badge, `in the badge for ${label}`, { baseline: page.baseline });
    }
    expect(page.watch.errors).to.deep.equal([]);
  });

  it('turns a hostile address into a valid thread id', async () => {
    const { backend, asked } = countingBackend(() => 1);
    const addresses = PAYLOADS.filter((item) => item.text.length < 3000).map((item) => item.text);
    const all = await badges(backend, 'href', addresses);
    await waitUntil(() => asked.length > 0, 'no count was asked for');
    await waitUntil(() => all.every((badge) => shown(badge) === '1 comment'), 'some badges never counted');
    expect(
      asked.filter((id) => !VALID_ID.test(id)),
      'invalid ids sent',
    ).to.deep.equal([]);
    await untilPayloadsCouldHaveRun();
    for (const badge of all) expectNoInjection(badge, 'in a badge made from an address', { baseline: page.baseline });
    expect(page.watch.errors).to.deep.equal([]);
  });

  it('shows a count only when the backend answers a whole number that is not negative', async () => {
    const answers: unknown[] = [
      `<img src=x onerror=${RUN}>`,
      `javascript:${RUN}`,
      '12',
      -1,
      1.5,
      NaN,
      Infinity,
      1e21,
      null,
      true,
      {},
      [7],
      HUGE,
    ];
    const { backend } = countingBackend((thread) => (thread === 'ok' ? 7 : answers[Number(thread.slice(1))]));
    const all = await badges(backend, 'thread', [...answers.map((_, index) => `t${index}`), 'ok']);
    await waitUntil(() => shown(all.at(-1)!) === '7 comments', 'the whole number never showed');
    await untilPayloadsCouldHaveRun();
    for (const [index, badge] of all.entries()) {
      const answer = index < answers.length ? String(answers[index]).slice(0, 40) : '7';
      expectNoInjection(badge, `after the count ${JSON.stringify(answer)} arrived`, { baseline: page.baseline });
    }
    const wrong = all
      .slice(0, -1)
      .map((badge, index) => ({ answer: String(answers[index]).slice(0, 40), shown: shown(badge) }))
      .filter(({ shown: text }) => text !== '');
    expect(wrong, 'badges showing what was not a whole number').to.deep.equal([]);
  });

  it('shows no count for thread ids named like object properties the backend did not count', async () => {
    // A JSON answer without these ids still "has" them through the object's prototype.
    const backend = {
      async getCrisisResources() {
        return [];
      },
      async countComments() {
        return JSON.parse('{"articles/real": 5}') as Record<string, number>;
      },
    };
    const ids = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
    const all = await badges(backend, 'thread', [...ids, 'articles/real']);
    await waitUntil(() => shown(all.at(-1)!) === '5 comments', 'the real count never showed');
    const wrong = all.slice(0, -1).map(shown).filter(Boolean);
    expect(wrong, 'badges showing something that is not a count').to.deep.equal([]);
    await untilPayloadsCouldHaveRun();
    for (const [index, badge] of all.entries())
      expectNoInjection(badge, `in the badge for ${ids[index] ?? 'articles/real'}`, { baseline: page.baseline });
  });
});
