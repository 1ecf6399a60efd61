import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
const shots = JSON.parse(process.argv[2]);
for (const s of shots) {
  const page = await browser.newPage({ viewport: { width: s.width ?? 1000, height: s.height ?? 800 }, colorScheme: s.dark ? 'dark' : 'light' });
  page.on('console', (m) => console.log('console:', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  await page.goto(s.url);
  await page.waitForTimeout(800);
  for (const a of s.actions ?? []) {
    if (a.click) await page.locator(a.click).first().click();
    if (a.press) await page.keyboard.press(a.press);
    await page.waitForTimeout(300);
  }
  await page.screenshot({ path: s.out, fullPage: !!s.full });
  console.log('saved', s.out);
}
await browser.close();
