// A large Meeting Guide feed for benchmarks, shaped like real ones (the mess included): string coordinates,
// 12-hour times, day arrays, empty conference fields, addresses without coordinates. Deterministic.

const words = [
  'Serenity',
  'Hope',
  'Recovery',
  'Sunrise',
  'Lakeside',
  'Friday Night',
  'Big Book',
  'Step Study',
  'Women’s',
  'Men’s',
  'Newcomers',
  'Café',
  'Unity',
  'Gratitude',
  'Keep It Simple',
  'Spanish',
  'Young People',
  'Mental Health',
  'Families',
  'Church Basement',
  'Living Sober',
  'Daily Reflections',
  'Courage',
  'Bridge',
];
const streets = ['Main St', 'Oak Ave', 'Church Rd', 'Market St', 'Broad St', 'Lincoln Ave', 'River Rd', 'Pine St'];
const types = ['O', 'C', 'D', 'SP', 'B', 'ST', 'W', 'M', 'S', 'Y', 'X', 'BA', 'LGBTQ', 'MED', 'BE', 'ONL', 'MH', 'FF'];

/** A pseudo-random but repeatable sequence, so every run measures the same feed. */
function sequence(seed) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

export function generatedFeed(count, seed = 7) {
  const random = sequence(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const meetings = [];
  for (let i = 0; i < count; i++) {
    const hour = 6 + Math.floor(random() * 16);
    const minute = pick([0, 0, 15, 30, 30, 45]);
    const twelveHour = random() < 0.3;
    const time = twelveHour
      ? `${((hour + 11) % 12) + 1}:${String(minute).padStart(2, '0')} ${hour < 12 ? 'AM' : 'PM'}`
      : `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
    const online = random() < 0.25;
    const located = random() < 0.85;
    meetings.push({
      name: `${pick(words)} ${pick(words)} Group ${i}`,
      slug: `generated-${i}`,
      day: random() < 0.1 ? [1, 3, 5] : Math.floor(random() * 7),
      time,
      end_time: random() < 0.5 ? null : '',
      types: [pick(types), pick(types), pick(types)],
      location: `${pick(words)} Hall`,
      formatted_address: `${100 + Math.floor(random() * 9000)} ${pick(streets)}, Springfield, PA 19064, USA`,
      latitude: located ? String(39.9 + random()) : '',
      longitude: located ? String(-75.5 + random()) : '',
      regions: [pick(['North', 'South', 'East', 'West', 'Center']), pick(['Springfield', 'Media', 'Chester'])],
      notes: random() < 0.4 ? `Use the side door. ${pick(words)} literature. Café and cookies after.` : null,
      conference_url: online ? `https://zoom.us/j/${1e9 + i}` : '',
      conference_phone: online && random() < 0.5 ? `+1 646 558 8656,,${1e9 + i}#` : '',
    });
  }
  return meetings;
}
