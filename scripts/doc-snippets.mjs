// Every TypeScript block in the guides compiles: the fenced ts/tsx blocks of README.md, server/README.md and
// docs/*.md that are not whole example files (those are checked as files; see doc-examples.mjs) are written
// next to the examples, so that `./custom-backend.js` means docs/examples/custom-backend.ts, and type-checked
// against the library's sources the way a reader's project sees the package (its exports map). A block that
// is a fragment of a function names what it relies on in a comment just above it:
// `<!-- snippet-context: declare const url: string; -->`. Fails naming the guide, line and error.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GUIDE_FILES } from './guide-files.mjs';

// Any fence whose language is TypeScript (ts, tsx, typescript, with or without more words after it).
const BLOCK = /(?:<!-- (example|snippet-context): ([^\n]*?) -->\r?\n)?```(tsx?|typescript)\b[^\n]*\n([\s\S]*?)```/g;

/** The package's exports as TypeScript paths onto the sources: "./dist/x/define.js" → "src/x/define.ts". */
function exportPaths() {
  const { exports } = JSON.parse(readFileSync('package.json', 'utf8'));
  const paths = {};
  for (const [subpath, target] of Object.entries(exports)) {
    const file = typeof target === 'string' ? target : target.default;
    if (!file.startsWith('./dist/') || !file.endsWith('.js') || subpath.includes('*')) continue;
    const name = subpath === '.' ? 'peer-support-widgets' : `peer-support-widgets/${subpath.slice(2)}`;
    paths[name] = [`../../${file.slice('./dist/'.length).replace(/^/, 'src/').replace(/\.js$/, '.ts')}`];
  }
  return paths;
}

const written = new Map();
for (const guide of GUIDE_FILES) {
  const text = readFileSync(guide, 'utf8');
  for (const match of text.matchAll(BLOCK)) {
    const [, marker, context, language, code] = match;
    if (marker === 'example') continue;
    // The fence's own line: a block's first line of code is the line after it.
    const line = text.slice(0, match.index).split('\n').length + (marker ? 1 : 0);
    const file = `snippet-${guide.replace(/[/.]/g, '-')}-${line}.tmp.${language === 'tsx' ? 'tsx' : 'ts'}`;
    const preamble = context ? `${context}\n` : '';
    writeFileSync(join('docs/examples', file), preamble + code);
    written.set(file, { guide, line, offset: preamble ? 1 : 0 });
  }
}

const config = join('docs/examples', 'tsconfig.snippets.tmp.json');
writeFileSync(
  config,
  JSON.stringify({
    extends: './tsconfig.json',
    // Fragments declare what the reader would go on to use.
    compilerOptions: { noUnusedLocals: false, noUnusedParameters: false, paths: exportPaths() },
    include: [...written.keys()],
  }),
);
let result;
try {
  result = spawnSync('npx', ['tsc', '--noEmit', '--pretty', 'false', '-p', config], { encoding: 'utf8' });
} finally {
  for (const file of [...written.keys(), 'tsconfig.snippets.tmp.json'])
    rmSync(join('docs/examples', file), { force: true });
}
// "docs/examples/snippet-….tmp.ts(3,5): error TS…" → "docs/custom-backend.md:72:5: error TS…"
const errors = (result.stdout + result.stderr).replace(
  /(?:docs\/examples\/)?(snippet-[^(\s]+)\((\d+),(\d+)\)/g,
  (whole, file, row, column) => {
    const where = written.get(file);
    return where ? `${where.guide}:${where.line + Number(row) - where.offset}:${column}` : whole;
  },
);
if (result.status !== 0) {
  console.error(errors.trim());
  console.error(`✗ TypeScript in the guides does not compile (${written.size} block(s) checked)`);
  process.exitCode = 1;
} else {
  console.log(`doc snippets: ${written.size} TypeScript block(s) in the guides compile`);
}
