import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y'],
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
