// `npm run bench`: prints the figures this project promises, for the closing notes and for reviewers.
// So far: what each self-contained bundle costs a visitor (run `npm run build` first).
import { existsSync, readdirSync } from 'node:fs';
import { bundleReport } from '../scripts/bundle-size.mjs';

if (!existsSync('dist/cdn')) {
  console.error('dist/cdn is missing: run npm run build first.');
  process.exit(1);
}
const rows = readdirSync('dist/cdn')
  .filter((file) => file.endsWith('.js'))
  .map((file) => bundleReport(`dist/cdn/${file}`));
console.log('bundle                    minified     gzip   brotli   (on demand, gzip)');
for (const row of rows) {
  const lazy = row.lazy
    .map(
      (l) =>
        `${l.file
          .split('/')
          .pop()
          .replace(/-[\w-]{8}\.js$/, '')} ${l.gzip}`,
    )
    .join(', ');
  console.log(
    `${row.entry.padEnd(26)}${String(row.minified).padStart(8)} ${String(row.gzip).padStart(8)} ${String(row.brotli).padStart(8)}   ${lazy}`,
  );
}
