import { msg } from '@lit/localize';
import { adoptStyles, html, nothing } from 'lit';
import type { CommentSort, PeerComment, ReactionKind } from '../../api/comment-types.js';
import { BackendError, HttpError } from '../../api/errors.js';
import { createIdempotencyKey } from '../../api/rest-backend.js';
import { PeerElement } from '../../core/base-element.js';
import { lazy } from '../../core/lazy.js';
import type { SupportedLocale } from '../../core/localization.js';
import { themeTokens } from '../../core/theme.js';
import { commentThreadStyles } from './comment-thread.styles.js';
import type { PeerCommentPostedEvent } from './events.js';
import type { CommentTools } from './comment-tools.js';
import { reactionCount, renderComment, type CommentTool, type CommentViewHost } from './comment-view.js';
import { deviceId, reactedTo, rememberReaction } from './device-storage.js';
import type { OwnComments } from './own-comments.js';
import { ThreadLoader } from './thread-data.js';
import { threadComments } from './threading.js';
import { pageThreadId, validThreadId } from './thread-id.js';
import { domId } from './dom-id.js';

const SORTS: CommentSort[] = ['oldest', 'newest', 'supported'];

const loadExtras = lazy(() => import('./extras.js'));
type Extras = Awaited<ReturnType<typeof loadExtras>>;

/**
 * Comments under an article: read, reply, send support, report; write pseudonymously, with the clinic's
 * guidelines first. A comment with crisis language is held for a person at the clinic, and its author is
 * shown crisis help at once. Every visitor's text is rendered as text; links are made by code.
 *
 * @tagname peer-comment-thread
 * @summary Pseudonymous, moderated comments with replies, reactions and reports.
 * @csspart base - The thread's outer section.
 * @csspart form - The comment form (and each reply form).
 * @slot guidelines - The clinic's own community guidelines, replacing the default ones.
 * @cssprop --peer-comment-thread-accent - Buttons and links (from `--peer-color-primary`).
 * @cssprop --peer-comment-thread-border - Lines between comments (from `--peer-color-outline`).
 * @cssprop --peer-comment-thread-indent - How far replies are indented. Default 1.25rem.
 * @event peer-comment-posted - The visitor posted; detail-free event with `posted` (the server's answer) and `care`.
 * @event peer-crisis-contact - A writer shown crisis help followed a line's link; detail `{ channel, resourceId, optionId? }`.
 */
export class PeerCommentThread extends PeerElement implements CommentViewHost {
  static override styles = [themeTokens, commentThreadStyles];

  static override properties = {
    thread: { type: String },
    sort: { type: String },
    depth: { type: Number },
    pageSize: { type: Number, attribute: 'page-size' },
    heading: { type: String },
    now: { type: Number, attribute: false },
    announcement: { state: true },
  };

  /** The thread's id; defaults to the page's canonical URL path (or its own path). */
  declare thread?: string;
  /** The order of top-level comments: "oldest" (default), "newest" or "supported" (most support first). */
  declare sort: CommentSort;
  /** How many levels of replies are indented. Default 2. */
  declare depth: number;
  /** How many comments load at a time, before "Show more comments". Default 50. */
  declare pageSize: number;
  /** The thread's heading. Default "Comments". */
  declare heading?: string;
  /** The clock for "5 minutes ago"; set it only to preview. */
  declare now: number;
  declare private announcement: string;

  /** @internal */
  readonly notes = new Map<string, string>();
  /** @internal */
  reacted = reactedTo();
  private readonly loader = new ThreadLoader(this);
  /** Writing, reply, report, edit, delete and the visitor's own comments: fetched once the page is idle. */
  private extras?: Extras;
  private extrasFailed = false;
  private tools?: CommentTools;
  private own?: OwnComments;
  /** What the list on screen was loaded for: a change to any of it starts again from the first page. */
  private loaded?: { backend: object; threadId: string; sort: CommentSort; pageSize: number };
  private clock?: ReturnType<typeof setInterval>;
  private focusTarget?: string;
  private announceTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    this.sort = 'oldest';
    this.depth = 2;
    this.pageSize = 50;
    this.now = Date.now();
    this.announcement = '';
    this.addEventListener('peer-comment-posted', (event) => this.posted(event));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.clock = setInterval(() => {
      if (!document.hidden) this.now = Date.now();
    }, 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.clock);
  }

  /** The id this element uses: the attribute when valid, else the page's path. */
  get threadId(): string {
    return this.thread ?? pageThreadId();
  }

  /** Worked out once per render, not once per comment. */
  private renderLocale?: SupportedLocale;

  override get locale(): SupportedLocale {
    return this.renderLocale ?? super.locale;
  }

  protected override willUpdate(): void {
    const { backend, threadId, sort, pageSize } = this;
    const last = this.loaded;
    if (!backend || !validThreadId(threadId)) return;
    if (last?.backend === backend && last.threadId === threadId && last.sort === sort && last.pageSize === pageSize)
      return;
    const sortOnly = last?.backend === backend && last.threadId === threadId;
    this.loaded = { backend, threadId, sort, pageSize };
    void this.loader.reset(backend, this.threadId, SORTS.includes(this.sort) ? this.sort : 'oldest', this.pageSize);
    if (!sortOnly) void this.own?.refresh(backend, this.threadId);
  }

  private async withExtras(): Promise<{ extras: Extras; tools: CommentTools }> {
    if (!this.extras || !this.tools) {
      let extras: Extras;
      try {
        extras = await loadExtras();
      } catch (error) {
        this.extrasFailed = true;
        this.requestUpdate();
        throw error;
      }
      this.extrasFailed = false;
      // The form is defined here, not at import, so that importing the class has no side effects.
      if (!customElements.get('peer-comment-form')) customElements.define('peer-comment-form', extras.PeerCommentForm);
      this.extras = extras;
      adoptStyles(this.renderRoot as ShadowRoot, [...PeerCommentThread.elementStyles, extras.writingStyles]);
      this.tools = new extras.CommentTools(this);
      this.own = new extras.OwnComments(this);
      void this.own.refresh(this.backend, this.threadId);
      this.requestUpdate();
    }
    return { extras: this.extras, tools: this.tools };
  }

  protected override firstUpdated(): void {
    const fetchExtras = () => void this.withExtras().catch(() => undefined);
    if ('requestIdleCallback' in window) requestIdleCallback(fetchExtras, { timeout: 1500 });
    else setTimeout(fetchExtras, 200);
  }

  protected override updated(): void {
    const target = this.focusTarget;
    if (!target) return;
    const element = this.renderRoot.querySelector<HTMLElement>(target);
    if (!element) return;
    this.focusTarget = undefined;
    element.focus({ preventScroll: true });
    element.scrollIntoView?.({ block: 'center' });
  }

  focusLater(selector: string): void {
    this.focusTarget = selector;
    this.requestUpdate();
  }

  announce(text: string): void {
    // Cleared first so the same words said twice are still read.
    this.announcement = '';
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => (this.announcement = text), 100);
  }

  /** @internal */
  get commentSource() {
    return this.backend;
  }

  isOwn(id: string): boolean {
    return !!this.own?.isOwn(id);
  }

  canChange(id: string): boolean {
    return !!this.own?.canChange(id);
  }

  token(id: string): string | undefined {
    return this.own?.token(id);
  }

  /** @internal */
  get openTool() {
    return this.tools?.openTool;
  }

  async open(comment: PeerComment, tool: CommentTool): Promise<void> {
    try {
      (await this.withExtras()).tools.open(comment, tool);
    } catch {
      this.notes.set(comment.id, msg('This part of the page could not load. Check your connection and try again.'));
      this.requestUpdate();
    }
  }

  renderTool(comment: PeerComment, tool: CommentTool) {
    return this.tools?.render(comment, tool, this.threadId) ?? nothing;
  }

  private posted(event: PeerCommentPostedEvent): void {
    const { posted, care } = event;
    this.own?.remember(posted, care);
    if (this.tools?.openTool?.tool === 'reply') this.tools.openTool = undefined;
    if (posted.held) {
      this.announce(
        care
          ? msg('Your comment is waiting for review. Help is shown below it.')
          : msg('Your comment is waiting for review.'),
      );
      this.focusLater(`#${domId('own', posted.comment.id)}`);
    } else {
      this.loader.add(posted.comment, this.sort === 'newest');
      this.announce(msg('Your comment is posted.'));
      this.focusLater(`#${domId('comment', posted.comment.id)}`);
    }
  }

  edited(comment: PeerComment, held: boolean, reason?: string): void {
    this.own?.update(comment, held, reason);
    if (held) {
      this.loader.remove(comment.id);
      this.announce(msg('Your changes are saved and wait for review.'));
      this.focusLater(`#${domId('own', comment.id)}`);
    } else {
      this.loader.replace(comment);
      this.announce(msg('Your changes are saved.'));
    }
  }

  deleted(id: string): void {
    this.loader.remove(id);
    this.own?.forget(id);
    this.focusLater('#heading');
  }

  reported(id: string): void {
    this.notes.set(id, msg('Thank you. A person at the clinic will look at it.'));
    this.focusLater(`#${domId('comment', id)}`);
  }

  async react(comment: PeerComment, kind: ReactionKind): Promise<void> {
    const key = `${comment.id}:${kind}`;
    if (this.reacted.has(key)) {
      this.notes.set(comment.id, msg('You already reacted this way. Thank you.'));
      return this.requestUpdate();
    }
    // Shown at once; undone if the server never hears it.
    this.reacted = new Set(this.reacted).add(key);
    const before = comment.reactions;
    const counts = { support: reactionCount(comment, 'support'), helped: reactionCount(comment, 'helped') };
    this.loader.replace({ ...comment, reactions: { ...counts, [kind]: counts[kind] + 1 } });
    try {
      const reactions = await this.backend!.react!(comment.id, kind, {
        deviceId: deviceId(),
        idempotencyKey: createIdempotencyKey(),
      });
      rememberReaction(comment.id, kind);
      this.loader.replace({ ...comment, reactions });
      this.notes.delete(comment.id);
    } catch (error) {
      this.reacted.delete(key);
      this.loader.replace({ ...comment, reactions: before });
      const offline = error instanceof BackendError && error.kind === 'offline';
      this.notes.set(
        comment.id,
        offline ? msg('You seem to be offline. Please try again.') : msg('That did not go through. Please try again.'),
      );
      this.requestUpdate();
    }
  }

  private async more(): Promise<void> {
    const before = this.loader.comments.length;
    await this.loader.more();
    const first = this.loader.comments[before];
    if (first) this.focusLater(`#${domId('comment', first.id)}`);
  }

  /** Why the comments are not on screen, in the words the form uses for the same failure. */
  private loadErrorText(error: unknown): string {
    if (error instanceof BackendError) {
      if (error.kind === 'offline') return msg('You seem to be offline, so comments cannot load right now.');
      if (error.kind === 'timeout') return msg('The server took too long to answer. Please try again.');
      if (error instanceof HttpError && error.status >= 500) {
        return msg('The clinic’s server had a problem. Please try again in a moment.');
      }
      if (error.kind === 'malformed') return msg('The server sent an answer we could not read. Please try again.');
    }
    return msg('The comments could not load right now.');
  }

  private renderList() {
    const { loader } = this;
    const roots = threadComments(loader.comments, this.depth);
    const failed = loader.error !== undefined;
    return html`
      ${
        roots.length
          ? html`<ol class="comments">
              ${roots.map((node) => renderComment(node, this))}
            </ol>`
          : loader.settled && !failed
            ? html`<p class="empty">${msg('No comments yet. You could be the first to share.')}</p>`
            : nothing
      }
      ${
        failed
          ? html`<div class="error" role="alert">
              <p>${this.loadErrorText(loader.error)}</p>
              <button type="button" @click=${() => this.loader.retry()}>${msg('Try again')}</button>
            </div>`
          : nothing
      }
      ${loader.loading ? html`<p class="loading">${msg('Loading comments…')}</p>` : nothing}
      ${
        loader.nextCursor && !loader.loading && !failed
          ? html`<button type="button" class="more" @click=${this.more}>${msg('Show more comments')}</button>`
          : nothing
      }
    `;
  }

  private renderSort() {
    const labels: Record<CommentSort, string> = {
      oldest: msg('Oldest first'),
      newest: msg('Newest first'),
      supported: msg('Most supported'),
    };
    return html`<label class="sort"
      >${msg('Sort')}
      <select @change=${(event: Event) => (this.sort = (event.target as HTMLSelectElement).value as CommentSort)}>
        ${SORTS.map((sort) => html`<option value=${sort} .selected=${sort === this.sort}>${labels[sort]}</option>`)}
      </select></label
    >`;
  }

  private renderWriting(threadId: string) {
    const { extras, own } = this;
    if (extras && own) {
      return html`${extras.guidelines(own.records.length > 0)} ${extras.renderOwnPanel(own, this)}
        <peer-comment-form thread=${threadId}></peer-comment-form>`;
    }
    if (this.extrasFailed) {
      return html`<div class="error" role="alert">
        <p>${msg('This part of the page could not load. Check your connection and try again.')}</p>
        <button type="button" @click=${() => void this.withExtras().catch(() => undefined)}>${msg('Try again')}</button>
      </div>`;
    }
    return html`<p class="loading">${msg('Loading the comment form…')}</p>`;
  }

  protected override render() {
    this.renderLocale = super.locale;
    const threadId = this.threadId;
    const heading = this.heading || msg('Comments');
    if (!validThreadId(threadId)) {
      return html`<section part="base">
        <p class="error" role="alert">
          ${msg('This comment thread is not set up correctly: its id may use only letters, digits and / _ . : ~ -')}
        </p>
      </section>`;
    }
    if (!this.backend?.listComments) {
      return html`<section part="base" aria-labelledby="heading">
        <h2 id="heading">${heading}</h2>
        <p>${msg('Comments are not available on this page right now.')}</p>
      </section>`;
    }
    return html`<section part="base" aria-labelledby="heading" aria-busy=${this.loader.loading ? 'true' : 'false'}>
      <div class="top">
        <h2 id="heading" tabindex="-1">${heading}</h2>
        ${this.renderSort()}
      </div>
      ${this.renderList()}
      <section class="write" aria-labelledby="write-heading">
        <h3 id="write-heading">${msg('Want to add a comment?')}</h3>
        ${this.renderWriting(threadId)}
      </section>
      <p class="sr" aria-live="polite">${this.announcement}</p>
    </section>`;
  }
}
