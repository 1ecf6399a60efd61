// `npm start`: the demo clinic site on the reference server at http://localhost:8787. It assembles the site
// with the built CDN bundle (as a clinic would host it), then runs the server on an embedded SQLite database
// under ./data, which it migrates and, on the first run, seeds with sample groups and a staff token.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';

const out = 'dist/demo';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const file of readdirSync('demo')) cpSync(`demo/${file}`, `${out}/${file}`, { recursive: true });
cpSync('dist/cdn', `${out}/cdn`, { recursive: true });

const port = process.env.PORT ?? '8787';
const clinicLine = {
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

const server = spawn(process.execPath, ['server/bin/peer-support-server.js', 'serve'], {
  stdio: 'inherit',
  env: {
    PORT: port,
    DATABASE_URL: 'sqlite:./data/demo.sqlite',
    ALLOWED_ORIGINS: `http://localhost:${port},http://127.0.0.1:${port}`,
    CLINIC_NAME: 'Riverside Community Recovery',
    CLINIC_TIMEZONE: 'America/Los_Angeles',
    CRISIS_RESOURCES: JSON.stringify([clinicLine]),
    ...process.env,
    STATIC_DIR: out,
    DEMO_SEED: '1',
  },
});
console.log(`\nThe demo clinic site: http://localhost:${port}/\n`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
