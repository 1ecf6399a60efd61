import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { argAttributes } from './arg-attributes.js';
import { createMemoryBackend, OfflineError, type CrisisResource, type PeerSupportBackend } from '../src/index.js';

/** Named as the element's attributes, which `argAttributes` sets from them. */
interface BannerArgs {
  variant?: 'bar' | 'inline';
  position?: 'top' | 'bottom' | 'static';
  dismissible?: boolean;
  'quick-exit'?: boolean;
  'exit-url'?: string;
  region?: string;
  expanded?: boolean;
}

/** Quick exit in a story must never leave Storybook. */
const stayHere = () => {};

const banner = (args: BannerArgs) =>
  html`<peer-crisis-banner ${argAttributes(args)} .navigate=${stayHere}></peer-crisis-banner>`;

/** A fictional clinic's own line: weekdays 9 to 5, Pacific time. */
const clinicLine: CrisisResource = {
  id: 'riverside-warm-line',
  name: 'Riverside Clinic warm line',
  description: 'Talk with a peer supporter.',
  channels: [{ kind: 'call', value: '206-555-0100' }],
  hours: {
    timeZone: 'America/Los_Angeles',
    weekly: [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00' }],
  },
};

/** The same line, staffed around the clock, so the story looks the same whatever the day. */
const alwaysOpenClinicLine: CrisisResource = {
  ...clinicLine,
  hours: { timeZone: 'UTC', weekly: [{ days: [0, 1, 2, 3, 4, 5, 6], opens: '00:00', closes: '24:00' }] },
};

// Created once, so re-rendering a story (a control changed) does not start a new request.
const slowBackend = createMemoryBackend({ latencyMs: 60_000 });
const downBackend = createMemoryBackend({ failWith: new OfflineError() });
const clinicBackend = createMemoryBackend({ crisisResources: [alwaysOpenClinicLine] });

const meta: Meta<BannerArgs> = {
  title: 'Widgets/Crisis banner',
  component: 'peer-crisis-banner',
  argTypes: {
    variant: { control: 'inline-radio', options: ['bar', 'inline'] },
    position: { control: 'inline-radio', options: ['top', 'bottom', 'static'] },
    dismissible: { control: 'boolean' },
    'quick-exit': { control: 'boolean' },
    region: { control: 'select', options: ['US', 'CA', 'GB', 'IE', 'AU', 'NZ'] },
    expanded: { control: 'boolean' },
  },
  args: {
    variant: 'bar',
    position: 'top',
    dismissible: false,
    'quick-exit': false,
    region: 'US',
    expanded: false,
  },
  render: (args) => banner(args),
};
export default meta;

type Story = StoryObj<BannerArgs>;

export const CollapsedBar: Story = {
  render: (args) => banner(args),
};

export const ExpandedBar: Story = {
  args: { expanded: true },
  render: (args) => banner(args),
};

export const Inline: Story = {
  args: { variant: 'inline' },
  render: (args) => banner(args),
};

export const BottomBar: Story = {
  args: { position: 'bottom' },
  render: (args) =>
    html`<p>Page content above the bar.</p>
      ${banner(args)}`,
};

export const Dismissible: Story = {
  args: { dismissible: true },
  render: (args) => banner(args),
};

export const WithQuickExit: Story = {
  args: { 'quick-exit': true },
  render: (args) => banner(args),
};

export const Spanish: Story = {
  args: { variant: 'inline' },
  render: (args) => html`<peer-support-provider locale="es">${banner(args)}</peer-support-provider>`,
};

export const OtherRegions: Story = {
  args: { variant: 'inline', region: 'GB' },
  render: (args) => banner(args),
};

const clinicBanner = (args: BannerArgs, now: Date) =>
  html`<peer-crisis-banner
    ${argAttributes(args)}
    .resources=${[clinicLine]}
    .now=${now}
    .navigate=${stayHere}
  ></peer-crisis-banner>`;

/** A Wednesday at 10:00 in Seattle: the clinic's line is staffed and comes first. */
export const ClinicLineOpen: Story = {
  args: { variant: 'inline' },
  render: (args) => clinicBanner(args, new Date('2026-07-15T17:00:00Z')),
};

/** A Saturday: the clinic's line is closed, says when it opens, and the 24/7 lines come first. */
export const ClinicLineClosed: Story = {
  args: { variant: 'inline' },
  render: (args) => clinicBanner(args, new Date('2026-07-18T17:00:00Z')),
};

/** A story's render: the banner under a provider with this backend (the toolbar's language comes from around it). */
const withBackend =
  (backend: PeerSupportBackend): Story['render'] =>
  (args) =>
    html`<peer-support-provider .backend=${backend}>${banner(args as BannerArgs)}</peer-support-provider>`;

/** The backend never answers in time: the shipped lines are on screen all the same. */
export const BackendSlow: Story = {
  args: { variant: 'inline' },
  render: withBackend(slowBackend),
};

/** The backend is unreachable: the shipped lines are on screen all the same. */
export const BackendDown: Story = {
  args: { variant: 'inline' },
  render: withBackend(downBackend),
};

/** The clinic's backend adds its own line to the shipped ones. */
export const BackendAddsLine: Story = {
  args: { variant: 'inline' },
  render: withBackend(clinicBackend),
};

export const RightToLeft: Story = {
  args: { variant: 'inline', 'quick-exit': true },
  render: (args) => html`<div dir="rtl">${banner(args)}</div>`,
};
