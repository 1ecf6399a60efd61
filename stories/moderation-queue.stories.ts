import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { argAttributes } from './arg-attributes.js';
import { createMemoryBackend, OfflineError, type MemoryBackendSeed } from '../src/index.js';
// Defines the tag even where the story is rendered without the all-elements entry.
import '../src/components/moderation-queue/define.js';

/** Named as the element's attributes, which `argAttributes` sets from them. */
interface QueueArgs {
  'refresh-seconds'?: number;
}

/** The memory backend's default staff token: type it into the SignIn story. */
const STAFF_TOKEN = 'staff';

type StoredComment = NonNullable<MemoryBackendSeed['comments']>[number];

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

/** Fictional comments held for review on a clinic's articles: sample data, not real people. */
function heldComments(): StoredComment[] {
  const base = {
    parentId: null,
    updatedAt: null,
    reactions: { support: 0, helped: 0 },
    status: 'held' as const,
  };
  return [
    {
      ...base,
      id: 'story-care',
      thread: 'article-winter-blues',
      name: 'Sam (sample)',
      body: "Some days I don't see the point of going on anymore.\nI haven't told anyone.",
      createdAt: minutesAgo(12),
      heldReason: 'care',
      care: true,
    },
    {
      ...base,
      id: 'story-links',
      thread: 'article-sleep',
      name: 'Robin (sample)',
      body: 'This sleep diary helped me a lot: https://example.org/sleep-diary',
      createdAt: minutesAgo(95),
      heldReason: 'links',
    },
    {
      ...base,
      id: 'story-reported',
      thread: 'article-sleep',
      name: 'Kai (sample)',
      body: 'People like you just need to try harder.',
      createdAt: minutesAgo(60),
      heldReason: 'reported',
      reports: [{ reason: 'harmful', note: 'Unkind to someone who is struggling.', createdAt: minutesAgo(20) }],
    },
    {
      ...base,
      id: 'story-spam',
      thread: 'article-first-meeting',
      name: 'Deals (sample)',
      body: 'Great prices on supplements, message me!',
      createdAt: minutesAgo(45),
      heldReason: 'reported',
      reports: [{ reason: 'spam', note: null, createdAt: minutesAgo(30) }],
    },
    {
      ...base,
      id: 'story-first',
      thread: 'article-first-meeting',
      name: 'Jo (sample)',
      body: 'I went to my first group last week.\nI was nervous, but everyone was kind.',
      createdAt: minutesAgo(30),
      heldReason: 'first-time',
    },
  ];
}

// Created once, so re-rendering a story (a control changed) keeps the decisions already made in it.
const waitingBackend = createMemoryBackend({ comments: heldComments() });
const signInBackend = createMemoryBackend({ comments: heldComments() });
const emptyBackend = createMemoryBackend();
const downBackend = createMemoryBackend({ failWith: new OfflineError() });

const queue = (args: QueueArgs, source: unknown, token: string) =>
  html`<peer-support-provider .backend=${source}>
    <peer-moderation-queue ${argAttributes(args)} .token=${token}></peer-moderation-queue>
  </peer-support-provider>`;

const meta: Meta<QueueArgs> = {
  title: 'Widgets/Moderation queue',
  component: 'peer-moderation-queue',
  argTypes: {
    'refresh-seconds': { control: 'number' },
  },
  args: { 'refresh-seconds': 60 },
  render: (args) => queue(args, waitingBackend, STAFF_TOKEN),
};
export default meta;

type Story = StoryObj<QueueArgs>;

/** Signed out. The sample backend's staff token is "staff". */
export const SignIn: Story = { render: (args) => queue(args, signInBackend, '') };

/** Five comments waiting: one needs care (first), one reported as harmful, one as spam, one with a link. */
export const Waiting: Story = {};

export const Empty: Story = { render: (args) => queue(args, emptyBackend, STAFF_TOKEN) };

export const BackendDown: Story = { render: (args) => queue(args, downBackend, STAFF_TOKEN) };
