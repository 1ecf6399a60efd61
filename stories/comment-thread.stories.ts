import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { argAttributes } from './arg-attributes.js';
import { createMemoryBackend, OfflineError } from '../src/index.js';
import type { StoredComment } from '../src/api/memory-comments.js';
import '../src/components/comment-thread/define.js';
import '../src/components/comment-count/define.js';
import '../src/core/provider/define.js';

/** Named as the element's attributes, which `argAttributes` sets from them. */
interface ThreadArgs {
  thread?: string;
  depth?: number;
  sort?: 'oldest' | 'newest' | 'supported';
  'page-size'?: number;
  heading?: string;
}

const THREAD = 'stories/first-group';
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
const sample = (id: string, name: string, body: string, minutes: number, extra: Partial<StoredComment> = {}) => ({
  id,
  thread: THREAD,
  parentId: null,
  name,
  body,
  createdAt: minutesAgo(minutes),
  updatedAt: null,
  reactions: { support: 0, helped: 0 },
  ...extra,
});

const comments: StoredComment[] = [
  sample('s1', 'Sam (sample)', 'My first group was scary for ten minutes, and then it was not.', 60 * 30, {
    reactions: { support: 6, helped: 3 },
  }),
  sample('s2', 'Lee (sample)', 'Same for me. Nobody made me talk.\nI just listened the first two times.', 60 * 20, {
    parentId: 's1',
    reactions: { support: 2, helped: 1 },
  }),
  sample('s3', 'Ana (sample)', 'Which group did you go to?', 60 * 5, { parentId: 's2' }),
  sample('s4', 'Sam (sample)', 'The Tuesday one downtown.', 60 * 4, { parentId: 's3' }),
  sample('s5', 'Anonymous', 'There is a list of online groups at https://example.org/groups if you cannot travel.', 90),
];

// Created once, so re-rendering a story (a control changed) does not start a new request.
const backend = createMemoryBackend({ comments });
const emptyBackend = createMemoryBackend();
const slowBackend = createMemoryBackend({ comments, latencyMs: 60_000 });
const downBackend = createMemoryBackend({ failWith: new OfflineError() });

const thread = (args: ThreadArgs, source = backend, locale?: string) =>
  html`<peer-support-provider .backend=${source} locale=${locale ?? ''}>
    <peer-comment-thread ${argAttributes(args)}></peer-comment-thread>
  </peer-support-provider>`;

/**
 * Comments under an article: replies, "Sending support" and "This helped", report, and the visitor's own
 * comments (edit and delete for a while). Crisis words are held for the clinic and their writer is shown help.
 * Try posting "I want to end my life" in the Default story to see what a writer at risk sees.
 */
const meta: Meta<ThreadArgs> = {
  title: 'Widgets/Comment thread',
  component: 'peer-comment-thread',
  args: { thread: THREAD, depth: 2, sort: 'oldest', 'page-size': 50 },
  argTypes: {
    depth: { control: { type: 'number', min: 0, max: 5 } },
    sort: { control: 'select', options: ['oldest', 'newest', 'supported'] },
    'page-size': { control: { type: 'number', min: 1, max: 100 } },
  },
  render: (args) => thread(args),
};
export default meta;
type Story = StoryObj<ThreadArgs>;

export const Default: Story = {};
export const OneLevelOfReplies: Story = { args: { depth: 1 } };
export const MostSupported: Story = { args: { sort: 'supported' } };
export const Empty: Story = { render: (args) => thread(args, emptyBackend) };
export const Spanish: Story = {
  render: (args) => thread(args, backend, 'es'),
};
export const Loading: Story = { render: (args) => thread(args, slowBackend) };
export const BackendDown: Story = { render: (args) => thread(args, downBackend) };
export const CountBadge: Story = {
  render: () =>
    html`<peer-support-provider .backend=${backend}>
      <p>What a first group is like (<peer-comment-count thread=${THREAD}></peer-comment-count>)</p>
    </peer-support-provider>`,
};
