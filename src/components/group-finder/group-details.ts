import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { PeerGroup } from '../../api/meeting-guide.js';
import { directionsUrl, joinLinkDomain, telHref } from './directions.js';
import { saveToCalendar, shareGroup } from './finder-actions.js';
import { attendanceLabel, distanceText, renderBadges, typeNames, type GroupView } from './group-list.js';
import { clockTime, fullDateText, groupZoneText, isoInstant } from './group-time.js';
import type { IndexedGroup } from './search.js';

export interface DetailsView extends GroupView {
  entry?: IndexedGroup;
  directions: string;
  notice: string;
  /** The shareable address of a group in this search. */
  pageUrl(slug: string): string;
  onBack(): void;
  /** Says how sharing or the calendar file went. */
  onNotice(notice: string): void;
}

const externalLink = (href: string, text: string) =>
  html`<a href=${href} target="_blank" rel="noopener noreferrer">${text}</a>`;

function renderWhere(entry: IndexedGroup, view: DetailsView) {
  const { group } = entry;
  if (group.attendance === 'online') return nothing;
  const directions = directionsUrl(group, view.directions, navigator);
  const distance = distanceText(entry, view);
  return html`<dt>${msg('Where')}</dt>
    <dd>
      ${group.location ? html`<span class="line">${group.location}</span>` : nothing}
      ${group.address ? html`<span class="line">${group.address}</span>` : nothing}
      ${distance ? html`<span class="line">${distance}</span>` : nothing}
      ${directions ? html`<span class="line">${externalLink(directions, msg('Directions (opens a map)'))}</span>` : nothing}
    </dd>`;
}

function renderOnline(group: PeerGroup) {
  const domain = group.conferenceUrl ? joinLinkDomain(group.conferenceUrl) : undefined;
  const dial = group.conferencePhone ? telHref(group.conferencePhone) : undefined;
  if (!domain && !dial) return nothing;
  return html`<dt>${msg('Join online')}</dt>
    <dd>
      ${
        domain && group.conferenceUrl
          ? html`<span class="line">${externalLink(group.conferenceUrl, msg(str`Join on ${domain}`))}</span>`
          : nothing
      }
      ${
        dial
          ? html`<span class="line">${msg('By phone:')} <a href=${dial}>${group.conferencePhone}</a></span>`
          : nothing
      }
      ${group.conferenceNotes ? html`<span class="line notes">${group.conferenceNotes}</span>` : nothing}
    </dd>`;
}

/** Everything about one group, with the ways to get there, join, remember and share it. */
export function renderDetails(view: DetailsView) {
  const back = html`<button type="button" class="back" @click=${view.onBack}>${msg('Back to results')}</button>`;
  const { entry } = view;
  if (!entry) {
    return html`<article class="details">
      ${back}
      <h3 id="details-heading" tabindex="-1">${msg('This group is no longer listed')}</h3>
      <p>${msg('It may have ended or moved. The list has other groups that meet soon.')}</p>
    </article>`;
  }
  const { group } = entry;
  const zone = groupZoneText(entry.start, view.locale, view.timeZone, group.timeZone);
  const types = typeNames(group, view.labels);
  const publisher = group.url ? joinLinkDomain(group.url) : undefined;
  return html`<article class="details" aria-labelledby="details-heading">
    ${back}
    <h3 id="details-heading" tabindex="-1">${group.name}</h3>
    ${renderBadges(entry)}
    <dl>
      <dt>${msg('Next meeting')}</dt>
      <dd>
        <time datetime=${isoInstant(entry.start)}>${fullDateText(entry.start, view.locale, view.timeZone)}</time>
        ${msg(str`to ${clockTime(entry.end, view.locale, view.timeZone)}`)}
        ${zone ? html`<span class="line zone">${msg(str`(${zone} where the group meets)`)}</span>` : nothing}
        <span class="line">${msg('Every week.')} ${attendanceLabel(group.attendance)}.</span>
      </dd>
      ${renderWhere(entry, view)} ${renderOnline(group)}
      ${
        types.length
          ? html`<dt>${msg('Meeting type')}</dt>
              <dd>${types.join(' · ')}</dd>`
          : nothing
      }
      ${
        group.notes
          ? html`<dt>${msg('Notes')}</dt>
              <dd class="notes">${group.notes}</dd>`
          : nothing
      }
      ${
        group.group || group.regions.length
          ? html`<dt>${msg('Group and area')}</dt>
              <dd>${[group.group, ...group.regions].filter(Boolean).join(' · ')}</dd>`
          : nothing
      }
      ${
        group.url && publisher
          ? html`<dt>${msg('More information')}</dt>
              <dd>${externalLink(group.url, publisher)}</dd>`
          : nothing
      }
    </dl>
    <div class="actions">
      <button
        type="button"
        @click=${async () => view.onNotice(await saveToCalendar(group, view.now, view.pageUrl(group.slug)))}
      >
        ${msg('Add to calendar')}
      </button>
      <button type="button" @click=${async () => view.onNotice(await shareGroup(group, view.pageUrl(group.slug)))}>
        ${msg('Share')}
      </button>
    </div>
    <p class="hint" role="status">${view.notice}</p>
  </article>`;
}
