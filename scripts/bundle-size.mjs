// Measures what a browser downloads for each self-contained CDN bundle: the entry file plus every chunk it
// imports statically (chunks it imports dynamically, like a translation or an opt-in feature, are listed
// apart because a page only fetches them when it uses them). Sizes are minified bytes, gzip level 9
// (the convention of gzip-size and size-limit) and brotli quality 11.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.[^"']+)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["'](\.[^"']+)["']\s*\)/g;

function imports(file, pattern) {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(pattern)].map((match) => join(dirname(file), match[1]));
}

/** The entry and everything it statically imports, transitively. */
export function staticClosure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    imports(file, STATIC_IMPORT).forEach(visit);
  };
  visit(entry);
  return [...seen];
}

export function measure(files) {
  // Each file is fetched and compressed on its own, so each is measured on its own and the sizes added.
  let minified = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const code = readFileSync(file);
    minified += code.length;
    gzip += gzipSync(code, { level: 9 }).length;
    brotli += brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { minified, gzip, brotli };
}

export function bundleReport(entry) {
  const files = staticClosure(entry);
  const lazy = [...new Set(files.flatMap((file) => imports(file, DYNAMIC_IMPORT)))].filter((f) => !files.includes(f));
  return {
    entry: relative(process.cwd(), entry),
    files: files.map((f) => relative(process.cwd(), f)),
    ...measure(files),
    lazy: lazy.map((file) => ({
      file: relative(process.cwd(), file),
      ...measure(staticClosure(file).filter((f) => !files.includes(f))),
    })),
  };
}
