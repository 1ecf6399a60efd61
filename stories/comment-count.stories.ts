import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { argAttributes } from './arg-attributes.js';
import { createMemoryBackend, OfflineError } from '../src/index.js';

/** Named as the element's attributes, which `argAttributes` sets from them. */
interface CommentCountArgs {
  thread?: string;
  href?: string;
}

const now = Date.now();
/** Three published comments on one article, one on another; every badge on a page shares one request. */
const comments = ['one', 'two', 'three', 'other'].map((id) => ({
  id,
  thread: id === 'other' ? '/articles/other' : '/articles/first-group',
  parentId: null,
  name: 'Anonymous',
  body: 'Thank you for writing this.',
  createdAt: new Date(now - 3_600_000).toISOString(),
  updatedAt: null,
  reactions: { support: 0, helped: 0 },
}));
const backend = createMemoryBackend({ comments });
const downBackend = { ...createMemoryBackend(), countComments: () => Promise.reject(new OfflineError()) };

const badge = (args: CommentCountArgs, source: unknown = backend) =>
  html`<peer-support-provider .backend=${source}>
    <p>
      An article about the first group meeting ·
      <peer-comment-count ${argAttributes(args)}></peer-comment-count>
    </p>
  </peer-support-provider>`;

const meta: Meta<CommentCountArgs> = {
  title: 'Widgets/Comment count',
  component: 'peer-comment-count',
  argTypes: {
    thread: { control: 'text' },
    href: { control: 'text' },
  },
  args: { thread: '/articles/first-group', href: '' },
  render: (args) => badge(args),
};
export default meta;

type Story = StoryObj<CommentCountArgs>;

/** "3 comments", as text beside the article's title. */
export const Default: Story = {};

/** From the article's address instead of a thread id: its path is the thread id, as the thread itself uses. */
export const FromArticleAddress: Story = {
  args: { thread: '', href: 'https://clinic.example/articles/first-group' },
};

/** No badge at all when the count cannot be had: a missing badge is better than a wrong one. */
export const BackendDown: Story = {
  render: (args) => badge(args, downBackend),
};
