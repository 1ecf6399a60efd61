// The page every browser benchmark opens: one HTML document at `/`, and the files of one folder (a build's
// output) beside it, on a free local port.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, resolve } from 'node:path';

const TYPES = { '.js': 'text/javascript', '.map': 'application/json', '.txt': 'text/plain' };

/** Serves `html` at `/` and the files under `root`; resolves to the origin and a `close()`. */
export async function serveBenchPage({ root, html }) {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    if (pathname === '/favicon.ico') return response.writeHead(204).end();
    if (pathname === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end(html);
    const file = resolve(base, `.${pathname}`);
    if (!file.startsWith(base) || !existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
