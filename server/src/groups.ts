import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { normaliseMeetingGuide, type PeerGroup } from '../../src/api/meeting-guide.js';
import type { Schema } from './db/schema.js';

const VERSION_KEY = 'groups-version';

/** Replaces the clinic's whole list in one transaction, and gives it a new version (for ETags). */
export async function replaceGroups(db: Kysely<Schema>, groups: PeerGroup[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('groups').execute();
    // Batches keep each statement under SQLite's and PostgreSQL's parameter limits.
    for (let start = 0; start < groups.length; start += 150) {
      await trx
        .insertInto('groups')
        .values(
          groups
            .slice(start, start + 150)
            .map((g) => ({ slug: g.slug, day: g.day, time: g.time, name: g.name, data: JSON.stringify(g) })),
        )
        .execute();
    }
    await trx
      .insertInto('server_meta')
      .values({ name: VERSION_KEY, value: randomUUID() })
      .onConflict((oc) => oc.column('name').doUpdateSet({ value: randomUUID() }))
      .execute();
  });
}

export async function groupsVersion(db: Kysely<Schema>): Promise<string> {
  const row = await db.selectFrom('server_meta').select('value').where('name', '=', VERSION_KEY).executeTakeFirst();
  return row?.value ?? 'empty';
}

export interface ImportReport {
  imported: number;
  skipped: string[];
}

/** The largest feed read from a URL; real ones (thousands of meetings) are a few megabytes. */
const MAX_FEED_BYTES = 50 * 1024 * 1024;

async function readLimited(response: Response, limit: number, source: string): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let part = await reader?.read(); reader && part && !part.done; part = await reader.read()) {
    size += part.value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new Error(`${source} is larger than ${limit / 1024 / 1024} MB; is it a Meeting Guide feed?`);
    }
    chunks.push(part.value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads a Meeting Guide feed from a file or an http(s) URL, normalises it, and replaces the list. */
export async function importGroups(db: Kysely<Schema>, source: string, timeZone: string): Promise<ImportReport> {
  let text: string;
  if (/^https?:\/\//.test(source)) {
    const response = await fetch(source, {
      headers: { Accept: 'application/json' },
      signal: AbortSignal.timeout(30_000),
    });
    if (!response.ok) throw new Error(`${source} answered ${response.status}`);
    text = await readLimited(response, MAX_FEED_BYTES, source);
  } else {
    text = await readFile(source, 'utf8');
  }
  let feed: unknown;
  try {
    feed = JSON.parse(text);
  } catch {
    throw new Error(`${source} is not JSON.`);
  }
  const { groups, skipped } = normaliseMeetingGuide(feed, timeZone);
  if (!groups.length) throw new Error(`${source} has no usable meetings; the list was left as it was.`);
  await replaceGroups(db, groups);
  return { imported: groups.length, skipped };
}

/** A group in Meeting Guide format again, so other finders and apps can read the clinic's list. */
export function toMeetingGuide(group: PeerGroup): Record<string, unknown> {
  return {
    name: group.name,
    slug: group.slug,
    day: group.day,
    time: group.time,
    end_time: group.endTime,
    timezone: group.timeZone,
    types: group.types,
    location: group.location ?? '',
    formatted_address: group.address ?? '',
    latitude: group.latitude ?? null,
    longitude: group.longitude ?? null,
    regions: group.regions,
    group: group.group ?? '',
    notes: group.notes ?? '',
    conference_url: group.conferenceUrl ?? '',
    conference_phone: group.conferencePhone ?? '',
    url: group.url ?? '',
    updated: group.updated ?? '',
  };
}
