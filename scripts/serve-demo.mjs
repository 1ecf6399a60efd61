// `npm start`: the demo clinic site on the reference server at http://localhost:8787. It assembles the site
// with the built CDN bundle (as a clinic would host it), then runs the server on an embedded SQLite database
// under ./data, which it migrates and, on the first run, seeds with sample groups and a staff token.
import { spawn } from 'node:child_process';
import { assembleDemoSite, demoClinicSettings } from './demo-site.mjs';

const out = 'dist/demo';
assembleDemoSite(out);

const port = process.env.PORT ?? '8787';
const server = spawn(process.execPath, ['server/bin/peer-support-server.js', 'serve'], {
  stdio: 'inherit',
  env: {
    PORT: port,
    DATABASE_URL: 'sqlite:./data/demo.sqlite',
    ...demoClinicSettings(port),
    ...process.env,
    STATIC_DIR: out,
  },
});
console.log(`\nThe demo clinic site: http://localhost:${port}/\n`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
