import type { CheckInSource } from './check-in-types.js';
import type { CommentSource, ModerationSource } from './comment-types.js';
import type { PeerGroup } from './meeting-guide.js';

/**
 * The backend contract shared by every widget. Widgets never call `fetch`; they receive a
 * `PeerSupportBackend` from the nearest `<peer-support-provider>` (or the page-wide configuration).
 */

/** How a person can reach a crisis service. */
export type CrisisChannelKind = 'call' | 'text' | 'chat' | 'video' | 'relay';

export interface CrisisChannel {
  kind: CrisisChannelKind;
  /** Phone number or short code for call/text/video/relay (digits, spaces, dashes, a leading +); an https URL for chat. */
  value: string;
  /** Text to pre-fill for `text` channels (for example HOME for Crisis Text Line). */
  body?: string;
  /** A short extra instruction shown after the action, e.g. "press 1". */
  note?: string;
}

/** A weekly opening window, in the resource's time zone. Days: 0 = Sunday … 6 = Saturday. */
export interface OpeningWindow {
  days: number[];
  /** "HH:MM", 24-hour clock. */
  opens: string;
  /** "HH:MM"; a time earlier than `opens` means the window runs past midnight. "24:00" means midnight. */
  closes: string;
}

export interface OpeningHours {
  /** IANA time zone, e.g. "America/Los_Angeles". Defaults to the provider's timezone. */
  timeZone?: string;
  weekly: OpeningWindow[];
}

export interface CrisisResource {
  /** Stable id; a resource with the id of a shipped default replaces it. */
  id: string;
  name: string;
  description?: string;
  /** ISO 3166-1 alpha-2 region, e.g. "US". */
  region?: string;
  channels: CrisisChannel[];
  /** Absent means available 24 hours a day, 7 days a week. */
  hours?: OpeningHours;
  /** True for the emergency number (911, 999…): shown apart, for immediate danger. */
  emergency?: boolean;
  /** BCP 47 languages the service answers in. */
  languages?: string[];
  /** Sub-options reached through the same service, e.g. "press 2 for Spanish". */
  options?: CrisisResourceOption[];
  /** Where the details come from and when they were last checked (YYYY-MM-DD). */
  source?: { url: string; verified: string };
}

export interface CrisisResourceOption {
  id: string;
  label: string;
  channels: CrisisChannel[];
}

export interface CrisisResourceQuery {
  region?: string;
  locale?: string;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface WriteOptions extends RequestOptions {
  /** Reuse the same key when retrying one logical write so the server never applies it twice. */
  idempotencyKey?: string;
}

/**
 * What a widget can ask of a backend. Later capabilities (groups, comments, check-ins) extend this
 * interface as they land; every method takes an AbortSignal so a widget that goes away stops waiting.
 */
export interface PeerSupportBackend
  extends Partial<GroupSource>, Partial<CommentSource>, Partial<ModerationSource>, Partial<CheckInSource> {
  getCrisisResources(query: CrisisResourceQuery, options?: RequestOptions): Promise<CrisisResource[]>;
}

/** A place found for a postal code or city name, to measure distances from. */
export interface Place {
  label: string;
  latitude: number;
  longitude: number;
  /** ISO 3166-1 alpha-2, when known. */
  country?: string;
  kind?: 'postal-code' | 'city';
}

/**
 * Where the group finder gets its groups: a backend (`GET /v1/groups`), or Meeting Guide feeds read in the
 * browser (`createMeetingGuideSource`). `geocode` turns a typed postal code or city into places.
 */
export interface GroupSource {
  getGroups(options?: RequestOptions): Promise<PeerGroup[]>;
  geocode?(query: string, options?: RequestOptions): Promise<Place[]>;
}

/** Configuration every widget under one provider shares. */
export interface PeerSupportConfig {
  clinic?: string;
  /** BCP 47 language tag, e.g. "es" or "en-CA". */
  locale?: string;
  /** ISO 3166-1 alpha-2 region, optionally with a subdivision: "US-WA". */
  region?: string;
  /** The clinic's IANA time zone. */
  timezone?: string;
}
