// Assembles the demo clinic site into a folder: each page with the clinic's shared header and footer
// (demo/partials, included where a page says `<!-- include: NAME -->`, its own link marked as the current
// page), the site's own files, and the built CDN bundle, as a clinic would host it.
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';

const INCLUDE = /^( *)<!-- include: ([a-z-]+) -->$/gm;

function assemblePage(page, html) {
  const withPartials = html.replace(INCLUDE, (_, indent, name) =>
    readFileSync(`demo/partials/${name}.html`, 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => (line ? indent + line : line))
      .join('\n'),
  );
  const href = page === 'index.html' ? './' : page;
  return withPartials.replace(
    `<a href="${href}" data-keep-lang>`,
    `<a href="${href}" data-keep-lang aria-current="page">`,
  );
}

export function assembleDemoSite(out) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const file of readdirSync('demo', { withFileTypes: true })) {
    if (file.isDirectory()) continue;
    if (file.name.endsWith('.html')) {
      writeFileSync(`${out}/${file.name}`, assemblePage(file.name, readFileSync(`demo/${file.name}`, 'utf8')));
    } else {
      cpSync(`demo/${file.name}`, `${out}/${file.name}`);
    }
  }
  cpSync('dist/cdn', `${out}/cdn`, { recursive: true });
}

/** The fictional clinic's own crisis line: a sample, with opening hours in the clinic's time zone. */
export const DEMO_CLINIC_LINE = {
  id: 'riverside-warm-line',
  name: 'Riverside peer warm line (sample)',
  description: 'Talk with a peer supporter who has been there. A sample line for the demo.',
  channels: [
    { kind: 'call', value: '509-555-0100' },
    { kind: 'text', value: '509-555-0100' },
  ],
  hours: {
    weekly: [
      { days: [1, 2, 3, 4, 5], opens: '09:00', closes: '21:00' },
      { days: [0, 6], opens: '10:00', closes: '16:00' },
    ],
  },
};

/** The strict policy the demo is served under: every widget must work without inline code or outside hosts. */
export const DEMO_CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

/** The reference server's settings for the demo clinic, as `npm start` runs it (sample groups seeded). */
export function demoClinicSettings(port) {
  return {
    DEMO_SEED: '1',
    STATIC_CSP: DEMO_CONTENT_SECURITY_POLICY,
    ALLOWED_ORIGINS: `http://localhost:${port},http://127.0.0.1:${port}`,
    CLINIC_NAME: 'Riverside Community Recovery',
    CLINIC_TIMEZONE: 'America/Los_Angeles',
    CRISIS_RESOURCES: JSON.stringify([DEMO_CLINIC_LINE]),
  };
}
