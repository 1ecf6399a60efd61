// What the configurator offers: each widget and its main options, with the element's defaults. Only data; the
// form, preview and snippet are built from it by configure.js.

const DEFAULT_EXIT_URL = 'https://www.bbc.com/weather';

const text = (name, label, extra = {}) => ({ kind: 'text', name, label, ...extra });
const number = (name, label, fallback) => ({ kind: 'number', name, label, fallback: String(fallback) });
const choice = (name, label, choices, fallback = '', extra = {}) => ({
  kind: 'select',
  name,
  label,
  choices,
  fallback,
  ...extra,
});
const flag = (name, label, extra = {}) => ({ kind: 'checkbox', name, label, ...extra });

const DAYS = [
  ['', 'Any day, soonest first'],
  ['upcoming', 'Upcoming (upcoming)'],
  ...['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, day]),
];

/** Each widget and its main options, as docs/elements.md lists them; `fallback` is the element's default. */
export const WIDGETS = [
  {
    key: 'banner',
    tag: 'peer-crisis-banner',
    label: 'Crisis banner',
    options: [
      choice(
        'variant',
        'Style (variant)',
        [
          ['bar', 'A slim bar that expands (bar)'],
          ['inline', 'A panel in the page (inline)'],
        ],
        'bar',
      ),
      choice(
        'position',
        'Where the bar sits (position)',
        [
          ['top', 'Top, stays on screen (top)'],
          ['bottom', 'Bottom, stays on screen (bottom)'],
          ['static', 'Where it is placed (static)'],
        ],
        'top',
      ),
      flag('keep-in-preview', 'Keep the bar inside the preview box (preview only)', { formOnly: true, checked: true }),
      flag('dismissible', 'Visitors can hide it for this visit (dismissible)'),
      flag('quick-exit', 'Show "Exit this page" and the Shift-three-times shortcut (quick-exit)'),
      text('exit-url', 'Where quick exit goes (exit-url)', { type: 'url', placeholder: DEFAULT_EXIT_URL }),
      text('region', 'Region, instead of the provider’s (region)', { placeholder: 'e.g. CA' }),
    ],
  },
  {
    key: 'finder',
    tag: 'peer-group-finder',
    label: 'Group finder',
    options: [
      choice(
        'source',
        'Where the groups come from',
        [
          ['', 'Your server (the provider’s api)'],
          ['feed', 'Meeting Guide feeds (feed)'],
        ],
        '',
        { formOnly: true },
      ),
      text('feed', 'Meeting Guide JSON addresses (feed)', {
        value: 'https://YOUR-SERVER/v1/meeting-guide.json',
        when: (values) => values.source === 'feed',
      }),
      choice('attendance', 'Attendance shown first (attendance)', [
        ['', 'All'],
        ['in-person', 'In person'],
        ['online', 'Online'],
        ['hybrid', 'Hybrid'],
      ]),
      choice('day', 'Day shown first (day)', DAYS),
      choice('unit', 'Distances in (unit)', [
        ['', 'The language’s usual unit'],
        ['mi', 'Miles (mi)'],
        ['km', 'Kilometres (km)'],
      ]),
      number('page-size', 'Results before "Show more" (page-size)', 20),
      text('time-zone', 'Visitor’s time zone, for previews (time-zone)', { placeholder: 'the browser’s' }),
    ],
  },
  {
    key: 'thread',
    tag: 'peer-comment-thread',
    label: 'Comment thread',
    options: [
      choice(
        'sort',
        'Order (sort)',
        [
          ['oldest', 'Oldest first (oldest)'],
          ['newest', 'Newest first (newest)'],
          ['supported', 'Most supported first (supported)'],
        ],
        'oldest',
      ),
      number('depth', 'Levels of replies indented (depth)', 2),
      number('page-size', 'Comments a page (page-size)', 50),
      text('heading', 'Heading (heading)', { placeholder: 'Comments' }),
      text('thread', 'Thread id (thread)', { placeholder: 'the page’s path' }),
    ],
  },
  {
    key: 'count',
    tag: 'peer-comment-count',
    label: 'Comment count',
    options: [text('thread', 'Thread id, as on its thread (thread)', { value: 'articles/first-peer-support-group' })],
  },
  {
    key: 'check-in',
    tag: 'peer-check-in',
    label: 'Check-in',
    options: [
      text('items', 'Daily questions (items)', { placeholder: 'all six, e.g. mood sleep safe' }),
      {
        kind: 'multi',
        name: 'scales',
        label: 'Validated scales (scales)',
        choices: [
          ['phq-9', 'PHQ-9'],
          ['gad-7', 'GAD-7'],
          ['who-5', 'WHO-5'],
        ],
      },
      flag('screeners', 'Ask the short screeners first (screeners)'),
      {
        kind: 'json',
        name: 'goals',
        label: 'The clinic’s goals, as JSON (goals)',
        value: '[{"id":"meeting","label":"Go to a meeting or group"}]',
      },
    ],
  },
  {
    key: 'quick-exit',
    tag: 'peer-quick-exit',
    label: 'Quick exit',
    options: [
      text('exit-url', 'Where it goes (exit-url)', { type: 'url', placeholder: DEFAULT_EXIT_URL }),
      flag('no-shortcut', 'Turn off the Shift-three-times shortcut (no-shortcut)'),
    ],
  },
];
