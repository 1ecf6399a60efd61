// The five-minute embed guide (docs/embed-in-five-minutes.md), followed literally: its snippet, cut out of the
// guide between its markers and pasted untouched into a plain page of a clinic's website, with the `cdn`
// folder on the peer-support server as step 1 says. Chromium opens the page on the website's address; the
// snippet's server address and the website's are both answered by one reference server (seeded with the demo
// groups), standing in for the two machines, so every request crosses origins as on a real site. Needs the
// CDN build (npm test builds first).
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions, ensureChromium } from '../scripts/ensure-chromium.mjs';
import { startReferenceServer } from '../scripts/reference-server.mjs';

const GUIDE = 'docs/embed-in-five-minutes.md';
/** The clinic's website, where the snippet is pasted. */
const WEBSITE = 'https://www.riverside-recovery.example';
/** The guide's address for the peer-support server, which the reader replaces with theirs. */
const PEER_SUPPORT_SERVER = 'https://support.example.org';
/** Headers a proxy does not pass on: Node's fetch sets them itself, or decodes the body they describe. */
const HOP_BY_HOP = new Set(['host', 'connection', 'content-length', 'content-encoding', 'transfer-encoding']);

/** The block between `<!-- NAME:start -->` and `<!-- NAME:end -->`, without its code fence. */
function guideSnippet(markdown, name = 'snippet') {
  const match = new RegExp(`<!-- ${name}:start -->\\s*\`\`\`html\\n([\\s\\S]*?)\`\`\`\\s*<!-- ${name}:end -->`).exec(
    markdown,
  );
  assert.ok(match, `${GUIDE} has no html block between its ${name} markers`);
  return match[1];
}

/** The clinic's own line, as its server's CRISIS_RESOURCES would give it: open around the clock. */
const CLINIC_LINE = {
  id: 'riverside-warm-line',
  name: 'Riverside warm line',
  channels: [{ kind: 'call', value: '509-555-0100' }],
  hours: { timeZone: 'America/New_York', weekly: [{ days: [0, 1, 2, 3, 4, 5, 6], opens: '00:00', closes: '24:00' }] },
};

const clinicPage = (snippet) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title></head><body>${snippet}</body></html>`;

describe('the five-minute embed guide, followed literally in Chromium', () => {
  let site;
  let server;
  let browser;
  before(async () => {
    ensureChromium();
    site = mkdtempSync(join(tmpdir(), 'peer-embed-guide-'));
    const guide = readFileSync(GUIDE, 'utf8');
    writeFileSync(join(site, 'index.html'), clinicPage(guideSnippet(guide)));
    // The site-wide block, as a builder's header code puts it on every page, before the page's own block.
    writeFileSync(
      join(site, 'with-header.html'),
      clinicPage(`${guideSnippet(guide, 'snippet-site-wide')}<main><h1>Our groups</h1>${guideSnippet(guide)}</main>`),
    );
    // Step 1: the whole cdn folder, on the peer-support server, which allows the website's address.
    cpSync('dist/cdn', join(site, 'cdn'), { recursive: true });
    server = await startReferenceServer({
      DEMO_SEED: '1',
      STATIC_DIR: site,
      ALLOWED_ORIGINS: WEBSITE,
      CRISIS_RESOURCES: JSON.stringify([CLINIC_LINE]),
    });
    browser = await chromium.launch(chromiumLaunchOptions);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    if (site) rmSync(site, { recursive: true, force: true });
  });

  /** Passes a request for the website or the peer-support server to the reference server, as it came. */
  async function answerFromServer(route) {
    const request = route.request();
    const url = new URL(request.url());
    const headers = Object.fromEntries(
      Object.entries(await request.allHeaders()).filter(([name]) => !name.startsWith(':') && !HOP_BY_HOP.has(name)),
    );
    const answer = await fetch(server.url + url.pathname + url.search, {
      method: request.method(),
      headers,
      body: request.postDataBuffer() ?? undefined,
      redirect: 'manual',
    });
    const answerHeaders = Object.fromEntries([...answer.headers].filter(([name]) => !HOP_BY_HOP.has(name)));
    // Playwright allows any origin on an answer it fulfils that names none (and answers preflights itself).
    // An answer the server gave no permission for must fail as it does in a real browser: name no page.
    const crossOrigin = headers.origin !== undefined && headers.origin !== url.origin;
    if (crossOrigin && !answer.headers.has('access-control-allow-origin')) {
      answerHeaders['access-control-allow-origin'] = 'null';
    }
    await route.fulfill({
      status: answer.status,
      headers: answerHeaders,
      body: Buffer.from(await answer.arrayBuffer()),
    });
  }

  /**
   * The pasted page, with its console errors, script errors and every address it reached for; anything other
   * than the website and the peer-support server is refused and listed in `elsewhere`.
   */
  async function openClinicPage(path = '/index.html') {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    const requests = [];
    const elsewhere = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      requests.push(url);
      if (url.startsWith(`${WEBSITE}/`) || url.startsWith(`${PEER_SUPPORT_SERVER}/`)) return answerFromServer(route);
      elsewhere.push(url);
      return route.abort('blockedbyclient');
    });
    await page.goto(`${WEBSITE}${path}`);
    return { page, context, errors, requests, elsewhere };
  }

  it('shows every widget of the snippet working, loaded from the peer-support server, with no errors', async () => {
    const { page, context, errors, requests, elsewhere } = await openClinicPage();
    const banner = page.locator('peer-crisis-banner');
    // Step 4.1: the server has a line of the clinic's own, open now, so it leads the bar once it arrives; 988
    // is on the bar until then, and in the bar's panel after.
    await banner.locator('a[href="tel:5095550100"]').first().waitFor();
    await banner.locator('a[href="tel:988"]').first().waitFor({ state: 'attached' });
    await banner.getByRole('button', { name: /Exit this page/ }).waitFor();

    const finder = page.locator('peer-group-finder');
    await finder.locator('li.result').first().waitFor();
    assert.ok((await finder.locator('li.result').count()) > 1, 'the finder listed the seeded groups');

    await page.locator('peer-comment-count', { hasText: 'No comments yet' }).waitFor();
    const thread = page.locator('peer-comment-thread');
    await thread.getByText('No comments yet. You could be the first to share.').waitFor();
    await thread.locator('textarea').first().waitFor();

    await page.locator('peer-check-in').getByText('How is your mood today?').waitFor();
    await page.waitForLoadState('networkidle');

    assert.deepEqual(errors, []);
    assert.deepEqual(elsewhere, [], 'requests to anyone but the clinic');
    // The website served the page alone; scripts and data came from the peer-support server.
    assert.deepEqual(
      requests.filter((url) => url.startsWith(WEBSITE)),
      [`${WEBSITE}/index.html`],
    );
    assert.ok(requests.includes(`${PEER_SUPPORT_SERVER}/cdn/peer-support.js`));
    await context.close();
  });

  it('takes a comment through the pasted thread, and the pasted count says so after a reload', async () => {
    const { page, context, errors, elsewhere } = await openClinicPage();
    const thread = page.locator('peer-comment-thread');
    await thread.locator('textarea').first().fill('Found a group here tonight. Thank you.');
    // A person takes a moment to write: the server refuses posts made within two seconds.
    await page.waitForTimeout(2100);
    await thread.getByRole('button', { name: 'Post comment' }).click();
    await thread.locator('article', { hasText: 'Found a group here tonight. Thank you.' }).waitFor();

    await page.reload();
    await page.locator('peer-comment-count', { hasText: '1 comment' }).waitFor();
    const posted = thread.locator('article', { hasText: 'Found a group here tonight. Thank you.' });
    await posted.waitFor();

    // Step 4.3: its Delete button removes it again, from the same browser.
    await posted.getByRole('button', { name: 'Delete', exact: true }).first().click();
    const confirm = thread.getByRole('group', { name: 'Delete your comment? This cannot be undone.' });
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
    await thread.getByText('No comments yet. You could be the first to share.').waitFor();
    await page.reload();
    await page.locator('peer-comment-count', { hasText: 'No comments yet' }).waitFor();
    assert.deepEqual(errors, []);
    assert.deepEqual(elsewhere, []);
    await context.close();
  });

  it('with the site-wide block in the header too, shows the clinic’s own line on the banner of every page', async () => {
    const { page, context, errors, elsewhere } = await openClinicPage('/with-header.html');
    const banners = page.locator('peer-crisis-banner');
    assert.equal(await banners.count(), 2, 'the header’s banner and the page block’s');
    for (const banner of await banners.all()) {
      // Open now, so the bar leads with it.
      await banner.locator('a[href="tel:5095550100"]').first().waitFor();
    }
    await page.locator('peer-group-finder li.result').first().waitFor();
    await page.locator('peer-check-in').getByText('How is your mood today?').waitFor();
    await page.waitForLoadState('networkidle');
    assert.deepEqual(errors, []);
    assert.deepEqual(elsewhere, []);
    await context.close();
  });

  it('saves a check-in through the pasted check-in, and says the clinic named in the snippet has it', async () => {
    const { page, context, errors, elsewhere } = await openClinicPage();
    const checkIn = page.locator('peer-check-in');
    await checkIn.locator('#q-mood label', { hasText: 'Okay' }).click();
    await checkIn.locator('#consent-agree').check();
    await checkIn.getByRole('button', { name: 'Save check-in' }).click();
    await checkIn.locator('.status', { hasText: 'Saved. Riverside Community Recovery has your check-in.' }).waitFor();
    assert.deepEqual(errors, []);
    assert.deepEqual(elsewhere, []);
    await context.close();
  });
});
