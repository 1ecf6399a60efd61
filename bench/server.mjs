// `npm run bench:server`: the reference server's throughput and latency on loopback, with autocannon,
// beside a bare Hono endpoint measured in the same run as the ceiling. SQLite by default; set
// DATABASE_URL=postgres://… to measure PostgreSQL. Prints a table and writes bench/results/server.json.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { freePort } from '../scripts/free-port.mjs';
import { startReferenceServer, waitUntilUp } from '../scripts/reference-server.mjs';
import { row as resultRow, writeResults } from './report.mjs';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;

function start(args, env) {
  return spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
}

const bareSource = `
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
const app = new Hono();
const body = { comments: [], nextCursor: null };
app.get('/bare', (c) => c.json(body));
// The same page of comments the server answers, as a fixed string: what writing that many bytes costs.
let page = '';
app.get('/bare-page', (c) => c.body(page, 200, { 'Content-Type': 'application/json' }));
app.put('/bare-page', async (c) => { page = await c.req.text(); return c.body(null, 204); });
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' });
`;

function run(options) {
  return new Promise((resolve, reject) => {
    autocannon({ connections: CONNECTIONS, duration: DURATION, ...options }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

const summary = (name, result, aim) => ({
  name,
  requestsPerSecond: Math.round(result.requests.average),
  p50ms: result.latency.p50,
  p99ms: result.latency.p99,
  errors: result.errors + result.non2xx,
  aim,
});

const barePort = await freePort();
// Visitors are told apart by address (rate limits are per address): each simulated one sends its own
// through X-Forwarded-For, as a reverse proxy would.
const server = await startReferenceServer({
  TRUST_PROXY: '1',
  ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
});
const databaseUrl = process.env.DATABASE_URL ?? 'sqlite';
const addressOf = (n) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
const bare = start(['--input-type=module', '-e', bareSource], { PORT: String(barePort) });
const base = server.url;
try {
  await waitUntilUp(`http://127.0.0.1:${barePort}/bare`, bare);
  // A thread with 50 published comments, each from its own visitor (rate limits are per visitor).
  for (let i = 0; i < 50; i++) {
    await fetch(`${base}/v1/threads/bench/comments`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': randomUUID(),
        'X-Visitor-Id': `bench-seed-${randomUUID()}`,
        'X-Forwarded-For': addressOf(1_000_000 + i),
      },
      body: JSON.stringify({ body: `Seed comment ${i}: thank you for sharing this.` }),
    });
  }
  const ceiling = await run({ url: `http://127.0.0.1:${barePort}/bare` });
  const samePage = await (await fetch(`${base}/v1/threads/bench/comments?limit=50`)).text();
  await fetch(`http://127.0.0.1:${barePort}/bare-page`, { method: 'PUT', body: samePage });
  const pageCeiling = await run({ url: `http://127.0.0.1:${barePort}/bare-page` });
  const list = await run({ url: `${base}/v1/threads/bench/comments?limit=50` });
  let n = 0;
  const create = await run({
    url: `${base}/v1/threads/bench-writes/comments`,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          n++;
          return {
            ...request,
            headers: {
              'content-type': 'application/json',
              'idempotency-key': `bench-${n}-${randomUUID()}`,
              'x-visitor-id': `bench-visitor-${n}-${randomUUID()}`,
              'x-forwarded-for': addressOf(n),
            },
            body: JSON.stringify({ body: `Benchmark comment number ${n}. Thank you all.` }),
          };
        },
      },
    ],
  });
  const rows = [
    summary('bare Hono (ceiling)', ceiling, '—'),
    summary(`bare Hono, same ${Math.round(samePage.length / 1024)} KB page`, pageCeiling, '—'),
    summary('list 50 comments', list, '>= 50% of the ceiling'),
    summary('create a comment', create, '>= 1,000/s, p99 < 50 ms'),
  ];
  const ratio = rows[2].requestsPerSecond / rows[0].requestsPerSecond;
  const pageRatio = rows[2].requestsPerSecond / rows[1].requestsPerSecond;
  console.log(
    `\nreference server, ${databaseUrl.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'}, ${CONNECTIONS} connections, ${DURATION} s each\n`,
  );
  console.log('endpoint                     req/s    p50 ms   p99 ms   errors   aim');
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(26)} ${String(row.requestsPerSecond).padStart(7)} ${String(row.p50ms).padStart(9)} ${String(row.p99ms).padStart(8)} ${String(row.errors).padStart(8)}   ${row.aim}`,
    );
  }
  console.log(
    `\nlisting / ceiling: ${(ratio * 100).toFixed(0)}%; listing / bare Hono sending the same page: ${(pageRatio * 100).toFixed(0)}%`,
  );
  const dialect = databaseUrl.startsWith('postgres') ? 'PostgreSQL' : 'SQLite';
  const group = `reference server, ${dialect}, ${CONNECTIONS} connections`;
  const sqlite = dialect === 'SQLite';
  const [bareRow, samePageRow, listRow, createRow] = rows;
  writeResults(`server-${dialect.toLowerCase()}`, [
    resultRow(group, 'bare Hono ceiling, same run', bareRow.requestsPerSecond, 'req/s'),
    resultRow(group, 'bare Hono sending the same page', samePageRow.requestsPerSecond, 'req/s'),
    resultRow(group, 'list 50 comments', listRow.requestsPerSecond, 'req/s'),
    resultRow(group, 'list 50 comments / ceiling', Math.round(ratio * 100), '%', { min: 50 }, 'issue 3'),
    resultRow(group, 'list 50 comments / same page', Math.round(pageRatio * 100), '%'),
    resultRow(group, 'list 50 comments, p99', listRow.p99ms, 'ms'),
    // Issue 3 set the write aim for SQLite, the embedded default; PostgreSQL's figures are for comparison.
    resultRow(group, 'create a comment', createRow.requestsPerSecond, 'req/s', sqlite && { min: 1000 }, 'issue 3'),
    resultRow(group, 'create a comment, p99', createRow.p99ms, 'ms', sqlite && { max: 50 }, 'issue 3'),
    resultRow(group, 'errors (non-2xx, failed)', listRow.errors + createRow.errors, 'requests', {
      max: 0,
      strict: false,
    }),
  ]);
} finally {
  bare.kill('SIGTERM');
  await server.stop();
}
