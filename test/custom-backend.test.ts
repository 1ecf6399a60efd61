import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClinicCmsBackend, type CmsHelpline } from '../docs/examples/custom-backend.js';
import type { PeerCommentThread } from '../src/components/comment-thread/comment-thread.js';
import type { PeerCrisisBanner } from '../src/components/crisis-banner/crisis-banner.js';
import '../src/components/crisis-banner/define.js';
import '../src/components/comment-count/define.js';
import { hrefs, settled, text as bannerText } from './helpers/banner.js';
import { agreeAndSave, choose, clearDevice, renderCheckIn, statusText } from './helpers/check-in.js';
import { button, form, names, shadow } from './helpers/comments.js';
import { CMS_URL, cmsError, fakeClinicCms, reply } from './helpers/fake-clinic-cms.js';

// docs/examples/custom-backend.ts, the adapter docs/custom-backend.md walks through, on the page the way a
// clinic would use it: its CMS's replies and helpline on screen, a visitor's comment in the CMS's shape, and
// the CMS's failures in the same plain words the reference server's get.

const SLUG = 'first-meeting';
const WARM_LINE: CmsHelpline = {
  key: 'warm-line',
  label: 'Riverside warm line',
  blurb: 'A peer who has been there answers.',
  numbers: { voice: '509-555-0142', sms: '509-555-0142' },
  // Staffed every hour of every day, so the line shows as open whenever the test runs.
  staffed: {
    zone: 'America/Los_Angeles',
    slots: [{ days: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'], from: '00:00', to: '24:00' }],
  },
};

function seededCms() {
  return fakeClinicCms({
    helplines: [WARM_LINE],
    replies: {
      [SLUG]: [
        reply(
          'r1',
          {
            author: { display: 'Sam' },
            text: 'My first meeting was scary, and then it was not.',
            text_html: '<p>My first meeting was <b>scary</b>, and then it was not.</p>',
          },
          300,
        ),
        reply('r2', { author: null, text: 'Same here. Keep going back.', parent_uuid: 'r1' }, 200),
        reply('r3', { author: { display: 'Ana' }, text: 'I found an online group that meets at night.' }, 100),
      ],
    },
  });
}

async function renderPage(cms: ReturnType<typeof fakeClinicCms>) {
  // Short back-off: retries still happen (a lost answer is one), without slowing the suite.
  const backend = createClinicCmsBackend({ baseUrl: CMS_URL, fetch: cms.fetch, backoffMs: 5 });
  const host = await fixture(html`
    <peer-support-provider .backend=${backend} region="US-WA">
      <peer-crisis-banner></peer-crisis-banner>
      <peer-comment-count thread=${SLUG}></peer-comment-count>
      <peer-comment-thread thread=${SLUG}></peer-comment-thread>
    </peer-support-provider>
  `);
  const thread = host.querySelector<PeerCommentThread>('peer-comment-thread')!;
  await waitUntil(() => shadow(thread).querySelector('peer-comment-form'), 'the comment form never appeared', {
    timeout: 5000,
  });
  await waitUntil(() => !shadow(thread).querySelector('.loading'), 'comments never loaded');
  return {
    thread,
    banner: host.querySelector<PeerCrisisBanner>('peer-crisis-banner')!,
    count: host.querySelector('peer-comment-count')!,
  };
}

const bodies = (thread: PeerCommentThread) =>
  [...shadow(thread).querySelectorAll('article .body')].map((body) => body.textContent!.trim());

const listAlert = (thread: PeerCommentThread) =>
  shadow(thread).querySelector('.error[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Types as a person does: focus, then keys. */
async function typeInto(field: HTMLElement, words: string): Promise<void> {
  field.focus();
  await sendKeys({ type: words });
}

async function typeComment(thread: PeerCommentThread, name: string, words: string) {
  const target = form(thread);
  await target.updateComplete;
  await typeInto(target.shadowRoot.querySelector<HTMLInputElement>('input[name="name"]')!, name);
  await typeInto(target.shadowRoot.querySelector('textarea')!, words);
  return target;
}

describe('a custom backend: the clinic CMS example', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it("shows the CMS's replies as text, nested, with the count and the clinic's helpline beside the shipped lines", async () => {
    const cms = seededCms();
    const { thread, banner, count } = await renderPage(cms);

    expect(names(thread)).to.deep.equal(['Sam', 'Anonymous']);
    expect(bodies(thread)).to.deep.equal([
      'My first meeting was scary, and then it was not.',
      'Same here. Keep going back.',
    ]);
    // The CMS's HTML is never used: no markup from it reaches the page.
    expect(shadow(thread).querySelector('article b')).to.equal(null);
    const replies = shadow(thread).querySelector('#comment-r1')!.closest('li')!.querySelector('.replies');
    expect(replies?.textContent).to.contain('Same here. Keep going back.');

    // The CMS's next_page is the cursor for "Show more comments".
    button(shadow(thread), 'Show more comments').click();
    await waitUntil(() => names(thread).length === 3, 'the second page never came');
    expect(names(thread)).to.deep.equal(['Sam', 'Anonymous', 'Ana']);

    // What this backend leaves out is not offered; reporting, which it has, is.
    const actions = shadow(thread).querySelector('#comment-r3 .actions')!;
    const labels = [...actions.querySelectorAll('button')].map((each) => each.textContent!.trim());
    expect(labels).to.deep.equal(['Reply', 'Report']);

    await waitUntil(() => count.shadowRoot?.textContent?.includes('3 comments'), 'the count never showed');

    await settled(banner, () => hrefs(banner).includes('tel:5095550142'), "the clinic's line never showed");
    expect(bannerText(banner)).to.contain('Riverside warm line');
    expect(hrefs(banner)).to.include.members(['tel:988', 'sms:5095550142']);
    // "US-WA" is asked for as the CMS files lines: by country.
    expect(cms.helplineQueries[0]).to.include({ country: 'US' });
    await expect(thread).to.be.accessible();
  });

  it('posts what a visitor types once, in the CMS shape and request-id header, though the first answer is lost', async () => {
    const cms = seededCms();
    const { thread } = await renderPage(cms);
    cms.loseNextPostAnswer();
    const target = await typeComment(thread, 'Jo', 'Thank you. I am going tonight.');
    button(target.shadowRoot, 'Post comment').click();

    await waitUntil(() => bodies(thread).includes('Thank you. I am going tonight.'), 'the comment never showed');
    expect(names(thread)).to.include('Jo');
    expect(target.shadowRoot.querySelector('textarea')!.value).to.equal('');
    expect(target.shadowRoot.querySelector('[role="alert"]')!.textContent!.trim()).to.equal('');

    // Two attempts (the first answer was lost), one request id, one reply stored.
    expect(cms.attempts).to.have.length(2);
    const [first, second] = cms.attempts;
    expect(first!.body).to.deep.equal({ text: 'Thank you. I am going tonight.', author_name: 'Jo' });
    expect(first!.requestId).to.match(/^[0-9a-f-]{36}$/);
    expect(second!.requestId).to.equal(first!.requestId);
    expect(first!.headerNames).not.to.include('idempotency-key');
    const stored = cms.replies.get(SLUG)!.filter((each) => each.text === 'Thank you. I am going tonight.');
    expect(stored).to.have.length(1);
    expect(stored[0]!.author).to.deep.equal({ display: 'Jo' });
  });

  it('sends a report for a writer who may be at risk as a CMS flag', async () => {
    const cms = seededCms();
    const { thread } = await renderPage(cms);
    button(shadow(thread).querySelector('#comment-r1')!, 'Report').click();
    await waitUntil(() => shadow(thread).querySelector('#tool-r1 input[value="crisis"]'), 'no report form');
    shadow(thread).querySelector<HTMLInputElement>('#tool-r1 input[value="crisis"]')!.click();
    button(shadow(thread).querySelector('#tool-r1')!, 'Send report').click();
    await waitUntil(() => cms.flags.length === 1, 'the flag never reached the CMS');
    expect(cms.flags[0]).to.deep.equal({ uuid: 'r1', body: { why: 'safety' } });
  });

  it('says plainly that the visitor seems offline when the CMS cannot be reached, and keeps the shipped lines', async () => {
    const cms = seededCms();
    for (const route of ['replies', 'helplines', 'counts'] as const) cms.fail(route, 'offline');
    const { thread, banner } = await renderPage(cms);
    expect(listAlert(thread)).to.contain('You seem to be offline, so comments cannot load right now.');
    await settled(banner, () => hrefs(banner).includes('tel:988'));
    expect(hrefs(banner)).not.to.include('tel:5095550142');
  });

  it("words a CMS error page as the clinic's server having a problem", async () => {
    const cms = seededCms();
    cms.fail('replies', () => new Response('<h1>Internal error</h1>', { status: 500 }));
    const { thread } = await renderPage(cms);
    expect(listAlert(thread)).to.contain('The clinic’s server had a problem. Please try again in a moment.');
  });

  it('words an answer in a shape nobody expected as one that could not be read', async () => {
    const cms = seededCms();
    cms.fail('replies', () => new Response(JSON.stringify({ posts: [] }), { status: 200 }));
    const { thread } = await renderPage(cms);
    expect(listAlert(thread)).to.contain('The server sent an answer we could not read. Please try again.');
  });

  it("turns the CMS's own rate-limit code into how long to wait, and keeps the visitor's words", async () => {
    const cms = seededCms();
    cms.fail('post', () => cmsError(429, 'RATE_LIMITED', 'Slow down.', { 'Retry-After': '120' }));
    const { thread } = await renderPage(cms);
    const target = await typeComment(thread, 'Jo', 'Is anyone else awake?');
    button(target.shadowRoot, 'Post comment').click();
    await waitUntil(() => target.shadowRoot.querySelector('[role="alert"]')!.textContent!.trim(), 'no error was shown');
    expect(target.shadowRoot.querySelector('[role="alert"]')!.textContent!.trim()).to.equal(
      'You have sent a lot in a short time. Please wait 2 min, then try again. Your text is still here.',
    );
    expect(target.shadowRoot.querySelector('textarea')!.value).to.equal('Is anyone else awake?');
    // Retry-After is past what is worth waiting for on the page: asked once, not again.
    expect(cms.attempts).to.have.length(1);
  });

  it("keeps a check-in in the CMS's diary under the participant token, sent in the CMS's header", async () => {
    await clearDevice();
    const cms = seededCms();
    const checkIn = await renderCheckIn(createClinicCmsBackend({ baseUrl: CMS_URL, fetch: cms.fetch }));
    await choose(checkIn, 'mood', 3);
    await agreeAndSave(checkIn);
    await waitUntil(() => statusText(checkIn).includes('has your check-in'), statusText(checkIn));
    const token = checkIn.participant!.token;
    expect([...cms.diary.keys()]).to.deep.equal([token]);
    const [entry] = cms.diary.get(token)!;
    expect(entry).to.deep.include({ scores: { mood: 3 }, flagged: false, note: null });
  });
});
