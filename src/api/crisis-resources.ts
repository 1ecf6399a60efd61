import { channelHref, safeWebUrl } from './channel-links.js';
import { isValidTimeZone } from './time-zone.js';
import type { CrisisChannel, CrisisChannelKind, CrisisResource, CrisisResourceOption, OpeningHours } from './types.js';

/**
 * Crisis resources come from clinic markup, host scripts and backends, none of which we control.
 * These functions keep only well-formed entries, so bad data can never hide or break the shipped defaults.
 */

const CHANNEL_KINDS: readonly CrisisChannelKind[] = ['call', 'text', 'chat', 'video', 'relay'];
const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const MAX_TEXT = 300;

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null;

function text(value: unknown, max = MAX_TEXT): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
}

function parseChannel(raw: unknown): CrisisChannel | undefined {
  if (!isObject(raw)) return undefined;
  const kind = raw.kind as CrisisChannelKind;
  const value = text(raw.value, 200);
  if (!CHANNEL_KINDS.includes(kind) || !value || !channelHref({ kind, value })) return undefined;
  const channel: CrisisChannel = { kind, value };
  const body = text(raw.body, 40);
  const note = text(raw.note, 120);
  if (body) channel.body = body;
  if (note) channel.note = note;
  return channel;
}

function parseChannels(raw: unknown): CrisisChannel[] {
  return Array.isArray(raw) ? raw.map(parseChannel).filter((c): c is CrisisChannel => !!c) : [];
}

function parseHours(raw: unknown): OpeningHours | undefined {
  if (!isObject(raw) || !Array.isArray(raw.weekly)) return undefined;
  const timeZone = text(raw.timeZone, 64);
  if (timeZone && !isValidTimeZone(timeZone)) return undefined;
  const weekly = raw.weekly.flatMap((window: unknown) => {
    if (!isObject(window) || !Array.isArray(window.days)) return [];
    const days = window.days.filter((d): d is number => Number.isInteger(d) && d >= 0 && d <= 6);
    const { opens, closes } = window;
    if (!days.length || typeof opens !== 'string' || typeof closes !== 'string') return [];
    if (!TIME.test(opens) || !TIME.test(closes)) return [];
    return [{ days, opens, closes }];
  });
  // Hours that name no valid window would show the line as always closed: treat the entry as broken.
  if (!weekly.length) return undefined;
  return timeZone ? { timeZone, weekly } : { weekly };
}

function parseOption(raw: unknown): CrisisResourceOption | undefined {
  if (!isObject(raw)) return undefined;
  const id = text(raw.id, 64);
  const label = text(raw.label, 120);
  const channels = parseChannels(raw.channels);
  return id && label && channels.length ? { id, label, channels } : undefined;
}

export function parseCrisisResource(raw: unknown): CrisisResource | undefined {
  if (!isObject(raw)) return undefined;
  const id = text(raw.id, 64);
  const name = text(raw.name, 120);
  const channels = parseChannels(raw.channels);
  if (!id || !name || !channels.length) return undefined;
  const resource: CrisisResource = { id, name, channels };
  const description = text(raw.description);
  if (description) resource.description = description;
  const region = text(raw.region, 8);
  if (region && /^[A-Za-z]{2}$/.test(region)) resource.region = region.toUpperCase();
  if (raw.hours !== undefined) {
    const hours = parseHours(raw.hours);
    if (!hours) return undefined;
    resource.hours = hours;
  }
  if (raw.emergency === true) resource.emergency = true;
  if (Array.isArray(raw.languages)) {
    resource.languages = raw.languages.map((l) => text(l, 35)).filter((l): l is string => !!l);
  }
  if (Array.isArray(raw.options)) {
    resource.options = raw.options.map(parseOption).filter((o): o is CrisisResourceOption => !!o);
  }
  if (isObject(raw.source)) {
    const url = text(raw.source.url, 500);
    const verified = text(raw.source.verified, 10);
    if (url && safeWebUrl(url) && verified) resource.source = { url, verified };
  }
  return resource;
}

/** Keeps the well-formed entries of whatever was given; anything else yields an empty list. */
export function parseCrisisResources(raw: unknown): CrisisResource[] {
  if (!Array.isArray(raw)) return [];
  return raw.map(parseCrisisResource).filter((r): r is CrisisResource => !!r);
}

/** Defaults with the additions and overrides applied: an entry with a default's id replaces it. */
export function mergeCrisisResources(
  defaults: readonly CrisisResource[],
  ...layers: readonly (readonly CrisisResource[])[]
): CrisisResource[] {
  const merged = new Map<string, CrisisResource>(defaults.map((r) => [r.id, r]));
  for (const layer of layers) for (const resource of layer) merged.set(resource.id, resource);
  return [...merged.values()];
}
