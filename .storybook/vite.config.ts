import { defineConfig } from 'vite';

// Deliberately empty: Storybook adds what it needs. See main.ts for why this is not the root config.
export default defineConfig({});
