// After `npm run build-storybook`: every element the package defines has a docs page in the built Storybook,
// and the manifest those pages read (custom-elements.json) knows the element by its tag, with its attributes
// documented. Then each docs page is opened in Chromium, as a reader would: it must show the element, and a
// control for every one of its attributes. Every guide (README.md, docs/*.md, server/README.md) has a page
// too, which must show the guide's own heading, and whose links to other pages must lead to pages that exist;
// the theming guide must show the three example themes live. Fails with a message naming what is missing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './ensure-chromium.mjs';
import { GUIDE_FILES } from './guide-files.mjs';

const defined = readdirSync('src', { recursive: true })
  .filter((file) => file.endsWith('define.ts'))
  .flatMap((file) => [...readFileSync(join('src', file), 'utf8').matchAll(/defineElement\('([a-z-]+)'/g)])
  .map((match) => match[1]);

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const declarations = new Map(
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => [declaration.tagName, declaration]),
);

const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const problems = [];
const docsEntries = Object.values(index.entries).filter((entry) => entry.type === 'docs');
const docsPageOf = new Map(
  docsEntries
    .filter((entry) => !entry.importPath.endsWith('.mdx'))
    .map((entry) => [readFileSync(entry.importPath, 'utf8').match(/component:\s*'([a-z-]+)'/)?.[1], entry.id]),
);
for (const tag of defined) {
  const declaration = declarations.get(tag);
  if (!declaration) problems.push(`${tag}: not in custom-elements.json by its tag (a @tagname in its class JSDoc?)`);
  else if (!declaration.attributes?.length) problems.push(`${tag}: no attributes in custom-elements.json`);
  if (!docsPageOf.has(tag))
    problems.push(`${tag}: no docs page in the built Storybook (stories with component: '${tag}')`);
}
// The guides' pages, by the Markdown file each one imports.
const guidePageOf = new Map(
  docsEntries
    .filter((entry) => entry.importPath.endsWith('.mdx'))
    .map((entry) => [readFileSync(entry.importPath, 'utf8').match(/from '\.\.\/\.\.\/(.+\.md)\?raw'/)?.[1], entry.id]),
);
for (const guide of GUIDE_FILES) {
  if (!guidePageOf.has(guide)) problems.push(`${guide}: no page in the built Storybook (a stories/guides/*.mdx)`);
}
const pageIds = new Set(Object.keys(index.entries));

/** Whether what `locator` finds shows up on the page within the time a built Storybook takes to draw. */
const appears = (locator) =>
  locator
    .first()
    .waitFor({ timeout: 30_000 })
    .then(
      () => true,
      () => false,
    );

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer((request, response) => {
  let path = normalize(join('storybook-static', decodeURIComponent(new URL(request.url, 'http://x').pathname)));
  if (path.endsWith('/')) path = join(path, 'index.html');
  if (!path.startsWith('storybook-static') || !existsSync(path)) return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
  response.end(readFileSync(path));
}).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  for (const tag of defined) {
    const id = docsPageOf.get(tag);
    if (!id) continue;
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/iframe.html?id=${id}&viewMode=docs`);
    const table = page.locator('table.docblock-argstable').first();
    await table.waitFor({ timeout: 30_000 });
    // Section rows ("attributes", "events"…) start each category; a control is whatever the last cell holds.
    const rows = await table.locator('tbody tr').evaluateAll((trs) => {
      let category = '';
      return trs.map((tr) => {
        const toggle = tr.cells.length < 3 ? tr.textContent.trim().match(/^(?:Hide|Show) (.+?) items/) : null;
        if (toggle) category = toggle[1];
        const control = tr.cells[tr.cells.length - 1]?.querySelector('input, select, textarea, button');
        return { category, name: tr.cells[0]?.textContent.trim().split(/\s/)[0], control: !toggle && !!control };
      });
    });
    const controlled = new Set(
      rows.filter((row) => row.category === 'attributes' && row.control).map((row) => row.name),
    );
    for (const attribute of declarations.get(tag)?.attributes ?? []) {
      if (!controlled.has(attribute.name)) problems.push(`${tag}: no control for [${attribute.name}] on its docs page`);
    }
    if (!(await page.locator(tag).count())) problems.push(`${tag}: its docs page does not show the element`);
    await page.close();
  }
  for (const [guide, id] of guidePageOf) {
    if (!guide) continue;
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/iframe.html?id=${id}&viewMode=docs`);
    const heading = readFileSync(guide, 'utf8')
      .match(/^# (.+)$/m)[1]
      .replace(/`/g, '');
    if (!(await appears(page.locator('h1').filter({ hasText: heading }))))
      problems.push(`${guide}: its page does not show its heading "${heading}"`);
    const targets = await page
      .locator('a[href^="?path=/docs/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const target of targets) {
      const linked = target.replace('?path=/docs/', '').replace(/#.*$/, '');
      if (!pageIds.has(linked)) problems.push(`${guide}: its page links to ${target}, which is not a page`);
    }
    if (guide === 'docs/theming.md') {
      for (const theme of ['brand', 'high-contrast', 'dark']) {
        if (!(await appears(page.locator(`[data-peer-theme="${theme}"] peer-crisis-banner`))))
          problems.push(`${guide}: its page does not show the ${theme} theme on the widgets`);
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

for (const problem of problems) console.error(`✗ ${problem}`);
const incomplete = new Set(problems.map((problem) => problem.split(':')[0]));
const complete = (names) => names.filter((name) => !incomplete.has(name)).length;
console.log(
  `Storybook docs pages: ${complete(defined)} of ${defined.length} elements complete, ` +
    `${complete(GUIDE_FILES)} of ${GUIDE_FILES.length} guides shown`,
);
process.exitCode = problems.length ? 1 : 0;
