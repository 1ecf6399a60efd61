// The demo clinic site as a visitor meets it: assembled as `npm start` does, served by the reference server,
// opened in Chromium. The crisis banner reads the clinic's own line from the server; the site works with the
// keyboard alone, at 320px, in Spanish, and with the backend unreachable. Needs the CDN build (npm test
// builds first).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import {
  assembleDemoSite,
  DEMO_CLINIC_LINE,
  DEMO_CONTENT_SECURITY_POLICY,
  demoClinicSettings,
} from '../scripts/demo-site.mjs';
import { chromiumLaunchOptions, ensureChromium } from '../scripts/ensure-chromium.mjs';
import { freePort } from '../scripts/free-port.mjs';
import { startReferenceServer } from '../scripts/reference-server.mjs';

const PAGES = [
  '/',
  '/article.html',
  '/find-a-group.html',
  '/check-in.html',
  '/get-help.html',
  '/staff.html',
  '/configure.html',
];
const STAFF_TOKEN = 'demo-site-test-staff-token-0123456789';
const CLINIC_CALL = `tel:${DEMO_CLINIC_LINE.channels[0].value.replaceAll('-', '')}`;

describe('the demo clinic site in Chromium', () => {
  let site;
  let server;
  let browser;
  before(async () => {
    ensureChromium();
    site = mkdtempSync(join(tmpdir(), 'peer-demo-site-'));
    assembleDemoSite(site);
    const port = await freePort();
    server = await startReferenceServer({
      ...demoClinicSettings(port),
      PORT: String(port),
      STATIC_DIR: site,
      STAFF_TOKEN,
    });
    browser = await chromium.launch(chromiumLaunchOptions);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(site, { recursive: true, force: true });
  });

  /**
   * A page with its script errors and any breach of the site's Content-Security-Policy collected; `offline`
   * makes every API call fail as if the server were down.
   */
  async function open(path, { width = 1000, offline = false, permissions = [] } = {}) {
    const page = await browser.newPage({ viewport: { width, height: 800 }, permissions });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await watchPolicy(page, errors);
    if (offline) await page.route('**/v1/**', (route) => route.abort('connectionrefused'));
    await page.goto(server.url + path);
    return { page, errors };
  }

  /** Every `securitypolicyviolation` in the page (and its shadow roots' scripts) becomes an error. */
  async function watchPolicy(page, errors) {
    await page.exposeFunction('reportPolicyViolation', (text) => errors.push(`CSP: ${text}`));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        window.reportPolicyViolation(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`),
      ),
    );
  }

  const bannerLinks = (page) =>
    page.locator('peer-crisis-banner a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));

  it("shows the clinic's own line from the server in the banner, with the shipped ones", async () => {
    const { page, errors } = await open('/get-help.html');
    await page.locator(`peer-crisis-banner a[href="${CLINIC_CALL}"]`).first().waitFor();
    const links = await bannerLinks(page);
    for (const href of [CLINIC_CALL, 'tel:988', 'tel:911']) assert.ok(links.includes(href), href);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('serves every page under the strict Content-Security-Policy, with no breach of it', async () => {
    for (const path of PAGES) {
      const { page, errors } = await open(path);
      const response = await page.reload();
      assert.equal(response.headers()['content-security-policy'], DEMO_CONTENT_SECURITY_POLICY, path);
      await page.waitForLoadState('networkidle');
      assert.deepEqual(errors, [], path);
      await page.close();
    }
  });

  it('fits every page in 320px without sideways scrolling', async () => {
    for (const path of PAGES) {
      const { page, errors } = await open(path, { width: 320 });
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow}px`);
      assert.deepEqual(errors, [], path);
      await page.close();
    }
  });

  it('reaches "Exit this page" first with the keyboard, then the ways to call', async () => {
    const { page } = await open('/');
    // The bar leads with the clinic's line while it is open (weekdays 9 to 9) and with 988 otherwise.
    await page.locator('peer-crisis-banner a[href^="tel:"]').first().waitFor();
    const focused = () =>
      page.evaluate(() => {
        let element = document.activeElement;
        while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
        return element?.textContent?.trim() ?? '';
      });
    await page.keyboard.press('Tab');
    assert.match(await focused(), /^Exit this page/);
    await page.keyboard.press('Tab');
    assert.match(await focused(), /^Call /);
    await page.close();
  });

  it('finds a group by name under the strict CSP, opens its details, and "Exit this page" leaves', async () => {
    const { page, errors } = await open('/find-a-group.html');
    const finder = page.locator('peer-group-finder');
    await finder.locator('li.result').first().waitFor();
    const all = await finder.locator('li.result').count();
    await finder.getByRole('searchbox').first().fill('coffee');
    await finder.locator('li.result', { hasText: 'Morning Recovery Coffee' }).first().waitFor();
    await page.waitForFunction(
      (before) => document.querySelector('peer-group-finder').shadowRoot.querySelectorAll('li.result').length < before,
      all,
    );
    await finder
      .getByRole('link', { name: /Morning Recovery Coffee/ })
      .first()
      .click();
    await finder.getByRole('heading', { name: /Morning Recovery Coffee/, level: 3 }).waitFor();
    assert.deepEqual(errors, []);
    // The neutral page it leaves for is on the internet, which tests never reach: answer it here.
    await page.route('https://www.bbc.com/**', (route) =>
      route.fulfill({ body: 'weather', contentType: 'text/plain' }),
    );
    await page
      .getByRole('button', { name: /Exit this page/ })
      .first()
      .click();
    await page.waitForURL('https://www.bbc.com/weather');
    await page.close();
  });

  it('configures a widget: the preview follows the options, and the snippet is shown and copied', async () => {
    const { page, errors } = await open('/configure.html', { permissions: ['clipboard-read', 'clipboard-write'] });
    assert.equal(await page.getByRole('link', { name: 'Configure' }).getAttribute('aria-current'), 'page');
    const preview = page.locator('#preview');
    const snippet = page.locator('#snippet');

    await page.getByLabel('Comment thread', { exact: true }).check();
    await page.getByLabel('Order (sort)').selectOption('newest');
    const thread = preview.locator('peer-comment-thread[sort="newest"]');
    await thread.getByRole('button', { name: 'Post comment' }).waitFor();
    const code = await snippet.textContent();
    assert.ok(code.includes('<script type="module" src="https://YOUR-SERVER/cdn/peer-support.js"></script>'), code);
    assert.ok(code.includes('<peer-support-provider api="https://YOUR-SERVER">'), code);
    assert.ok(code.includes('  <peer-comment-thread sort="newest"></peer-comment-thread>'), code);

    await page.getByLabel('Crisis banner', { exact: true }).check();
    await page.getByLabel('Style (variant)').selectOption('inline');
    await preview.locator('peer-crisis-banner[variant="inline"] a[href="tel:988"]').first().waitFor();
    assert.ok((await snippet.textContent()).includes('<peer-crisis-banner variant="inline"></peer-crisis-banner>'));

    await page.getByRole('button', { name: 'Copy snippet' }).click();
    // The page is granted the clipboard, so copying works and says so; the text copied is the snippet shown.
    await page.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await snippet.textContent());
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('speaks Spanish with ?lang=es, the lines from the server included', async () => {
    const { page, errors } = await open('/get-help.html?lang=es');
    await page.getByText('988 Línea de Prevención del Suicidio y Crisis').waitFor();
    await page.getByText(`Llamar al ${DEMO_CLINIC_LINE.channels[0].value}`).first().waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('speaks French from the language links, on every page it goes to', async () => {
    const { page, errors } = await open('/find-a-group.html');
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Français' }).click();
    await page.waitForURL(/lang=fr/);
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    assert.equal(await page.getByRole('link', { name: 'Français' }).getAttribute('aria-current'), 'true');
    const finder = page.locator('peer-group-finder');
    await finder
      .getByText(/\d+ groupes? trouvés?/)
      .first()
      .waitFor();
    await finder.getByText('Santé mentale').first().waitFor({ state: 'attached' });
    await page.locator('peer-crisis-banner').getByText('Besoin de parler à quelqu’un maintenant ?').waitFor();
    // The other pages stay in French.
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Check in' }).click();
    await page.locator('peer-check-in').getByText('Comment est votre humeur aujourd’hui ?').waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('keeps crisis help on screen when the backend cannot be reached', async () => {
    const { page, errors } = await open('/', { offline: true });
    await page.locator('peer-crisis-banner a[href="tel:988"]').first().waitFor();
    assert.ok(!(await bannerLinks(page)).includes(CLINIC_CALL));
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('takes a comment on the article page, holds words of crisis for the staff page, and counts on the home page', async () => {
    const { page, errors } = await open('/article.html');
    const thread = page.locator('peer-comment-thread');
    await thread.locator('textarea').first().waitFor();
    await thread.locator('textarea').first().fill('Reading this made me call a group today.');
    // A person takes a moment to write: the server refuses posts made within two seconds.
    await page.waitForTimeout(2100);
    await thread.getByRole('button', { name: 'Post comment' }).click();
    await thread.locator('article', { hasText: 'Reading this made me call a group today.' }).waitFor();

    await thread.locator('textarea').first().fill('Some days I want to die.');
    await page.waitForTimeout(2100);
    await thread.getByRole('button', { name: 'Post comment' }).click();
    await thread.locator('.own-item', { hasText: 'Waiting for review' }).first().waitFor();
    await thread.locator('.own-item peer-crisis-banner a[href="tel:988"]').first().waitFor();

    const home = await open('/');
    await home.page.locator('peer-comment-count', { hasText: '1 comment' }).waitFor();

    const staff = await open('/staff.html');
    const queue = staff.page.locator('peer-moderation-queue');
    await queue.locator('input[type="password"]').fill(STAFF_TOKEN);
    await queue.getByRole('button', { name: 'Sign in' }).click();
    const held = queue.locator('article').first();
    await held.waitFor();
    // Text, not innerText: queue items below the fold skip rendering (content-visibility) and have no innerText.
    assert.match(await held.textContent(), /care/i);
    assert.doesNotMatch(await held.textContent(), /want to die/);
    await held.getByRole('button', { name: 'Show comment' }).click();
    await held.getByText('Some days I want to die.').waitFor();
    assert.deepEqual([...errors, ...home.errors, ...staff.errors], []);
    await Promise.all([page.close(), home.page.close(), staff.page.close()]);
  });

  it('says plainly when comments cannot load, and keeps crisis help', async () => {
    const { page, errors } = await open('/article.html', { offline: true });
    await page.locator('peer-comment-thread [role="alert"]', { hasText: /offline|could not load/ }).waitFor();
    await page.locator('peer-crisis-banner a[href="tel:988"]').first().waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('keeps a check-in made while the server is unreachable across a reload, and sends it once when it is back', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await watchPolicy(page, errors);
    const unreachable = (route) => route.abort('connectionrefused');
    await page.route('**/v1/check-ins**', unreachable);
    await page.goto(server.url + '/check-in.html');
    const checkIn = page.locator('peer-check-in');
    await checkIn.locator('#q-mood label', { hasText: 'Okay' }).click();
    await checkIn.locator('#q-cravings label', { hasText: '6' }).click();
    await checkIn.locator('#consent-agree').check();
    await checkIn.getByRole('button', { name: 'Save check-in' }).click();
    await checkIn.locator('.status', { hasText: 'waiting to be sent' }).waitFor();

    await page.reload();
    await checkIn.locator('.status', { hasText: 'waiting to be sent' }).waitFor();
    const token = await checkIn.evaluate((element) => element.participant.token);

    await page.unroute('**/v1/check-ins**', unreachable);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await checkIn.locator('.status', { hasText: 'have been sent' }).waitFor();
    await page.reload();
    await checkIn.locator('#q-mood').waitFor();
    await page.waitForLoadState('networkidle');

    const answer = await fetch(`${server.url}/v1/check-ins`, { headers: { authorization: `Bearer ${token}` } });
    const { checkIns } = await answer.json();
    assert.deepEqual(
      checkIns.map((item) => item.answers),
      [{ mood: 3, cravings: 6 }],
    );
    assert.deepEqual(errors, []);
    await page.close();
  });
});
