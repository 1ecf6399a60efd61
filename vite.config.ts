import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import { minifyTemplateLiterals } from './scripts/minify-template-literals.mjs';
import { terserChunks } from './scripts/terser-chunks.mjs';

/**
 * Two kinds of build, chosen by mode (scripts/build.mjs runs them all):
 * - "library" (default): ES modules for npm, one entry per element, module structure kept, Lit external.
 * - "cdn:<name>": one self-contained, minified bundle (Lit included) for a plain script tag.
 */
export const libraryEntries = {
  index: 'src/index.ts',
  all: 'src/all.ts',
  api: 'src/api/index.ts',
  'support-provider': 'src/core/provider/define.ts',
  'crisis-banner': 'src/components/crisis-banner/define.ts',
  'quick-exit': 'src/components/quick-exit/define.ts',
  'group-finder': 'src/components/group-finder/define.ts',
  'comment-thread': 'src/components/comment-thread/define.ts',
  'comment-count': 'src/components/comment-count/define.ts',
  'moderation-queue': 'src/components/moderation-queue/define.ts',
  'check-in': 'src/components/check-in/define.ts',
  react: 'src/react.ts',
};

/** Self-contained bundles: every element at once, and each element on its own. */
export const cdnEntries: Record<string, string> = {
  'peer-support': 'src/cdn/peer-support.ts',
  'crisis-banner': 'src/cdn/crisis-banner.ts',
  'quick-exit': 'src/cdn/quick-exit.ts',
  'group-finder': 'src/cdn/group-finder.ts',
  'comment-thread': 'src/cdn/comment-thread.ts',
  'moderation-queue': 'src/cdn/moderation-queue.ts',
  'check-in': 'src/cdn/check-in.ts',
};

// React is the page's own (a peer dependency of src/react.ts): never bundled.
const external = (id: string) => /^(lit|@lit\/|@lit-labs\/|react$|react\/|react-dom$|react-dom\/)/.test(id);

function libraryConfig(): UserConfig {
  return {
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      sourcemap: true,
      minify: false,
      target: 'es2022',
      lib: { entry: Object.values(libraryEntries).map((file) => resolve(file)), formats: ['es'] },
      rollupOptions: {
        external,
        output: {
          preserveModules: true,
          preserveModulesRoot: 'src',
          entryFileNames: '[name].js',
        },
      },
    },
  };
}

function cdnConfig(name: string): UserConfig {
  const entry = cdnEntries[name];
  if (!entry) throw new Error(`Unknown CDN bundle "${name}"`);
  return {
    publicDir: false,
    plugins: [minifyTemplateLiterals(), terserChunks()],
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      sourcemap: true,
      target: 'es2022',
      // Lib mode skips Vite's module-preload helper (these bundles load from any origin); terserChunks
      // minifies, since lib mode leaves whitespace alone in ES output.
      minify: false,
      lib: { entry: resolve(entry), formats: ['es'], fileName: () => `${name}.js` },
      rollupOptions: {
        // Lets shared modules live in the entry chunk instead of extra chunks the entry must also fetch.
        preserveEntrySignatures: 'allow-extension',
        output: {
          minify: true,
          // Lit's per-file licence comments move to one THIRD_PARTY_LICENSES.txt beside the bundles
          // (scripts/build.mjs writes it), as the README says.
          comments: { legal: false },
          chunkFileNames: `chunks/[name]-[hash].js`,
        },
      },
    },
  };
}

export default defineConfig(({ mode }) => (mode.startsWith('cdn:') ? cdnConfig(mode.slice(4)) : libraryConfig()));
