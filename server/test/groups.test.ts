import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { normaliseMeetingGuide } from '../../src/api/meeting-guide.js';
import { importGroups } from '../src/groups.js';
import { json, startTestServer, testDialect, type TestServer } from './helpers.js';

const sampleFeed = [
  {
    name: 'Riverside Peer Circle',
    slug: 'riverside-peer-circle',
    day: [1, 4],
    time: '6:30 PM',
    types: ['O', 'MH'],
    address: '120 N Wall St, Spokane, WA 99201',
    latitude: '47.6588',
    longitude: '-117.4260',
  },
  {
    name: 'Online Recovery Cafe',
    slug: 'online-cafe',
    day: 0,
    time: '10:00',
    end_time: '11:30',
    types: ['ONL'],
    conference_url: 'https://meet.example.org/cafe',
  },
  { name: 'No time', slug: 'broken', day: 2 },
];

describe(`groups (${testDialect})`, () => {
  let server: TestServer;
  let feedFile: string;
  before(async () => {
    server = await startTestServer({ CLINIC_TIMEZONE: 'America/Los_Angeles' });
    feedFile = join(mkdtempSync(join(tmpdir(), 'peer-feed-')), 'feed.json');
    writeFileSync(feedFile, JSON.stringify(sampleFeed));
  });
  after(() => server.close());

  it('imports a Meeting Guide feed through the shared normaliser and lists every group', async () => {
    const report = await importGroups(server.database.db, feedFile, 'America/Los_Angeles');
    assert.equal(report.imported, 3);
    assert.equal(report.skipped.length, 1);
    const response = await server.app.request('/v1/groups');
    assert.equal(response.status, 200);
    const { groups } = await json(response);
    assert.deepEqual(
      groups.map((g: { slug: string; day: number; time: string }) => [g.slug, g.day, g.time]),
      [
        ['online-cafe', 0, '10:00'],
        ['riverside-peer-circle-1', 1, '18:30'],
        ['riverside-peer-circle-4', 4, '18:30'],
      ],
    );
    assert.equal(groups[1].timeZone, 'America/Los_Angeles');
    assert.equal(groups[1].latitude, 47.6588);
    assert.equal(groups[0].attendance, 'online');
  });

  it('answers 304 to a client that has the current version, and a new ETag after an import', async () => {
    const first = await server.app.request('/v1/groups');
    const etag = first.headers.get('etag')!;
    assert.match(first.headers.get('cache-control') ?? '', /max-age/);
    const again = await server.app.request('/v1/groups', { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    await importGroups(server.database.db, feedFile, 'UTC');
    const changed = await server.app.request('/v1/groups', { headers: { 'If-None-Match': etag } });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get('etag'), etag);
  });

  it('compresses the list for clients that accept gzip', async () => {
    const response = await server.app.request('/v1/groups', { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(response.headers.get('content-encoding'), 'gzip');
    const body = JSON.parse(gunzipSync(Buffer.from(await response.arrayBuffer())).toString('utf8'));
    assert.equal(body.groups.length, 3);
    // Gzipping makes the validator weak; a browser sends it back as it got it, and still gets 304.
    const weak = response.headers.get('etag')!;
    const again = await server.app.request('/v1/groups', {
      headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': weak },
    });
    assert.equal(again.status, 304);
  });

  it('serves one group, and 404 JSON for one that is not there', async () => {
    const { group } = await json(await server.app.request('/v1/groups/online-cafe'));
    assert.equal(group.name, 'Online Recovery Cafe');
    const missing = await server.app.request('/v1/groups/nope');
    assert.equal(missing.status, 404);
    assert.equal((await json(missing)).error.code, 'not_found');
  });

  it('exports the list in Meeting Guide format that reads back the same', async () => {
    const exported = await json(await server.app.request('/v1/meeting-guide.json'));
    assert.equal(exported.length, 3);
    assert.equal(exported[0].conference_url, 'https://meet.example.org/cafe');
    const { groups } = normaliseMeetingGuide(exported, 'UTC');
    const original = (await json(await server.app.request('/v1/groups'))).groups;
    assert.deepEqual(
      groups.map((g) => [g.name, g.day, g.time, g.endTime, g.attendance]),
      original.map((g: { name: string; day: number; time: string; endTime: string; attendance: string }) => [
        g.name,
        g.day,
        g.time,
        g.endTime,
        g.attendance,
      ]),
    );
  });

  it('leaves the list alone when a feed has nothing usable', async () => {
    const empty = join(mkdtempSync(join(tmpdir(), 'peer-feed-')), 'empty.json');
    writeFileSync(empty, '[]');
    await assert.rejects(importGroups(server.database.db, empty, 'UTC'), /no usable meetings/);
    assert.equal((await json(await server.app.request('/v1/groups'))).groups.length, 3);
  });

  it('imports a feed from a URL, and says which address failed when one does', async () => {
    const feedServer = createServer((request, response) => {
      if (request.url === '/meetings.json') {
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify(sampleFeed.slice(0, 1)));
      } else {
        response.writeHead(404).end();
      }
    }).listen(0, '127.0.0.1');
    await once(feedServer, 'listening');
    const { port } = feedServer.address() as { port: number };
    try {
      const report = await importGroups(server.database.db, `http://127.0.0.1:${port}/meetings.json`, 'UTC');
      assert.equal(report.imported, 2);
      assert.equal((await json(await server.app.request('/v1/groups'))).groups.length, 2);
      await assert.rejects(
        importGroups(server.database.db, `http://127.0.0.1:${port}/gone.json`, 'UTC'),
        /answered 404/,
      );
    } finally {
      feedServer.close();
      await importGroups(server.database.db, feedFile, 'UTC');
    }
  });

  it('imports from the command line', async () => {
    const cli = fileURLToPath(new URL('../bin/peer-support-server.js', import.meta.url));
    const result = spawnSync(process.execPath, [cli, 'import-groups', feedFile], {
      env: { ...process.env, DATABASE_URL: server.databaseUrl },
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /"imported":3/);
    assert.match(result.stderr, /skipped broken/);
  });
});
