import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map';
const file = process.argv[2];
const code = readFileSync(file, 'utf8');
const lines = code.split('\n');
await SourceMapConsumer.with(JSON.parse(readFileSync(file + '.map', 'utf8')), null, (c) => {
  let prev = null;
  c.eachMapping((m) => {
    if (prev && prev.source === null) {
      const line = lines[prev.generatedLine - 1];
      const t = prev.generatedLine === m.generatedLine ? line.slice(prev.generatedColumn, m.generatedColumn) : line.slice(prev.generatedColumn);
      if (t.length > 20) console.log(JSON.stringify(t.slice(0, 200)));
    }
    prev = m;
  });
});
