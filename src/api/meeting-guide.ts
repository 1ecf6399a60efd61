import { safeWebUrl } from './channel-links.js';
import { isValidTimeZone } from './time-zone.js';

/**
 * Reads Meeting Guide JSON feeds (the format thousands of recovery-meeting sites publish) into groups the
 * finder and the server can use, accepting what real feeds contain: coordinates as strings, "11:00 AM",
 * `day` as a number or an array, null for "", no end time, no time zone, no coordinates, unknown type codes.
 * Pure; shared by the browser (feed source) and the server (import).
 */

export type Attendance = 'in-person' | 'online' | 'hybrid' | 'inactive';

export interface PeerGroup {
  /** Unique per weekly occurrence: a meeting held on several days gives one group per day. */
  slug: string;
  name: string;
  /** 0 = Sunday … 6 = Saturday. */
  day: number;
  /** "HH:MM", 24-hour, in `timeZone`. */
  time: string;
  endTime: string;
  timeZone: string;
  attendance: Attendance;
  /** Meeting Guide type codes as published (unknown codes kept). */
  types: string[];
  location?: string;
  address?: string;
  /** Absent when the feed gives none: distance is then unknown, never 0. */
  latitude?: number;
  longitude?: number;
  regions: string[];
  group?: string;
  notes?: string;
  /** http(s) only. */
  conferenceUrl?: string;
  conferencePhone?: string;
  conferenceNotes?: string;
  /** The meeting's page on the publisher's site (http(s) only). */
  url?: string;
  updated?: string;
}

export interface NormaliseResult {
  groups: PeerGroup[];
  /** One line per record skipped, saying why (for import reports). */
  skipped: string[];
}

type Loose = Record<string, unknown>;

function text(value: unknown, max = 2000): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
}

/** "19:30", "7:30 PM", "7:30pm", "12:00 AM", "1930" → "HH:MM"; anything else → undefined. */
export function parseTime(value: unknown): string | undefined {
  const raw = text(value, 20)?.toLowerCase().replace(/\s+/g, '');
  if (!raw) return undefined;
  const match = raw.match(/^(\d{1,2})(?::?(\d{2}))?(?::\d{2})?(am|pm|a\.m\.|p\.m\.)?$/);
  if (!match) return undefined;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? 0);
  const meridiem = match[3]?.[0];
  if (meridiem) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

function addMinutes(time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number);
  const total = (h * 60 + m + minutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

function days(value: unknown): number[] {
  const list = Array.isArray(value) ? value : [value];
  const parsed = list
    .map((d) => (typeof d === 'string' && d.trim() !== '' ? Number(d) : d))
    .filter((d): d is number => Number.isInteger(d) && d >= 0 && d <= 6);
  return [...new Set(parsed)];
}

function coordinate(value: unknown, limit: number): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && Math.abs(number) <= limit ? number : undefined;
}

/** A street address, not just a city: a number in its first part ("8318 104 St, …"), and not flagged approximate. */
function isRealAddress(address: string | undefined, approximate: unknown): boolean {
  if (!address || approximate === 'yes' || approximate === true) return false;
  return /\d/.test(address.split(',')[0]);
}

function usablePhone(value: string | undefined): string | undefined {
  return value && /\d{3}/.test(value) ? value : undefined;
}

function attendanceOf(inPerson: boolean, online: boolean): Attendance {
  return inPerson && online ? 'hybrid' : inPerson ? 'in-person' : online ? 'online' : 'inactive';
}

function normaliseRecord(record: Loose, index: number, timeZone: string, skipped: string[]): PeerGroup[] {
  const name = text(record.name, 200);
  const slug =
    text(record.slug, 200) ?? (name ? `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${index}` : undefined);
  const time = parseTime(record.time);
  const meetingDays = days(record.day);
  if (!name || !slug) return (skipped.push(`#${index}: no name`), []);
  if (!time || !meetingDays.length) return (skipped.push(`${slug}: no usable day or time`), []);
  const types = Array.isArray(record.types) ? record.types.map((t) => text(t, 20)).filter((t): t is string => !!t) : [];
  const address = text(record.formatted_address, 300) ?? text(record.address, 300);
  const conferenceUrl = safeWebUrl(text(record.conference_url, 500) ?? '');
  const conferencePhone = usablePhone(text(record.conference_phone, 100));
  const inPerson = isRealAddress(address, record.approximate) && !types.includes('TC');
  const online = !!conferenceUrl || !!conferencePhone;
  const latitude = coordinate(record.latitude, 90);
  const longitude = coordinate(record.longitude, 180);
  const hasCoordinates = latitude !== undefined && longitude !== undefined && !(latitude === 0 && longitude === 0);
  const regions = Array.isArray(record.regions)
    ? record.regions.map((r) => text(r, 100)).filter((r): r is string => !!r)
    : [text(record.region, 100), text(record.sub_region, 100)].filter((r): r is string => !!r);
  const endTime = parseTime(record.end_time) ?? addMinutes(time, 60);
  // A zone Intl does not know would make every time on the page throw: fall back to the feed's default.
  const givenZone = text(record.timezone, 64);
  const recordZone = givenZone && isValidTimeZone(givenZone) ? givenZone : undefined;
  const base: Omit<PeerGroup, 'slug' | 'day'> = {
    name,
    time,
    endTime,
    timeZone: recordZone ?? timeZone,
    attendance: attendanceOf(inPerson, online),
    types,
    regions,
  };
  const optional: Partial<PeerGroup> = {
    location: text(record.location, 200),
    address,
    latitude: hasCoordinates ? latitude : undefined,
    longitude: hasCoordinates ? longitude : undefined,
    group: text(record.group, 200),
    notes: text(record.notes, 4000),
    conferenceUrl,
    conferencePhone,
    conferenceNotes: text(record.conference_url_notes, 500) ?? text(record.conference_phone_notes, 500),
    url: safeWebUrl(text(record.url, 500) ?? ''),
    updated: text(record.updated, 40),
  };
  for (const key of Object.keys(optional) as (keyof PeerGroup)[]) {
    if (optional[key] !== undefined) (base as Record<string, unknown>)[key] = optional[key];
  }
  return meetingDays.map((day) => ({ ...base, slug: meetingDays.length > 1 ? `${slug}-${day}` : slug, day }));
}

/** Every usable meeting of a feed; `timeZone` applies to meetings that name none (the feed's area). */
export function normaliseMeetingGuide(feed: unknown, timeZone: string): NormaliseResult {
  const skipped: string[] = [];
  if (!Array.isArray(feed)) return { groups: [], skipped: ['the feed is not a JSON array of meetings'] };
  const groups: PeerGroup[] = [];
  const seen = new Set<string>();
  feed.forEach((record, index) => {
    if (!record || typeof record !== 'object') return void skipped.push(`#${index}: not an object`);
    for (const group of normaliseRecord(record as Loose, index, timeZone, skipped)) {
      // Slugs must be unique: a feed that repeats one keeps its first meeting.
      if (seen.has(group.slug)) skipped.push(`${group.slug}: duplicate slug`);
      else {
        seen.add(group.slug);
        groups.push(group);
      }
    }
  });
  return { groups, skipped };
}
