import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { Attendance, PeerGroup } from '../../api/meeting-guide.js';
import { formatDistance } from './distance.js';
import type { Origin } from './filters.js';
import { groupZoneText, isoInstant, nextMeetingText } from './group-time.js';
import type { IndexedGroup } from './search.js';
import { typeLabel } from './type-labels.js';

/** What every part of the finder's view needs to show a group. */
export interface GroupView {
  locale: string;
  now: number;
  timeZone: string;
  unit: 'mi' | 'km';
  labels: Record<string, string>;
  origin?: Origin;
}

export interface ResultsView extends GroupView {
  matches: IndexedGroup[];
  shown: number;
  countText: string;
  problems: string;
  groupUrl(slug: string): string;
  onOpen(slug: string): void;
  onMore(): void;
  onClear(): void;
  onPrint(): void;
}

export function attendanceLabel(attendance: Attendance): string {
  return attendance === 'hybrid'
    ? msg('In person and online')
    : attendance === 'online'
      ? msg('Online')
      : msg('In person');
}

/** Distance, "distance unknown", or nothing for a group that meets only online. */
export function distanceText(entry: IndexedGroup, view: GroupView): string {
  if (!view.origin || entry.group.attendance === 'online') return '';
  return entry.distanceKm === undefined
    ? msg('distance unknown')
    : msg(str`${formatDistance(entry.distanceKm, view.unit, view.locale)} away`);
}

export function typeNames(group: PeerGroup, labels: Record<string, string>, limit = Infinity): string[] {
  return group.types
    .filter((code) => code !== 'TC' && code !== 'ONL')
    .slice(0, limit)
    .map((code) => typeLabel(code, labels));
}

export function renderBadges(entry: IndexedGroup) {
  return html`<p class="badges">
    ${entry.inProgress ? html`<span class="badge live">${msg('Happening now')}</span>` : nothing}
    ${entry.startingSoon ? html`<span class="badge soon">${msg('Starting soon')}</span>` : nothing}
    <span class="badge">${attendanceLabel(entry.group.attendance)}</span>
  </p>`;
}

export function renderWhen(entry: IndexedGroup, view: GroupView) {
  const zone = groupZoneText(entry.start, view.locale, view.timeZone, entry.group.timeZone);
  return html`<p class="when">
    <time datetime=${isoInstant(entry.start)}
      >${nextMeetingText(entry.start, view.now, view.locale, view.timeZone)}</time
    >${zone ? html` <span class="zone">${msg(str`(${zone} where the group meets)`)}</span>` : nothing}
  </p>`;
}

function renderResult(entry: IndexedGroup, position: number, view: ResultsView) {
  const { group } = entry;
  const where = group.attendance === 'online' ? msg('Online') : (group.location ?? group.address ?? '');
  const distance = distanceText(entry, view);
  const types = typeNames(group, view.labels, 6);
  const open = (event: MouseEvent) => {
    // A new tab or window (modifier keys, middle click) opens the shareable address as it is.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    view.onOpen(group.slug);
  };
  return html`<li class="result" data-slug=${group.slug} data-index=${position}>
    <h3 class="name"><a href=${view.groupUrl(group.slug)} @click=${open}>${group.name}</a></h3>
    ${renderWhen(entry, view)} ${renderBadges(entry)}
    ${where || distance ? html`<p class="where">${where}${where && distance ? ' · ' : ''}${distance}</p>` : nothing}
    ${types.length ? html`<p class="types">${types.join(' · ')}</p>` : nothing}
  </li>`;
}

/** The count, the first page of matches, and "Show more": thousands of groups never render at once. */
export function renderResults(view: ResultsView) {
  const { matches } = view;
  const visible = matches.slice(0, view.shown);
  return html`<div class="summary">
      <p class="count">${view.countText}</p>
      ${
        matches.length
          ? html`<button type="button" class="link print" @click=${view.onPrint}>${msg('Print this list')}</button>`
          : nothing
      }
    </div>
    ${view.problems ? html`<p class="problem">${view.problems}</p>` : nothing}
    ${
      matches.length
        ? html`<ol class="results" aria-label=${msg('Groups')}>
            ${visible.map((entry, position) => renderResult(entry, position, view))}
          </ol>`
        : html`<div class="message">
            <p>${msg('Try fewer filters, another day, or online groups.')}</p>
            <button type="button" @click=${view.onClear}>${msg('Clear all filters')}</button>
          </div>`
    }
    ${
      visible.length < matches.length
        ? html`<button type="button" class="more-results" @click=${view.onMore}>
            ${msg(str`Show more (${visible.length} of ${matches.length} shown)`)}
          </button>`
        : nothing
    }`;
}
