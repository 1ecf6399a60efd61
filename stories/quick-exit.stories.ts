import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { argAttributes } from './arg-attributes.js';
import { DEFAULT_EXIT_URL } from '../src/index.js';

/** Named as the element's attributes, which `argAttributes` sets from them. */
interface QuickExitArgs {
  'exit-url'?: string;
  'no-shortcut'?: boolean;
}

/** Quick exit in a story must never leave Storybook. */
const stayHere = () => {};

const quickExit = (args: QuickExitArgs) =>
  html`<peer-quick-exit ${argAttributes(args)} .navigate=${stayHere}></peer-quick-exit>`;

const meta: Meta<QuickExitArgs> = {
  title: 'Widgets/Quick exit',
  component: 'peer-quick-exit',
  argTypes: {
    'exit-url': { control: 'text' },
    'no-shortcut': { control: 'boolean' },
  },
  args: { 'exit-url': DEFAULT_EXIT_URL, 'no-shortcut': false },
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
  args: { 'no-shortcut': true },
  render: (args) => quickExit(args),
};
