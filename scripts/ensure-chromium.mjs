// Makes sure Debian's Chromium is there for the browser tests. As root it installs it with apt-get;
// otherwise it stops with a message saying what to install. CHROME_PATH points elsewhere if wanted.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export function ensureChromium() {
  if (existsSync(chromePath)) return chromePath;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || process.env.CHROME_PATH) {
    console.error(
      `Chromium was not found at ${chromePath}.\n` +
        `Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to a Chromium or Chrome binary.`,
    );
    process.exit(1);
  }
  console.log("Chromium is missing: installing Debian's chromium package with apt-get…");
  execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-q', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (!existsSync(chromePath)) {
    console.error(`apt-get finished but ${chromePath} is still missing; install Chromium by hand.`);
    process.exit(1);
  }
  return chromePath;
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();

/** How scripts that drive Chromium themselves (e2e, benchmarks) launch it: headless, quiet, no outside calls. */
export const chromiumLaunchOptions = {
  executablePath: chromePath,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
};
