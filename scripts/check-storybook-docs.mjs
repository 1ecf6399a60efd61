// After `npm run build-storybook`: every element the package defines has a docs page in the built Storybook,
// and the manifest those pages read (custom-elements.json) knows the element by its tag, with its attributes
// documented. Fails with a message naming what is missing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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
const documented = new Set(
  Object.values(index.entries)
    .filter((entry) => entry.type === 'docs')
    .map((entry) => readFileSync(entry.importPath, 'utf8').match(/component:\s*'([a-z-]+)'/)?.[1])
    .filter(Boolean),
);

const problems = [];
for (const tag of defined) {
  const declaration = declarations.get(tag);
  if (!declaration) problems.push(`${tag}: not in custom-elements.json by its tag (a @tagname in its class JSDoc?)`);
  else if (!declaration.attributes?.length) problems.push(`${tag}: no attributes in custom-elements.json`);
  if (!documented.has(tag))
    problems.push(`${tag}: no docs page in the built Storybook (stories with component: '${tag}')`);
}
for (const problem of problems) console.error(`✗ ${problem}`);
console.log(`Storybook docs pages: ${defined.length - problems.length} of ${defined.length} elements complete`);
process.exitCode = problems.length ? 1 : 0;
