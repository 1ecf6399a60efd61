import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { BackendError } from '../../api/errors.js';
import { createIdempotencyKey } from '../../api/rest-backend.js';
import { PeerElement } from '../../core/base-element.js';
import { themeTokens } from '../../core/theme.js';
import { commentFormStyles } from './comment-form.styles.js';
import { writeErrorMessage } from './comment-errors.js';
import { loadDraft, saveDraft, type Draft } from './comment-storage.js';
import { careHelp, loadCare } from './care-help.js';
import { PeerCommentPostedEvent } from './events.js';

export const MAX_COMMENT_LENGTH = 5000;
const MAX_NAME_LENGTH = 60;
/** The counter speaks up only near the limit, so screen readers are not told every keystroke. */
const COUNTER_ANNOUNCE_FROM = 100;

/**
 * The form that writes one new comment or reply. Its draft (text, name, and the idempotency key of this one
 * comment) lives in sessionStorage from the first keystroke until the server has it, so a reload, a crash or
 * a failed post loses nothing, and every retry is the same post to the server.
 */
export class PeerCommentForm extends PeerElement {
  static override styles = [themeTokens, commentFormStyles];

  static override properties = {
    thread: { type: String },
    parentId: { type: String, attribute: 'parent-id' },
    replyingTo: { type: String, attribute: 'replying-to' },
    body: { state: true },
    name: { state: true },
    sending: { state: true },
    error: { state: true },
    careShown: { state: true },
  };

  declare thread: string;
  declare parentId?: string;
  /** The name of the comment a reply answers, for the form's label. */
  declare replyingTo?: string;
  declare private body: string;
  declare private name: string;
  declare private sending: boolean;
  declare private error: string;
  /** Crisis words were recognised (on this device or by the server): help stays on screen for this visitor. */
  declare private careShown: boolean;
  private draft?: Draft;
  private online = () => {
    if (this.error) this.error = msg('You are back online. Send it again when you are ready.');
  };
  /** Said as soon as the browser knows, not only when a post fails: what is typed stays here meanwhile. */
  private offline = () => {
    if (this.body.trim())
      this.error = msg('You are offline. Your text is kept here; send it when you are back online.');
  };

  constructor() {
    super();
    this.thread = '';
    this.body = '';
    this.name = '';
    this.sending = false;
    this.error = '';
    this.careShown = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('online', this.online);
    addEventListener('offline', this.offline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.online);
    removeEventListener('offline', this.offline);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('thread') || changed.has('parentId')) {
      this.draft = loadDraft(this.thread, this.parentId);
      this.body = this.draft?.body ?? '';
      this.name = this.draft?.name ?? loadDraft(this.thread)?.name ?? '';
    }
  }

  /** Puts the cursor in the text box (used when "Reply" opens this form). */
  override focus(options?: FocusOptions): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector('textarea')?.focus(options));
  }

  private keep(): void {
    if (!this.body.trim() && !this.name.trim()) {
      this.draft = undefined;
    } else {
      this.draft ??= { body: '', name: '', key: createIdempotencyKey(), startedAt: Date.now() };
      this.draft = { ...this.draft, body: this.body, name: this.name };
    }
    saveDraft(this.thread, this.parentId, this.draft);
  }

  private onInput(event: Event): void {
    const field = event.target as HTMLInputElement | HTMLTextAreaElement;
    if (field.name === 'name') this.name = field.value;
    else this.body = field.value;
    this.keep();
  }

  private async showCareIfNeeded(text: string): Promise<void> {
    try {
      const care = await loadCare();
      if (care.detectCrisisLanguage(text).risk) this.careShown = true;
    } catch {
      // The chunk could not load (offline): the server's verdict, or the fallback text, still shows help.
    }
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    const body = this.body.trim();
    if (!body) {
      this.error = msg('Write your comment first.');
      return this.focusField('textarea');
    }
    if (body.length > MAX_COMMENT_LENGTH) {
      this.error = msg(str`Please shorten your comment to ${MAX_COMMENT_LENGTH} characters.`);
      return this.focusField('textarea');
    }
    const backend = this.backend;
    if (!backend?.postComment) {
      this.error = msg('Comments are not available on this page right now.') + ' ' + msg('Your text is still here.');
      return;
    }
    this.keep();
    const draft = this.draft!;
    this.sending = true;
    this.error = '';
    // Help is shown from this device's own reading first, before and whatever the network does.
    const careCheck = this.showCareIfNeeded(body);
    try {
      const website = this.renderRoot.querySelector<HTMLInputElement>('input[name="website"]')?.value;
      const posted = await backend.postComment(
        this.thread,
        {
          body,
          ...(this.name.trim() ? { name: this.name.trim().slice(0, MAX_NAME_LENGTH) } : {}),
          ...(this.parentId ? { parentId: this.parentId } : {}),
          ...(website ? { website } : {}),
          startedAt: draft.startedAt,
        },
        { idempotencyKey: draft.key },
      );
      await careCheck;
      const care = this.careShown || posted.reason === 'care';
      // The thread shows help beside the held comment from now on; this form is cleared (or closes).
      this.careShown = false;
      this.body = '';
      this.draft = undefined;
      saveDraft(this.thread, this.parentId, undefined);
      // The name is kept for the next comment in this visit, on the top-level form's draft.
      if (this.name.trim()) saveDraft(this.thread, undefined, { ...draft, body: '', key: createIdempotencyKey() });
      this.emit(new PeerCommentPostedEvent(posted, care));
    } catch (error) {
      await careCheck;
      this.error = writeErrorMessage(error);
      if (error instanceof BackendError && error.kind === 'aborted') this.error = '';
    } finally {
      this.sending = false;
    }
  }

  private focusField(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  private cancel(): void {
    this.dispatchEvent(new Event('peer-comment-form-cancel', { bubbles: true, composed: true }));
  }

  private renderCounter() {
    const left = MAX_COMMENT_LENGTH - this.body.length;
    const text = left >= 0 ? msg(str`Characters left: ${left}`) : msg(str`Characters over the limit: ${-left}`);
    return html`<p id="counter" class="counter ${left < 0 ? 'over' : ''}">
        ${this.body.length.toLocaleString(this.locale)} / ${MAX_COMMENT_LENGTH.toLocaleString(this.locale)}
        <span class="sr">${text}</span>
      </p>
      <p class="sr" aria-live="polite">${left <= COUNTER_ANNOUNCE_FROM ? text : ''}</p>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Help shows at once in plain words; the banner's lines replace them when its code arrives.
    if (
      (changed as Map<string, unknown>).has('careShown') &&
      this.careShown &&
      !customElements.get('peer-crisis-banner')
    ) {
      loadCare().then(
        () => this.requestUpdate(),
        () => undefined,
      );
    }
  }

  protected override render() {
    const reply = !!this.parentId;
    const over = this.body.length > MAX_COMMENT_LENGTH;
    const label = reply
      ? this.replyingTo
        ? msg(str`Your reply to ${this.replyingTo}`)
        : msg('Your reply')
      : msg('Your comment');
    return html`<form part="form" novalidate @submit=${this.submit} aria-busy=${this.sending ? 'true' : 'false'}>
      <div class="field">
        <label for="name">${msg('Name (optional)')}</label>
        <input
          id="name"
          name="name"
          autocomplete="nickname"
          maxlength=${MAX_NAME_LENGTH}
          aria-describedby="name-hint"
          .value=${this.name}
          @input=${this.onInput}
        />
        <p id="name-hint" class="hint">
          ${msg('Shown with your comment. Leave it empty to post as Anonymous. A first name or nickname is enough.')}
        </p>
      </div>
      <div class="field">
        <label for="body">${label}</label>
        <textarea
          id="body"
          name="body"
          rows=${reply ? 3 : 5}
          aria-describedby="counter"
          aria-invalid=${over ? 'true' : 'false'}
          .value=${this.body}
          @input=${this.onInput}
          @focus=${() => void loadCare().catch(() => undefined)}
        ></textarea>
        ${this.renderCounter()}
      </div>
      <div class="trap" aria-hidden="true">
        <label>Website <input name="website" tabindex="-1" autocomplete="off" /></label>
      </div>
      <div class="error" role="alert">${this.error}</div>
      <div class="buttons">
        <button type="submit" class="primary" aria-disabled=${this.sending ? 'true' : 'false'}>
          ${this.sending ? msg('Posting…') : reply ? msg('Post reply') : msg('Post comment')}
        </button>
        ${reply ? html`<button type="button" @click=${this.cancel}>${msg('Cancel')}</button>` : nothing}
      </div>
      ${this.careShown ? careHelp('care-heading') : nothing}
    </form>`;
  }
}
