// `npm start`: assembles the demo clinic site with the built CDN bundle (as a clinic would host it) and
// serves it with Vite's preview server. Until the reference server lands, the widgets run without a backend.
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { preview } from 'vite';

const out = 'dist/demo';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const file of readdirSync('demo')) cpSync(`demo/${file}`, `${out}/${file}`, { recursive: true });
cpSync('dist/cdn', `${out}/cdn`, { recursive: true });

const port = Number(process.env.PORT ?? 4173);
const server = await preview({
  configFile: false,
  build: { outDir: out },
  preview: { port, host: '127.0.0.1', strictPort: false },
});
server.printUrls();
