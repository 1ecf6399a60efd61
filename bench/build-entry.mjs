// Builds a benchmark's page-side entry the way the CDN bundles are built (Lit bundled, templates and code
// minified), so the browser benchmarks time production code.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { minifyTemplateLiterals } from '../scripts/minify-template-literals.mjs';
import { terserChunks } from '../scripts/terser-chunks.mjs';

/** Builds `entry` into `outDir/fileName` (chunks beside it); resolves to the entry's minified size in bytes. */
export async function buildBenchEntry(entry, outDir, fileName) {
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    plugins: [minifyTemplateLiterals(), terserChunks()],
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      target: 'es2022',
      minify: false,
      lib: { entry: resolve(entry), formats: ['es'], fileName: () => fileName },
      rollupOptions: { output: { minify: true, comments: { legal: false } } },
    },
  });
  return readFileSync(resolve(outDir, fileName)).length;
}
