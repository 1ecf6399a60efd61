import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { QueueItem } from '../../api/comment-types.js';
import { busyText, isDistressing, postedText, reasonText, reportReasonText, type ActionName } from './queue-text.js';

/** The most a reason shown to the author may hold (the server's limit). */
export const MAX_REJECT_REASON = 300;

/** What the staff member is doing with one item. Kept by comment id, so it survives a refresh. */
export interface ItemUi {
  /** The text of a distressing comment is shown. */
  revealed: boolean;
  mode: 'idle' | 'rejecting' | 'deleting';
  /** The reason typed for a rejection. */
  reason: string;
  /** The action in flight, if any. */
  busy?: ActionName;
  /** What went wrong with the last action, in words. */
  error: string;
  /** The last action tried and its idempotency key, reused when the same action is tried again. */
  attempt?: { action: ActionName; reason: string; key: string };
}

export const newItemUi = (): ItemUi => ({ revealed: false, mode: 'idle', reason: '', error: '' });

export interface ItemHandlers {
  toggle(id: string): void;
  approve(id: string): void;
  startReject(id: string): void;
  reasonInput(id: string, value: string): void;
  reject(id: string): void;
  startDelete(id: string): void;
  remove(id: string): void;
  cancel(id: string): void;
}

export interface ItemView {
  item: QueueItem;
  ui: ItemUi;
  /** A number unique in this element, for ids: comment ids come from the backend and are not trusted. */
  serial: number;
  locale: string;
}

export const headingId = (serial: number) => `heading-${serial}`;

/** A button that stays focusable while its action runs (aria-disabled), so keyboard focus is not lost. */
function actionButton(
  label: string,
  onClick: () => void,
  options: { busy: boolean; kind?: 'primary' | 'danger'; describedBy?: string },
) {
  return html`<button
    type="button"
    class=${options.kind ?? ''}
    aria-disabled=${options.busy ? 'true' : 'false'}
    aria-describedby=${options.describedBy ?? nothing}
    @click=${() => {
      if (!options.busy) onClick();
    }}
  >
    ${label}
  </button>`;
}

function renderReports(item: QueueItem) {
  const reports = item.reports ?? [];
  if (!reports.length) return nothing;
  return html`<div class="reports">
    <h4>${reports.length === 1 ? msg('1 report') : msg(str`${reports.length} reports`)}</h4>
    <ul>
      ${reports.map(
        (report) =>
          html`<li>
            <span class="report-reason">${reportReasonText(report.reason)}</span>${
              report.note
                ? // The colon goes through the translations: French puts a space before it.
                  html`${msg(':', { id: 'label-colon' })} <bdi class="report-note">${report.note}</bdi>`
                : nothing
            }
          </li>`,
      )}
    </ul>
  </div>`;
}

function renderActions({ item, ui, serial }: ItemView, on: ItemHandlers) {
  const id = item.comment.id;
  const busy = !!ui.busy;
  const heading = headingId(serial);
  if (ui.mode === 'rejecting') {
    const left = MAX_REJECT_REASON - ui.reason.length;
    return html`<div class="decide">
      <label for="reject-reason-${serial}">${msg('Reason shown to the author (optional)')}</label>
      <textarea
        id="reject-reason-${serial}"
        rows="3"
        maxlength=${MAX_REJECT_REASON}
        aria-describedby="reject-hint-${serial}"
        ?readonly=${busy}
        .value=${ui.reason}
        @input=${(event: Event) => on.reasonInput(id, (event.target as HTMLTextAreaElement).value)}
      ></textarea>
      <p id="reject-hint-${serial}" class="hint">
        ${left === 1 ? msg('1 character left.') : msg(str`${left} characters left.`)}
      </p>
      <div class="buttons">
        ${actionButton(busy ? busyText('reject') : msg('Reject comment'), () => on.reject(id), {
          busy,
          kind: 'primary',
          describedBy: heading,
        })}
        ${actionButton(msg('Cancel'), () => on.cancel(id), { busy })}
      </div>
    </div>`;
  }
  if (ui.mode === 'deleting') {
    return html`<div class="decide" role="group" aria-labelledby="confirm-${serial}">
      <p id="confirm-${serial}" class="question">${msg('Delete this comment for good?')}</p>
      <div class="buttons">
        ${actionButton(busy ? busyText('delete') : msg('Delete'), () => on.remove(id), {
          busy,
          kind: 'danger',
          describedBy: heading,
        })}
        ${actionButton(msg('Cancel'), () => on.cancel(id), { busy })}
      </div>
    </div>`;
  }
  return html`<div class="buttons">
    ${actionButton(busy ? busyText('approve') : msg('Approve'), () => on.approve(id), {
      busy,
      kind: 'primary',
      describedBy: heading,
    })}
    ${actionButton(msg('Reject'), () => on.startReject(id), { busy, describedBy: heading })}
    ${actionButton(msg('Delete'), () => on.startDelete(id), { busy, kind: 'danger', describedBy: heading })}
  </div>`;
}

/**
 * One held comment. Everything from the backend (name, thread, body, report notes) is bound as text, never
 * as HTML, and no links are made from it; `<bdi>` and `dir="auto"` keep direction overrides inside it.
 */
export function renderItem(view: ItemView, on: ItemHandlers) {
  const { item, ui, serial, locale } = view;
  const { comment } = item;
  const care = item.care || item.reason === 'care';
  const distressing = isDistressing(item);
  const shown = !distressing || ui.revealed;
  const posted = new Date(comment.createdAt);
  return html`<article
    part="item"
    class=${care ? 'item care' : 'item'}
    data-serial=${serial}
    aria-labelledby="${headingId(serial)} why-${serial}"
  >
    <h3 id=${headingId(serial)} tabindex="-1">
      ${msg('Comment from', { desc: 'Followed by the writer’s name' })} <bdi>${comment.name}</bdi>
    </h3>
    <p id="why-${serial}" class="reason">${reasonText(item)}</p>
    ${
      care
        ? html`<p class="care-note">
            ${msg('This person may need support now. Follow your clinic’s safety procedure, whatever you decide about the comment.')}
          </p>`
        : nothing
    }
    <dl class="meta">
      <div>
        <dt>${msg('Thread')}</dt>
        <dd><bdi>${comment.thread}</bdi></dd>
      </div>
      <div>
        <dt>${msg('Posted')}</dt>
        <dd>
          <time datetime=${Number.isNaN(posted.getTime()) ? nothing : posted.toISOString()}
            >${postedText(comment.createdAt, locale)}</time
          >
        </dd>
      </div>
    </dl>
    ${renderReports(item)}
    ${
      distressing
        ? html`<div class="distressing">
            <p>${msg('This comment may be distressing.')}</p>
            <button
              type="button"
              aria-expanded=${ui.revealed ? 'true' : 'false'}
              aria-controls="body-${serial}"
              @click=${() => on.toggle(comment.id)}
            >
              ${ui.revealed ? msg('Hide') : msg('Show comment')}
            </button>
          </div>`
        : nothing
    }
    <div id="body-${serial}" class="body" dir="auto" ?hidden=${!shown}>${shown ? comment.body : nothing}</div>
    <div part="actions" class="actions">${renderActions(view, on)}</div>
    ${ui.error ? html`<p class="problem" role="alert">${ui.error}</p>` : nothing}
  </article>`;
}
