import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map';
// Which source files take how many bytes of a built bundle (from its source map): node bench/bundle-breakdown.mjs dist/cdn/X.js
const file = process.argv[2];
const code = readFileSync(file, 'utf8');
const map = JSON.parse(readFileSync(file + '.map', 'utf8'));
const lines = code.split('\n');
const text = {};
await SourceMapConsumer.with(map, null, (c) => {
  let prev = null;
  const add = (src, s) => (text[src] = (text[src] || '') + s);
  c.eachMapping((m) => {
    if (prev) {
      const line = lines[prev.generatedLine - 1] ?? '';
      add(
        prev.source,
        prev.generatedLine === m.generatedLine
          ? line.slice(prev.generatedColumn, m.generatedColumn)
          : line.slice(prev.generatedColumn),
      );
    }
    prev = m;
  });
});
let total = 0;
Object.entries(text)
  .map(([s, t]) => [s, t.length, gzipSync(t, { level: 9 }).length])
  .sort((a, b) => b[2] - a[2])
  .slice(0, 30)
  .forEach(([s, n, g]) => {
    total += g;
    console.log(g, n, s);
  });
console.log('sum of separate gz', total, 'whole gz', gzipSync(code, { level: 9 }).length);
