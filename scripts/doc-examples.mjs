// The guides show whole example files, which `npm test` type-checks and renders: a fenced block right after
// `<!-- example: examples/<file> -->` must be that file, byte for byte. `--check` fails on any difference;
// without it, the blocks are rewritten from the files.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const check = process.argv.includes('--check');
const MARKED_BLOCK = /(<!-- example: (\S+) -->\n```\w*\n)([\s\S]*?)(```)/g;
let blocks = 0;
let stale = 0;

for (const name of readdirSync('docs').filter((file) => file.endsWith('.md'))) {
  const path = join('docs', name);
  const text = readFileSync(path, 'utf8');
  const updated = text.replace(MARKED_BLOCK, (whole, opening, example, shown, closing) => {
    blocks++;
    const source = readFileSync(join('docs', example), 'utf8');
    if (shown === source) return whole;
    stale++;
    console.error(`${check ? '✗' : '↻'} ${path}: the block for ${example} differs from the file`);
    return opening + source + closing;
  });
  if (!check && updated !== text) writeFileSync(path, updated);
}

if (!blocks) {
  console.error('✗ no marked example blocks found in docs/');
  process.exitCode = 1;
} else if (check && stale) {
  console.error('Run `node scripts/doc-examples.mjs` to copy the files into the guides.');
  process.exitCode = 1;
} else {
  console.log(`doc examples: ${blocks} block(s) ${check ? 'match their files' : 'written'}`);
}
