import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { DEFAULT_EXIT_URL } from '../src/index.js';

interface QuickExitArgs {
  exitUrl: string;
  noShortcut: boolean;
}

/** Quick exit in a story must never leave Storybook. */
const stayHere = () => {};

const quickExit = (args: QuickExitArgs) =>
  html`<peer-quick-exit
    exit-url=${args.exitUrl}
    ?no-shortcut=${args.noShortcut}
    .navigate=${stayHere}
  ></peer-quick-exit>`;

const meta: Meta<QuickExitArgs> = {
  title: 'Widgets/Quick exit',
  component: 'peer-quick-exit',
  argTypes: {
    exitUrl: { control: 'text', name: 'exitUrl (exit-url)' },
    noShortcut: { control: 'boolean', name: 'noShortcut (no-shortcut)' },
  },
  args: { exitUrl: DEFAULT_EXIT_URL, noShortcut: false },
  render: (args) => quickExit(args),
};
export default meta;

type Story = StoryObj<QuickExitArgs>;

/** The button, and Shift pressed three times anywhere on the page. */
export const Default: Story = {
  render: (args) => quickExit(args),
};

/** The button only: for pages where Shift is typed a lot. */
export const NoShortcut: Story = {
  args: { noShortcut: true },
  render: (args) => quickExit(args),
};
