// The repository's written guides: the README, the reference server's README and every page of docs/. Storybook
// shows each as a page (check-storybook-docs.mjs) and npm test compiles their TypeScript (doc-snippets.mjs).
import { readdirSync } from 'node:fs';

export const GUIDE_FILES = [
  'README.md',
  'server/README.md',
  ...readdirSync('docs')
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`),
];
