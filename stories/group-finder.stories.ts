import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { argAttributes } from './arg-attributes.js';
import { createMemoryBackend, normaliseMeetingGuide, OfflineError } from '../src/index.js';

/** Named as the element's attributes, which `argAttributes` sets from them. */
interface FinderArgs {
  attendance?: '' | 'in-person' | 'online' | 'hybrid';
  day?: string;
  filters?: string;
  'page-size'?: number;
  unit?: 'mi' | 'km';
  directions?: string;
  'no-url-state'?: boolean;
}

/** A week of fictional groups around Spokane: in person, online and hybrid, some without a map location. */
const sampleFeed = [
  ['Riverside Peer Circle', 1, '6:30 PM', ['O', 'D', 'MH', 'X'], '120 N Wall St, Spokane, WA 99201', 47.6588, -117.426],
  ['Café Esperanza (en español)', 3, '19:00', ['S', 'SU'], '900 E Sprague Ave, Spokane, WA 99202', 47.6566, -117.399],
  ['Families Together Online', 4, '08:00', ['FAM'], 'Spokane, WA', undefined, undefined],
  [
    'Morning Coffee',
    [0, 1, 2, 3, 4, 5, 6],
    '07:00',
    ['O', 'B'],
    '3324 S Perry St, Spokane, WA 99203',
    47.6261,
    -117.3921,
  ],
  [
    'Valley Women’s Circle',
    5,
    '12:00',
    ['W', 'C', 'BA'],
    '15 Valley Way, Spokane Valley, WA 99216',
    undefined,
    undefined,
  ],
  ['Young People’s Hybrid', 6, '17:00', ['Y', 'LGBTQ'], '400 W Main Ave, Spokane, WA 99201', 47.6579, -117.4235],
].map(([name, day, time, types, address, latitude, longitude], index) => ({
  name: `${name} (sample)`,
  slug: `story-${index}`,
  day,
  time,
  types,
  formatted_address: address,
  latitude,
  longitude,
  conference_url: index === 1 || index === 2 || index === 5 ? `https://meet.example.org/story-${index}` : '',
  notes: 'Sample data for stories: not a real meeting.',
}));

const groups = normaliseMeetingGuide(sampleFeed, 'America/Los_Angeles').groups;
const places = [{ label: 'Spokane, WA 99201', latitude: 47.6588, longitude: -117.426 }];
// Created once, so re-rendering a story (a control changed) does not start a new request.
const backend = createMemoryBackend({ groups, places });
const slowBackend = createMemoryBackend({ groups, latencyMs: 60_000 });
const downBackend = createMemoryBackend({ failWith: new OfflineError() });

const finder = (args: FinderArgs, source = backend) =>
  html`<peer-support-provider .backend=${source}>
    <peer-group-finder ${argAttributes(args)}></peer-group-finder>
  </peer-support-provider>`;

const meta: Meta<FinderArgs> = {
  title: 'Widgets/Group finder',
  component: 'peer-group-finder',
  argTypes: {
    attendance: {
      control: { type: 'inline-radio', labels: { '': 'any' } },
      options: ['', 'in-person', 'online', 'hybrid'],
    },
    day: { control: 'select', options: ['upcoming', 'sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] },
    filters: { control: 'text' },
    'page-size': { control: 'number' },
    unit: { control: 'inline-radio', options: ['mi', 'km'] },
    directions: { control: 'select', options: ['auto', 'osm', 'apple', 'google'] },
  },
  args: {
    attendance: '',
    day: 'upcoming',
    filters: 'keyword day time attendance category type access language distance',
    'page-size': 20,
    unit: 'mi',
    directions: 'auto',
    // Storybook's own address must not take the finder's search.
    'no-url-state': true,
  },
  render: (args) => finder(args),
};
export default meta;

type Story = StoryObj<FinderArgs>;

export const Default: Story = {};

export const OnlineOnly: Story = { args: { attendance: 'online' } };

export const FewFilters: Story = { args: { filters: 'keyword attendance' } };

export const OnePageAtATime: Story = { args: { 'page-size': 2 } };

export const Spanish: Story = {
  render: (args) => html`<peer-support-provider locale="es">${finder(args)}</peer-support-provider>`,
};

export const Loading: Story = { render: (args) => finder(args, slowBackend) };

export const BackendDown: Story = { render: (args) => finder(args, downBackend) };
