import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ModerationQueue, ModerationSource } from '../../api/comment-types.js';
import { backendPart } from '../../api/backend-parts.js';
import { createIdempotencyKey } from '../../api/rest-backend.js';
import { restModerationMethods } from '../../api/rest-moderation.js';
import { PeerElement } from '../../core/base-element.js';
import { themeTokens } from '../../core/theme.js';
import { PeerModerationDecisionEvent, type ModerationDecision } from './events.js';
import { moderationQueueStyles } from './moderation-queue.styles.js';
import { AutoRefresh } from './auto-refresh.js';
import { DECISIONS, readQueue, sameCounts, withoutItem } from './queue-state.js';
import { headingId, newItemUi, renderItem, type ItemHandlers, type ItemUi } from './queue-item.js';
import { actionErrorText, countsText, decisionText, isGone, isUnauthorized, type ActionName } from './queue-text.js';
import { renderLoadError, renderNoBackend, renderSignIn } from './queue-views.js';
import { keepStaffToken, readStaffToken } from './staff-token.js';

const restMethods = new WeakMap<object, ModerationSource>();
const MODERATION_METHODS = ['getModerationQueue', 'approveComment', 'rejectComment', 'removeComment'] as const;

type LoadKind = 'initial' | 'manual' | 'auto';

/**
 * The clinic staff's queue of held and reported comments, riskiest first: read each one (distressing text
 * stays hidden until asked for), then approve, reject with a reason for the author, or delete it. The
 * staff token is kept for this browser tab only.
 *
 * @tagname peer-moderation-queue
 * @summary Clinic staff review held and reported comments.
 * @csspart base - The queue's outer element.
 * @csspart sign-in - The staff sign-in form.
 * @csspart item - One comment waiting for review.
 * @csspart actions - An item's approve, reject and delete controls.
 * @cssprop --peer-moderation-queue-accent - Buttons and highlights (from `--peer-color-primary`).
 * @cssprop --peer-moderation-queue-border - Borders of items and fields (from `--peer-color-outline`).
 * @cssprop --peer-moderation-queue-care-background - Background of items that need care (from `--peer-color-crisis-surface`).
 * @cssprop --peer-moderation-queue-danger - Delete buttons, care markers and errors (from `--peer-color-emergency`).
 * @event peer-moderation-decision - A decision was saved; detail `{ id, decision: 'approved' | 'rejected' | 'deleted' }`.
 */
export class PeerModerationQueue extends PeerElement {
  static override styles = [themeTokens, moderationQueueStyles];

  static override properties = {
    token: { attribute: false },
    refreshSeconds: { type: Number, attribute: 'refresh-seconds' },
    queue: { state: true },
    loading: { state: true },
    loadError: { state: true },
    signingIn: { state: true },
    signInError: { state: true },
    draft: { state: true },
    announcement: { state: true },
  };

  /**
   * The staff token. Signing in sets it and keeps it in sessionStorage for this tab; a script may set it
   * too (that copy is not stored). Never put it in markup or the address.
   */
  declare token: string;
  /** How often the list refreshes itself while the page is visible, in seconds; 0 turns it off. */
  declare refreshSeconds: number;

  declare private queue?: ModerationQueue;
  declare private loading: boolean;
  declare private loadError?: unknown;
  declare private signingIn: boolean;
  declare private signInError: string;
  declare private draft: string;
  declare private announcement: string;

  private readonly ui = new Map<string, ItemUi>();
  private readonly serials = new Map<string, number>();
  private nextSerial = 0;
  private request?: AbortController;
  private loadedFor?: { source: ModerationSource; token: string };
  private pending = 0;
  private readonly autoRefresh = new AutoRefresh(this, () => this.refreshQuietly());
  private announceTimer?: ReturnType<typeof setTimeout>;
  private focusTarget = '';

  constructor() {
    super();
    this.token = readStaffToken();
    this.refreshSeconds = 60;
    this.loading = false;
    this.signingIn = false;
    this.signInError = '';
    this.draft = '';
    this.announcement = '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
    this.request?.abort();
    // Connected again later, the list is loaded afresh.
    this.loadedFor = undefined;
  }

  protected override willUpdate(): void {
    this.autoRefresh.every(this.refreshSeconds);
    const source = this.source();
    if (!source || !this.token) {
      if (!this.token) this.forgetList();
      return;
    }
    if (this.loadedFor?.source !== source || this.loadedFor.token !== this.token) void this.load('initial');
  }

  protected override updated(): void {
    if (!this.focusTarget) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusTarget);
    this.focusTarget = '';
    target?.focus();
  }

  // ---- data ---------------------------------------------------------------------------------------

  /**
   * The backend's moderation methods (a Meeting Guide source, for one, has none); the provider's REST client
   * leaves them out of visitors' bundles, so they are made here from its `request`.
   */
  private source(): ModerationSource | undefined {
    return backendPart(this.backend, MODERATION_METHODS, restModerationMethods, restMethods);
  }

  private async load(kind: LoadKind): Promise<void> {
    const source = this.source();
    const token = this.token;
    if (!source || !token) return;
    this.loadedFor = { source, token };
    this.request?.abort();
    const request = (this.request = new AbortController());
    if (kind === 'initial') this.forgetList();
    this.loading = true;
    try {
      const queue = readQueue(await source.getModerationQueue(token, { signal: request.signal }));
      if (request.signal.aborted) return;
      this.autoRefresh.lastLoaded = Date.now();
      this.loadError = undefined;
      this.receive(queue, kind);
    } catch (error) {
      if (request.signal.aborted) return;
      if (isUnauthorized(error)) {
        this.refuseToken(token, this.signingIn || kind === 'manual');
        return;
      }
      this.loadError = error;
      if (this.signingIn) {
        this.signingIn = false;
        this.focusTarget = '#title';
      }
    } finally {
      if (this.request === request) {
        this.request = undefined;
        this.loading = false;
      }
    }
  }

  private receive(queue: ModerationQueue, kind: LoadKind): void {
    const before = this.queue;
    const ids = new Set(queue.items.map((item) => item.comment.id));
    // Someone else may have dealt with the item that has focus: focus goes to the one now in its place.
    const focused = this.focusedItemIndex();
    const lostFocus = focused >= 0 && before && !ids.has(before.items[focused].comment.id);
    this.queue = queue;
    for (const id of this.ui.keys()) if (!ids.has(id)) this.ui.delete(id);
    if (this.signingIn) {
      this.signingIn = false;
      this.focusTarget = '#title';
    } else if (lostFocus) {
      this.focusTarget = this.focusAfterRemoval(focused);
    }
    if (kind === 'manual') this.announce(`${msg('List refreshed.')} ${countsText(queue.counts)}`);
    else if (kind === 'auto' && before && !sameCounts(before.counts, queue.counts))
      this.announce(countsText(queue.counts));
  }

  /** The index of the item that holds keyboard focus, or -1. */
  private focusedItemIndex(): number {
    const article = this.shadowRoot?.activeElement?.closest<HTMLElement>('article[data-serial]');
    if (!article || !this.queue) return -1;
    return this.queue.items.findIndex((item) => String(this.serialOf(item.comment.id)) === article.dataset.serial);
  }

  /** Where focus goes once the item at `index` has left the list. */
  private focusAfterRemoval(index: number): string {
    const items = this.queue?.items ?? [];
    if (!items.length) return '#title';
    return `#${headingId(this.serialOf(items[Math.min(index, items.length - 1)].comment.id))}`;
  }

  private forgetList(): void {
    this.queue = undefined;
    this.loadError = undefined;
    this.ui.clear();
  }

  /** A 401: back to the sign-in form, with the token still in the field so a typo can be fixed. */
  private refuseToken(token: string, moveFocus: boolean): void {
    const hadFocus = moveFocus || !!this.shadowRoot?.activeElement;
    keepStaffToken('');
    this.request?.abort();
    this.loadedFor = undefined;
    this.signingIn = false;
    this.draft = token;
    this.token = '';
    this.forgetList();
    this.signInError = msg('That staff token was not accepted.');
    if (hadFocus) this.focusTarget = '#staff-token';
  }

  private refresh = () => {
    if (!this.loading) void this.load('manual');
  };

  private retry = () => {
    if (this.loading) return;
    // "Try again" goes away while the list loads: focus waits on the heading above it.
    this.focusTarget = '#title';
    void this.load('initial');
  };

  /** By itself (the page is visible): never while a load is running or a decision is being saved. */
  private refreshQuietly(): void {
    if (this.loading || this.pending || !this.token || !this.source()) return;
    if (!this.queue && !this.loadError) return;
    void this.load('auto');
  }

  // ---- signing in and out -------------------------------------------------------------------------

  private signIn = (event: SubmitEvent) => {
    event.preventDefault();
    if (this.signingIn) return;
    const field = this.renderRoot.querySelector<HTMLInputElement>('#staff-token');
    const token = (field?.value ?? this.draft).trim();
    this.draft = field?.value ?? this.draft;
    if (!token) {
      this.signInError = msg('Enter the staff token.');
      this.focusTarget = '#staff-token';
      return;
    }
    this.signInError = '';
    keepStaffToken(token);
    this.signingIn = true;
    this.token = token;
  };

  private signOut = () => {
    keepStaffToken('');
    this.request?.abort();
    this.loadedFor = undefined;
    this.token = '';
    this.draft = '';
    this.signInError = '';
    this.forgetList();
    this.announce(msg('Signed out.'));
    this.focusTarget = '#staff-token';
  };

  // ---- decisions ----------------------------------------------------------------------------------

  private serialOf(id: string): number {
    let serial = this.serials.get(id);
    if (serial === undefined) this.serials.set(id, (serial = ++this.nextSerial));
    return serial;
  }

  private uiOf(id: string): ItemUi {
    let ui = this.ui.get(id);
    if (!ui) this.ui.set(id, (ui = newItemUi()));
    return ui;
  }

  private change(id: string, change: Partial<ItemUi>, focus?: string): void {
    Object.assign(this.uiOf(id), change);
    if (focus) this.focusTarget = focus;
    this.requestUpdate();
  }

  private readonly handlers: ItemHandlers = {
    toggle: (id) => this.change(id, { revealed: !this.uiOf(id).revealed }),
    approve: (id) => void this.decide(id, 'approve'),
    startReject: (id) => this.change(id, { mode: 'rejecting', error: '' }, `#reject-reason-${this.serialOf(id)}`),
    reasonInput: (id, value) => this.change(id, { reason: value }),
    reject: (id) => void this.decide(id, 'reject'),
    startDelete: (id) =>
      this.change(id, { mode: 'deleting', error: '' }, `#confirm-${this.serialOf(id)} ~ .buttons button:last-child`),
    remove: (id) => void this.decide(id, 'delete'),
    cancel: (id) => {
      const mode = this.uiOf(id).mode;
      const serial = this.serialOf(id);
      // Back to the button that opened the choice.
      const opener = `article[data-serial="${serial}"] .buttons button:nth-child(${mode === 'rejecting' ? 2 : 3})`;
      this.change(id, { mode: 'idle', error: '' }, opener);
    },
  };

  private async decide(id: string, action: ActionName): Promise<void> {
    const source = this.source();
    const token = this.token;
    const ui = this.uiOf(id);
    if (!source || !token || ui.busy) return;
    const reason = action === 'reject' ? ui.reason.trim() : '';
    // One key per logical decision: trying the same again after a failure reuses it, so it is never doubled.
    if (ui.attempt?.action !== action || ui.attempt.reason !== reason) {
      ui.attempt = { action, reason, key: createIdempotencyKey() };
    }
    const options = { idempotencyKey: ui.attempt.key };
    ui.busy = action;
    ui.error = '';
    this.pending++;
    this.requestUpdate();
    try {
      if (action === 'approve') await source.approveComment(id, token, options);
      else if (action === 'reject') await source.rejectComment(id, token, reason || undefined, options);
      else await source.removeComment(id, token, options);
      if (this.token === token) this.settle(id, DECISIONS[action]);
    } catch (error) {
      if (this.token !== token) return;
      if (isUnauthorized(error)) this.refuseToken(token, true);
      else if (isGone(error)) this.settle(id);
      else ui.error = actionErrorText(error);
    } finally {
      this.pending--;
      ui.busy = undefined;
      this.requestUpdate();
    }
  }

  /** The item has left the queue: by this decision, or already (someone else dealt with it). */
  private settle(id: string, decision?: ModerationDecision): void {
    if (!this.queue) return;
    // Focus follows when it was on this item, elsewhere in the queue (the heading, the toolbar) or nowhere;
    // a staff member already busy with another item, or with the rest of the page, stays where they are.
    const focused = this.focusedItemIndex();
    const inside = !!this.shadowRoot?.activeElement;
    const { queue, index } = withoutItem(this.queue, id);
    const follow = inside ? focused < 0 || focused === index : document.activeElement === document.body;
    this.queue = queue;
    this.ui.delete(id);
    if (index >= 0 && follow) this.focusTarget = this.focusAfterRemoval(index);
    if (decision) this.emit(new PeerModerationDecisionEvent({ id, decision }));
    const what = decision
      ? decisionText(decision)
      : msg('That comment had already been dealt with, so it has left the list.');
    this.announce(`${what} ${countsText(queue.counts)}`);
  }

  /** Says something in the polite live region; the same words twice are said twice. */
  private announce(text: string): void {
    clearTimeout(this.announceTimer);
    if (text !== this.announcement) {
      this.announcement = text;
      return;
    }
    this.announcement = '';
    this.announceTimer = setTimeout(() => (this.announcement = text), 150);
  }

  // ---- rendering ----------------------------------------------------------------------------------

  protected override render() {
    return html`<section part="base" class="queue" aria-labelledby="title" aria-busy=${this.loading ? 'true' : 'false'}>
      ${this.renderView()}
      <p class="sr" role="status">${this.announcement}</p>
    </section>`;
  }

  private renderView() {
    if (!this.source()) return renderNoBackend();
    if (this.token && !this.signingIn) return this.renderQueue();
    return renderSignIn({
      draft: this.draft,
      error: this.signInError,
      signingIn: this.signingIn,
      onSubmit: this.signIn,
      onInput: (value) => (this.draft = value),
    });
  }

  private renderQueue() {
    const queue = this.queue;
    return html`<div class="header">
        <h2 id="title" tabindex="-1">${msg('Comments waiting for review')}</h2>
        <div class="buttons">
          <button type="button" aria-disabled=${this.loading ? 'true' : 'false'} @click=${this.refresh}>
            ${this.loading && queue ? msg('Refreshing…') : msg('Refresh')}
          </button>
          <button type="button" @click=${this.signOut}>${msg('Sign out')}</button>
        </div>
      </div>
      ${queue ? html`<p class="counts">${countsText(queue.counts)}</p>` : nothing}
      ${!queue && this.loading ? html`<p class="message">${msg('Loading the comments waiting for review…')}</p>` : nothing}
      ${this.loadError ? renderLoadError(this.loadError, !!queue, this.retry) : nothing}
      ${queue ? this.renderItems(queue) : nothing}`;
  }

  private renderItems(queue: ModerationQueue) {
    if (!queue.items.length) {
      return html`<p class="empty">${msg('Nothing is waiting. Thank you for looking after this community.')}</p>`;
    }
    return html`<ol class="items">
      ${repeat(
        queue.items,
        (item) => item.comment.id,
        (item) =>
          html`<li>
            ${renderItem(
              { item, ui: this.uiOf(item.comment.id), serial: this.serialOf(item.comment.id), locale: this.locale },
              this.handlers,
            )}
          </li>`,
      )}
    </ol>`;
  }
}
