import type { PeerGroup } from '../../api/meeting-guide.js';
import { dialSequence, encodeText, safeWebUrl } from '../../api/channel-links.js';

/** Links in a group's detail view, built by code from the group's validated parts, never taken as given. */

export type DirectionsProvider = 'auto' | 'osm' | 'apple' | 'google';

/** What the browser says about the device; `navigator` fits, tests pass their own. */
export interface PlatformHints {
  userAgent?: string;
  platform?: string;
  maxTouchPoints?: number;
}

/**
 * iPhone, iPad and Mac, where Apple Maps is the map people already use. iPadOS asks for desktop pages and reports
 * "MacIntel"; with touch points it is an iPad, and either way it is Apple.
 */
export function isApplePlatform(hints: PlatformHints | undefined): boolean {
  if (!hints) return false;
  if (/iPhone|iPad|iPod|Macintosh/.test(hints.userAgent ?? '')) return true;
  return /^(Mac|iPhone|iPad|iPod)/.test(hints.platform ?? '');
}

function fromTemplate(template: string, coordinates: string[] | undefined, address: string | undefined) {
  const usesCoordinates = /\{(lat|lon)\}/.test(template);
  const usesAddress = template.includes('{address}');
  if (!((usesCoordinates && coordinates) || (usesAddress && address))) return undefined;
  const values: Record<string, string> = {
    lat: coordinates?.[0] ?? '',
    lon: coordinates?.[1] ?? '',
    address: address ?? '',
  };
  const url = template.replace(/\{(lat|lon|address)\}/g, (_, name: string) => encodeText(values[name]));
  // The template comes from a host page's attribute: whatever it says, the result must be a web link.
  return safeWebUrl(url);
}

/**
 * A directions link to an in-person or hybrid group: `provider` is 'auto' (Apple Maps on Apple devices,
 * OpenStreetMap elsewhere), 'osm', 'apple', 'google', or a template with {lat}, {lon} and {address}.
 * Undefined for an online-only group, or one with neither coordinates nor an address.
 */
export function directionsUrl(
  group: PeerGroup,
  provider: DirectionsProvider | string = 'auto',
  platform: PlatformHints | undefined = typeof navigator === 'undefined' ? undefined : navigator,
): string | undefined {
  if (group.attendance === 'online') return undefined;
  const { latitude, longitude } = group;
  const coordinates =
    Number.isFinite(latitude) && Number.isFinite(longitude) ? [String(latitude), String(longitude)] : undefined;
  const address = group.address?.trim() || undefined;
  if (!coordinates && !address) return undefined;
  const destination = coordinates ? coordinates.join(',') : encodeText(address!);

  const chosen = provider === 'auto' ? (isApplePlatform(platform) ? 'apple' : 'osm') : provider;
  switch (chosen) {
    case 'osm':
      // OpenStreetMap's directions page routes to coordinates; with only an address, its search shows the place.
      return coordinates
        ? `https://www.openstreetmap.org/directions?to=${destination}`
        : `https://www.openstreetmap.org/search?query=${destination}`;
    case 'apple':
      return `https://maps.apple.com/?daddr=${destination}`;
    case 'google':
      return `https://www.google.com/maps/dir/?api=1&destination=${destination}`;
    default:
      return fromTemplate(chosen, coordinates, address);
  }
}

/** The host shown beside an online join link ("zoom.us"), so people see where it goes before they click. */
export function joinLinkDomain(url: string): string | undefined {
  const safe = safeWebUrl(url);
  if (!safe) return undefined;
  const host = new URL(safe).hostname.replace(/^www\./, '');
  return host || undefined;
}

/** A tel: link that dials the bridge and enters its codes; undefined when there is no real number. */
export function telHref(phone: string): string | undefined {
  const sequence = dialSequence(phone);
  if ((sequence.match(/\d/g) ?? []).length < 3) return undefined;
  // "#" would start the URI's fragment and be lost.
  return `tel:${sequence.replace(/#/g, '%23')}`;
}
