import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { careHelp } from './care-help.js';
import type { OwnCommentRecord } from './comment-storage.js';
import { commentText, type CommentViewHost } from './comment-view.js';
import { fullDate, relativeTime } from './relative-time.js';
import type { OwnComments, OwnCommentsHost } from './own-comments.js';
import { domId } from './dom-id.js';

function heldExplanation(reason: string | null): string {
  switch (reason) {
    case 'links':
      return msg('Comments with links are read by a person at the clinic before they appear.');
    case 'first-time':
      return msg('A person at the clinic reads someone’s first comment before it appears.');
    case 'reported':
      return msg('Someone reported it, so a person at the clinic will look at it.');
    default:
      return msg('A person at the clinic reads it before it appears.');
  }
}

/** The visitor's own comments in this thread: what became of each, with edit, delete and forget. */
function timeAgo(iso: string, host: Pick<CommentViewHost, 'locale' | 'now'>) {
  const full = fullDate(iso, host.locale);
  const relative = relativeTime(iso, host.now, host.locale);
  // The full date shows on hover and on keyboard focus, and is read with the relative one.
  return html`<time datetime=${iso} tabindex="0" data-full=${full}
    ><span aria-hidden="true">${relative}</span><span class="sr">${relative}, ${full}</span></time
  >`;
}

function renderRecord(own: OwnComments, host: OwnCommentsHost, record: OwnCommentRecord) {
  const state = own.states.get(record.id);
  const status = state?.status;
  const open = host.openTool?.id === record.id ? host.openTool.tool : undefined;
  const changeable = own.canChange(record.id) && state && status === 'held';
  return html`<li class="own-item" id=${domId('own', record.id)} tabindex="-1">
    <p class="own-status">
      <strong
        >${
          status === 'published'
            ? msg('Published')
            : status === 'rejected'
              ? msg('Not published')
              : status === 'held'
                ? msg('Waiting for review. Only you can see it.')
                : msg('Status unknown for now')
        }</strong
      >
      ${timeAgo(record.postedAt, host)}
    </p>
    ${status === 'held' ? html`<p>${heldExplanation(state!.reason)}</p>` : nothing}
    ${
      status === 'rejected'
        ? html`<p>
            ${
              state!.rejectReason
                ? html`${msg('The clinic said:')} <q dir="auto">${state!.rejectReason}</q>`
                : msg('The clinic decided not to publish it.')
            }
          </p>`
        : nothing
    }
    ${state ? html`<p class="body" dir="auto">${commentText(state.comment.body)}</p>` : nothing}
    ${status === 'held' && (record.care || state!.reason === 'care') ? careHelp(`care-${record.id}`) : nothing}
    <div class="actions">
      ${
        changeable
          ? html`<button
                type="button"
                aria-expanded=${open === 'edit' ? 'true' : 'false'}
                @click=${() => host.open(state.comment, 'edit')}
              >
                ${msg('Edit')}
              </button>
              <button
                type="button"
                aria-expanded=${open === 'delete' ? 'true' : 'false'}
                @click=${() => host.open(state.comment, 'delete')}
              >
                ${msg('Delete')}
              </button>`
          : nothing
      }
      <button type="button" @click=${() => own.forget(record.id)}>${msg('Remove from this device')}</button>
    </div>
    ${open && state && status !== 'published' ? host.renderTool(state.comment, open) : nothing}
  </li>`;
}

export function renderOwnPanel(own: OwnComments, host: OwnCommentsHost) {
  if (!own.records.length) return nothing;
  return html`<section class="own" aria-labelledby="own-heading">
    <h3 id="own-heading">${msg('Your comments on this device')}</h3>
    <p class="hint">
      ${msg(
        'This device keeps a key to your comments here, so you can see what happened to them and change them for a short while. Nobody else can see this list.',
      )}
    </p>
    <ul class="own-list">
      ${own.records.map((record) => renderRecord(own, host, record))}
    </ul>
    <button type="button" class="quiet" @click=${() => own.forgetAll()}>
      ${msg('Forget all my comments and reactions on this device')}
    </button>
  </section>`;
}
