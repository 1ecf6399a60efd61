import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createMemoryBackend } from '../src/index.js';
import type { StoredComment } from '../src/api/memory-comments.js';
import { inExampleTheme, type ExampleThemeName } from './themes/example-themes.js';
import '../src/components/check-in/define.js';
import '../src/components/comment-thread/define.js';
import '../src/components/crisis-banner/define.js';
import '../src/core/provider/define.js';

const THREAD = 'stories/themes';
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
const comments: StoredComment[] = [
  {
    id: 't1',
    thread: THREAD,
    parentId: null,
    name: 'Sam (sample)',
    body: 'Going back after a bad week was the hardest part. Nobody asked me to explain.',
    createdAt: hoursAgo(20),
    updatedAt: null,
    reactions: { support: 4, helped: 2 },
  },
  {
    id: 't2',
    thread: THREAD,
    parentId: 't1',
    name: 'Lee (sample)',
    body: 'Glad you went back.',
    createdAt: hoursAgo(3),
    updatedAt: null,
    reactions: { support: 1, helped: 0 },
  },
];
// Created once, so switching between the themes does not start the thread again.
const backend = createMemoryBackend({ comments });

/** The pieces a theme most changes: crisis colours, buttons and links, form fields, the focus ring. */
const widgets = (theme: ExampleThemeName) =>
  inExampleTheme(
    theme,
    html`<peer-support-provider .backend=${backend} clinic="Riverside Community Recovery">
      <peer-crisis-banner variant="inline" quick-exit></peer-crisis-banner>
      <peer-comment-thread thread=${THREAD}></peer-comment-thread>
      <peer-check-in items="mood cravings" participant-token=${`story-theme-${theme}-participant-0123456789`}>
      </peer-check-in>
    </peer-support-provider>`,
  );

/**
 * The three example themes of docs/themes/, each applied as a clinic would apply it, to the widgets. The
 * toolbar's "Theme" menu applies one to every other story too.
 */
const meta: Meta = {
  title: 'Guides/Theming',
  // The guide (theming.mdx) is this page's docs; an automatic one would be a second page of the same name.
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
};
export default meta;
type Story = StoryObj;

export const Brand: Story = { name: 'A clinic’s brand', render: () => widgets('brand') };
export const HighContrast: Story = { name: 'High contrast', render: () => widgets('high-contrast') };
export const Dark: Story = { name: 'Dark', render: () => widgets('dark') };
