import type { StorybookConfig } from '@storybook/web-components-vite';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// The docs pages read every element's attributes, properties, events, slots, parts and CSS properties from
// custom-elements.json, which `npm run build` writes: make it here when Storybook runs before any build.
if (!existsSync('custom-elements.json')) execFileSync('npm', ['run', 'analyze'], { stdio: 'inherit' });

const config: StorybookConfig = {
  // The guides in docs/ are pages too (stories/guides/*.mdx show the Markdown files themselves).
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: {
    disableTelemetry: true,
    // The repo-root vite.config.ts is the library/CDN build (lib mode, Lit external): Storybook must not
    // inherit it, so the builder reads a config of its own. Vite resolves this path from the working
    // directory, which is the package root under `npm run storybook` / `npm run build-storybook`.
    builder: {
      name: '@storybook/builder-vite',
      options: { viteConfigPath: '.storybook/vite.config.ts' },
    },
  },
};

export default config;
