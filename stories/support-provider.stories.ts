import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { argAttributes } from './arg-attributes.js';

/** Named as the element's attributes, which `argAttributes` sets from them. */
interface ProviderArgs {
  api?: string;
  clinic?: string;
  region?: string;
  locale?: string;
  timezone?: string;
}

/** The toolbar's locale applies unless the story's own `locale` control says otherwise. */
const provider = (args: ProviderArgs, globals: Record<string, unknown> | undefined) => {
  const locale = args.locale ?? (typeof globals?.locale === 'string' ? globals.locale : undefined);
  return html`<peer-support-provider ${argAttributes({ ...args, locale })}>
    <peer-crisis-banner variant="inline"></peer-crisis-banner>
  </peer-support-provider>`;
};

const meta: Meta<ProviderArgs> = {
  title: 'Configuration/Support provider',
  component: 'peer-support-provider',
  argTypes: {
    region: { control: 'select', options: ['US', 'CA', 'GB', 'IE', 'AU', 'NZ'] },
    locale: { control: 'inline-radio', options: ['en', 'es', 'fr'] },
  },
  args: { region: 'CA' },
  // No `api`: the widgets inside use the lines shipped for the region, with no network.
  render: (args, { globals }) => provider(args, globals),
};
export default meta;

type Story = StoryObj<ProviderArgs>;

/** A clinic in Canada: every widget inside shows Canada's lines (9-8-8, 911) without being told. */
export const RegionCanada: Story = {
  render: (args, { globals }) => provider(args, globals),
};
