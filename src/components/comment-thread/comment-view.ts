import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { CommentSource, PeerComment, ReactionKind } from '../../api/comment-types.js';
import { linkParts } from './linkify.js';
import { formatCount, fullDate, relativeTime } from './relative-time.js';
import type { ThreadedComment } from './threading.js';
import { domId } from './dom-id.js';

/** Which small form is open under a comment. */
export type CommentTool = 'reply' | 'report' | 'edit' | 'delete';

/** What a comment's template needs from the thread that shows it. */
export interface CommentViewHost {
  locale: string;
  now: number;
  reacted: Set<string>;
  isOwn(id: string): boolean;
  canChange(id: string): boolean;
  /** A custom backend may leave out reactions: their buttons are then not offered. */
  readonly commentSource?: Partial<CommentSource>;
  openTool?: { id: string; tool: CommentTool };
  /** A short note under one comment ("Thank you for your report."). */
  notes: Map<string, string>;
  react(comment: PeerComment, kind: ReactionKind): void;
  open(comment: PeerComment, tool: CommentTool): void;
  renderTool(comment: PeerComment, tool: CommentTool): TemplateResult | typeof nothing;
}

/** Server names are capped at 60 characters; a hostile backend's are cut here so the layout survives. */
const MAX_SHOWN_NAME = 80;

export function displayName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed || trimmed === 'Anonymous') return msg('Anonymous');
  return trimmed.length > MAX_SHOWN_NAME ? trimmed.slice(0, MAX_SHOWN_NAME) + '…' : trimmed;
}

/** Plain text with line breaks kept (by CSS) and addresses made into links by code. */
export function commentText(body: string) {
  return linkParts(body).map((part) =>
    part.href
      ? html`<a href=${part.href} rel="nofollow ugc noopener noreferrer" target="_blank">${part.text}</a>`
      : part.text,
  );
}

/** A count as a person should see it: a whole number, never negative, whatever the backend sent. */
export function reactionCount(comment: PeerComment, kind: ReactionKind): number {
  const count = Number(comment.reactions?.[kind]);
  return Number.isFinite(count) && count > 0 ? Math.floor(count) : 0;
}

export function renderComment(node: ThreadedComment, host: CommentViewHost): TemplateResult {
  const { comment } = node;
  const own = host.isOwn(comment.id);
  const name = displayName(comment.name);
  const open = host.openTool?.id === comment.id ? host.openTool.tool : undefined;
  const note = host.notes.get(comment.id);
  const { locale } = host;
  const iso = comment.createdAt;
  const full = fullDate(iso, locale);
  const relative = relativeTime(iso, host.now, locale);
  const support = reactionCount(comment, 'support');
  const helped = reactionCount(comment, 'helped');
  const pressed = (kind: ReactionKind) => (host.reacted.has(`${comment.id}:${kind}`) ? 'true' : 'false');
  // One template per comment (time inline; the two reaction buttons share one): a thousand comments render
  // noticeably faster than with a template per part.
  return html`<li class="item depth-${node.depth}">
    <article id=${domId('comment', comment.id)} aria-labelledby=${domId('by', comment.id)} tabindex="-1">
      <header>
        <span class="name" id=${domId('by', comment.id)}><bdi>${name}</bdi></span>
        ${own ? html`<span class="badge">${msg('You')}</span>` : nothing}
        <time datetime=${iso} tabindex="0" data-full=${full}
          ><span aria-hidden="true">${relative}</span><span class="sr">${relative}, ${full}</span></time
        >
        ${comment.updatedAt ? html`<span class="edited">${msg('(edited)')}</span>` : nothing}
      </header>
      ${
        node.inReplyTo ? html`<p class="reply-to">${msg(str`In reply to ${displayName(node.inReplyTo)}`)}</p>` : nothing
      }
      <p class="body" dir="auto">${commentText(comment.body)}</p>
      <div class="actions" role="group" aria-label=${msg(str`Actions for the comment by ${name}`)}>
        ${
          host.commentSource?.react
            ? html`<button
                  type="button"
                  class="reaction"
                  aria-pressed=${pressed('support')}
                  @click=${() => host.react(comment, 'support')}
                >
                  <span>${msg('Sending support')}</span
                  >${support ? html` <span class="count">${formatCount(support, locale)}</span>` : nothing}
                </button>
                <button
                  type="button"
                  class="reaction"
                  aria-pressed=${pressed('helped')}
                  @click=${() => host.react(comment, 'helped')}
                >
                  <span>${msg('This helped')}</span
                  >${helped ? html` <span class="count">${formatCount(helped, locale)}</span>` : nothing}
                </button>`
            : nothing
        }
        <button
          type="button"
          aria-expanded=${open === 'reply' ? 'true' : 'false'}
          @click=${() => host.open(comment, 'reply')}
        >
          ${msg('Reply')}
        </button>
        ${
          own && host.canChange(comment.id)
            ? html`<button
                  type="button"
                  aria-expanded=${open === 'edit' ? 'true' : 'false'}
                  @click=${() => host.open(comment, 'edit')}
                >
                  ${msg('Edit')}
                </button>
                <button
                  type="button"
                  aria-expanded=${open === 'delete' ? 'true' : 'false'}
                  @click=${() => host.open(comment, 'delete')}
                >
                  ${msg('Delete')}
                </button>`
            : own
              ? nothing
              : html`<button
                  type="button"
                  aria-expanded=${open === 'report' ? 'true' : 'false'}
                  @click=${() => host.open(comment, 'report')}
                >
                  ${msg('Report')}
                </button>`
        }
      </div>
      ${note ? html`<p class="note" role="status">${note}</p>` : nothing}
      ${open ? host.renderTool(comment, open) : nothing}
    </article>
    ${
      node.replies.length
        ? html`<ol class="replies" aria-label=${msg(str`Replies to ${name}`)}>
            ${node.replies.map((reply) => renderComment(reply, host))}
          </ol>`
        : nothing
    }
  </li>`;
}
