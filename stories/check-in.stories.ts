import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { argAttributes } from './arg-attributes.js';
import { createMemoryBackend, OfflineError } from '../src/index.js';
import '../src/components/check-in/define.js';
import '../src/core/provider/define.js';

/** Named as the element's attributes, which `argAttributes` sets from them. */
interface CheckInArgs {
  heading?: string;
  items?: string;
  goals?: string;
  scales?: string;
  screeners?: boolean;
  'scale-interval'?: number;
  'participant-token'?: string;
  consent?: string;
  name?: string;
}

const DAY = 86_400_000;
const goals = JSON.stringify([
  { id: 'meeting', label: 'Go to a meeting or group' },
  { id: 'call', label: 'Call or text someone in my support network' },
]);

// Each story has its own participant, so their histories on this device never mix.
const token = (name: string) => `story-${name}-participant-0123456789abcdef`;

const backend = createMemoryBackend();
const downBackend = createMemoryBackend({ failWith: new OfflineError() });

/** Two months of daily check-ins (with a PHQ-9 every two weeks), as if made on another device. */
const history = createMemoryBackend();
for (let day = 60; day >= 1; day--) {
  const wave = Math.sin(day / 6);
  const answers: Record<string, number> = {
    mood: Math.max(1, Math.min(5, Math.round(3.4 + wave + (60 - day) / 40))),
    cravings: Math.max(0, Math.min(10, Math.round(5 - wave * 2 - (60 - day) / 15))),
  };
  if (day % 14 === 0) for (let item = 1; item <= 9; item++) answers[`phq9-${item}`] = item === 9 ? 0 : day > 30 ? 2 : 1;
  void history.submitCheckIn(
    { recordedAt: new Date(Date.now() - day * DAY).toISOString(), answers },
    { participantToken: token('history'), idempotencyKey: `story-${day}` },
  );
}

const checkIn = (args: CheckInArgs, source = backend, name = 'default', locale?: string) =>
  html`<peer-support-provider .backend=${source} locale=${locale ?? ''} clinic="Riverside Community Recovery">
    <peer-check-in ${argAttributes({ 'participant-token': token(name), ...args })}></peer-check-in>
  </peer-support-provider>`;

/**
 * A daily check-in: mood, cravings, sleep, stress, reaching out, feeling safe and goals, with optional
 * validated scales, then progress. Answer "No" to "Do you feel safe right now?" to see crisis help appear at
 * once. Everything is kept on this device first and sent when the backend can be reached.
 */
const meta: Meta<CheckInArgs> = {
  title: 'Widgets/Check-in',
  component: 'peer-check-in',
  args: { items: '', scales: '', screeners: false, goals },
  argTypes: {
    items: { control: 'text', description: 'e.g. "mood sleep safe"; empty asks all six' },
    scales: { control: 'text', description: 'any of "phq-9 gad-7 who-5"' },
    screeners: { control: 'boolean' },
    goals: { control: 'text' },
  },
  render: (args) => checkIn(args),
};
export default meta;
type Story = StoryObj<CheckInArgs>;

export const Default: Story = {};
export const WithScales: Story = {
  args: { scales: 'phq-9 gad-7 who-5', screeners: true },
  render: (args) => checkIn(args, backend, 'scales'),
};
export const WithHistory: Story = { render: (args) => checkIn(args, history, 'history') };
export const Spanish: Story = {
  args: { scales: 'phq-9' },
  render: (args) => checkIn(args, backend, 'spanish', 'es'),
};
export const MentalHealthOnly: Story = {
  args: { items: 'mood sleep stress reached-out safe', goals: '' },
  render: (args) => checkIn(args, backend, 'mental-health'),
};
export const BackendDown: Story = { render: (args) => checkIn(args, downBackend, 'offline') };
export const InsideAForm: Story = {
  render: () =>
    html`<peer-support-provider .backend=${backend}>
      <form aria-label="Intake form" @submit=${(event: Event) => event.preventDefault()}>
        <peer-check-in name="check-in" items="mood safe"></peer-check-in>
        <button type="submit">Send to the clinic</button>
      </form>
    </peer-support-provider>`,
};
