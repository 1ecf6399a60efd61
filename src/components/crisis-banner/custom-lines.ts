import { msg, str } from '@lit/localize';
import type { CrisisResource, PeerSupportBackend } from '../../api/types.js';
import { openingState, sameDay, type OpeningState } from './hours.js';

/**
 * Everything the banner needs only when a clinic adds lines of its own (by attribute, property or backend):
 * checking untrusted entries, merging them over the defaults, opening hours and their wording. Loaded on
 * demand, so the shipped lines render without it.
 */
import { mergeCrisisResources, parseCrisisResources } from '../../api/crisis-resources.js';
import { isValidTimeZone } from '../../api/time-zone.js';

export interface ArrangedResource {
  resource: CrisisResource;
  state?: OpeningState;
}

/**
 * Lines with hours that are open now come first (a clinic's own line, when staffed), then the 24/7 lines,
 * then lines that are closed now, then the emergency number. A closed line never pushes a 24/7 one down.
 */
export function arrangeResources(
  resources: readonly CrisisResource[],
  now: Date,
  timeZone: string = visitorTimeZone(),
): ArrangedResource[] {
  const rank = ({ resource, state }: ArrangedResource) => (resource.emergency ? 3 : !state ? 1 : state.open ? 0 : 2);
  return resources
    .map((resource) => ({ resource, state: resource.hours ? openingState(resource.hours, now, timeZone) : undefined }))
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => rank(a.entry) - rank(b.entry) || a.index - b.index)
    .map(({ entry }) => entry);
}

const DAY_MS = 24 * 60 * 60 * 1000;

function visitorTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** A clinic's misspelt time zone ("Pacific Time") must not break crisis help: use the visitor's instead. */
function usableTimeZone(zone: string | undefined): string {
  return zone && isValidTimeZone(zone) ? zone : visitorTimeZone();
}

/** "Open now, until 5:00 PM", "Closed now. Opens Monday at 9:00 AM.", in the line's own time zone. */
export function statusText(
  state: OpeningState,
  now: Date,
  locale: string,
  lineZone?: string,
  visitorZone: string = visitorTimeZone(),
): string {
  const lineTimeZone = usableTimeZone(lineZone);
  const changesAt = state.changesAt;
  const time = changesAt
    ? new Intl.DateTimeFormat(locale, {
        hour: 'numeric',
        minute: '2-digit',
        timeZone: lineTimeZone,
        // Name the zone only when the visitor's clock differs, e.g. "9:00 AM PST".
        timeZoneName: lineTimeZone === visitorZone ? undefined : 'short',
      }).format(changesAt)
    : '';
  if (state.open) {
    return changesAt && changesAt.getTime() - now.getTime() < DAY_MS
      ? msg(str`Open now, until ${time}`)
      : msg('Open now');
  }
  if (!changesAt) return msg('Closed now.');
  if (sameDay(changesAt, now, lineTimeZone)) return msg(str`Closed now. Opens at ${time}.`);
  const day = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: lineTimeZone }).format(changesAt);
  return msg(str`Closed now. Opens ${day} at ${time}.`);
}

function fromJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    console.warn('<peer-crisis-banner>: the resources attribute is not valid JSON; showing the shipped lines.');
    return [];
  }
}

/**
 * The shipped lines with each layer of the clinic's own applied in turn (a backend's answer, then the
 * element's `resources`), keeping only well-formed entries for this region, arranged for display.
 */
export function withCustomLines(
  defaults: readonly CrisisResource[],
  regions: readonly (string | undefined)[],
  layers: readonly unknown[],
  now: Date,
  timeZone?: string,
): ArrangedResource[] {
  try {
    const merged = mergeCrisisResources(defaults, ...layers.map((layer) => parseCrisisResources(fromJson(layer))));
    return arrangeResources(
      // A clinic's own lines for its configured country stay even where we ship no lines for it.
      merged.filter((resource) => !resource.region || regions.includes(resource.region)),
      now,
      usableTimeZone(timeZone),
    );
  } catch (error) {
    // Whatever went wrong with the clinic's data, the shipped lines still show.
    console.warn(error);
    return defaults.map((resource) => ({ resource }));
  }
}

/**
 * Asks a backend for its lines once per backend, region and language. Shipped lines render before the
 * answer; an answer that arrives after the question changed is dropped, and a failure (down, slow past its
 * timeout, malformed) changes nothing on screen.
 */
export class BackendLines {
  /** The backend's answer as received; withCustomLines checks every entry before use. */
  answer: unknown;
  private asked?: { backend: PeerSupportBackend; region?: string; locale: string };
  private controller?: AbortController;

  constructor(private readonly changed: () => void) {}

  sync(backend: PeerSupportBackend | undefined, region: string | undefined, locale: string): void {
    const last = this.asked;
    if (backend && last?.backend === backend && last.region === region && last.locale === locale) return;
    this.cancel();
    // Lines for another region, language or backend must not linger if the new request fails.
    this.answer = undefined;
    if (!backend) return;
    this.asked = { backend, region, locale };
    const controller = (this.controller = new AbortController());
    void (async () => {
      try {
        const answer = await backend.getCrisisResources({ region, locale }, { signal: controller.signal });
        if (controller.signal.aborted) return;
        this.answer = answer;
        this.changed();
      } catch {
        // The shipped lines are already on screen and stay.
      }
    })();
  }

  cancel(): void {
    this.controller?.abort();
    this.asked = undefined;
  }
}
