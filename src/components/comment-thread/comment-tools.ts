import { msg } from '@lit/localize';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { CommentSource, PeerComment, ReportReason } from '../../api/comment-types.js';
import { HttpError } from '../../api/errors.js';
import { createIdempotencyKey } from '../../api/rest-backend.js';
import { careHelp, loadCare } from './care-help.js';
import { MAX_COMMENT_LENGTH } from './comment-form.js';
import { writeErrorMessage } from './comment-errors.js';
import type { CommentTool } from './comment-view.js';
import { domId } from './dom-id.js';

export interface ToolsHost extends ReactiveControllerHost {
  readonly commentSource?: Partial<CommentSource>;
  token(id: string): string | undefined;
  edited(comment: PeerComment, held: boolean, reason?: string): void;
  deleted(id: string): void;
  reported(id: string): void;
  announce(text: string): void;
  /** Moves focus once the tool's markup is on screen. */
  focusLater(selector: string): void;
}

const REPORT_REASONS: [ReportReason, () => string][] = [
  ['harmful', () => msg('It is hurtful, hateful or harmful')],
  ['crisis', () => msg('The writer may be at risk')],
  ['spam', () => msg('It is spam or advertising')],
  ['other', () => msg('Something else')],
];

/**
 * The small forms under a comment: reply, report, edit, delete. One is open at a time; each keeps one
 * idempotency key while open, so pressing "Send" again after a failure never sends twice.
 */
export class CommentTools {
  openTool?: { id: string; tool: CommentTool };
  private busy = false;
  private error = '';
  private key = '';
  private editText = '';
  private reportedCrisis = false;
  private done = false;

  constructor(private readonly host: ToolsHost) {}

  open(comment: PeerComment, tool: CommentTool): void {
    const same = this.openTool?.id === comment.id && this.openTool.tool === tool;
    this.openTool = same ? undefined : { id: comment.id, tool };
    this.error = '';
    this.busy = false;
    this.key = createIdempotencyKey();
    this.editText = comment.body;
    this.reportedCrisis = false;
    this.done = false;
    this.host.requestUpdate();
    if (!same) {
      const selector = { reply: 'peer-comment-form', report: 'input', edit: 'textarea', delete: 'button' }[tool];
      this.host.focusLater(`#${domId('tool', comment.id)} ${selector}`);
    }
  }

  close(returnTo?: string): void {
    const id = this.openTool?.id;
    this.openTool = undefined;
    this.host.requestUpdate();
    if (id) this.host.focusLater(returnTo ?? `#${domId('comment', id)}`);
  }

  private async run(action: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.error = '';
    this.host.requestUpdate();
    try {
      await action();
    } catch (error) {
      this.error = writeErrorMessage(error, { kept: this.openTool?.tool === 'edit' });
      if (error instanceof HttpError && error.status === 404 && this.openTool) this.host.deleted(this.openTool.id);
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  private report(event: Event, comment: PeerComment): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const reason = new FormData(form).get('reason') as ReportReason | null;
    const note = (new FormData(form).get('note') as string | null)?.trim();
    if (!reason) {
      this.error = msg('Choose a reason first.');
      this.host.requestUpdate();
      return Promise.resolve();
    }
    // Someone worried about the writer sees the same help the writer would.
    if (reason === 'crisis') {
      this.reportedCrisis = true;
      void loadCare().then(
        () => this.host.requestUpdate(),
        () => undefined,
      );
    }
    return this.run(async () => {
      await this.host.commentSource!.report!(
        comment.id,
        { reason, ...(note ? { note } : {}) },
        { idempotencyKey: this.key },
      );
      this.host.reported(comment.id);
      if (this.reportedCrisis) this.done = true;
      else this.close();
    });
  }

  private edit(event: Event, comment: PeerComment): Promise<void> {
    event.preventDefault();
    const body = this.editText.trim();
    if (!body || body.length > MAX_COMMENT_LENGTH) {
      this.error = body ? msg('Please shorten your comment.') : msg('Write your comment first.');
      this.host.requestUpdate();
      return Promise.resolve();
    }
    return this.run(async () => {
      const token = this.host.token(comment.id) ?? '';
      const edited = await this.host.commentSource!.editComment!(comment.id, body, token, { idempotencyKey: this.key });
      this.close();
      this.host.edited(edited.comment, edited.held, edited.reason);
    });
  }

  private remove(comment: PeerComment): Promise<void> {
    return this.run(async () => {
      const token = this.host.token(comment.id) ?? '';
      await this.host.commentSource!.deleteComment!(comment.id, token, { idempotencyKey: this.key });
      this.openTool = undefined;
      this.host.deleted(comment.id);
      this.host.announce(msg('Your comment is deleted.'));
    });
  }

  private buttons(send: string, busyText: string) {
    return html`<div class="error" role="alert">${this.error}</div>
      <div class="buttons">
        <button type="submit" class="primary" aria-disabled=${this.busy ? 'true' : 'false'}>
          ${this.busy ? busyText : send}
        </button>
        <button type="button" @click=${() => this.close()}>${msg('Cancel')}</button>
      </div>`;
  }

  render(comment: PeerComment, tool: CommentTool, thread: string) {
    const id = domId('tool', comment.id);
    switch (tool) {
      case 'reply':
        return html`<div class="tool" id=${id}>
          <peer-comment-form
            thread=${thread}
            parent-id=${comment.id}
            replying-to=${comment.name}
            @peer-comment-form-cancel=${() => this.close()}
          ></peer-comment-form>
        </div>`;
      case 'report':
        return html`<form class="tool" id=${id} @submit=${(event: Event) => this.report(event, comment)}>
          <fieldset>
            <legend>${msg('Why are you reporting this comment?')}</legend>
            ${REPORT_REASONS.map(
              ([value, label]) =>
                html`<label class="choice"><input type="radio" name="reason" value=${value} /> ${label()}</label>`,
            )}
          </fieldset>
          <label for="${id}-note">${msg('Anything the clinic should know (optional)')}</label>
          <textarea id="${id}-note" name="note" rows="2" maxlength="500"></textarea>
          <p class="hint">
            ${msg('A person at the clinic reads every report. The writer is not told who reported it.')}
          </p>
          ${this.reportedCrisis ? careHelp(`${id}-care`, true) : nothing}
          ${
            this.done
              ? html`<button type="button" @click=${() => this.close()}>${msg('Close')}</button>`
              : this.buttons(msg('Send report'), msg('Sending…'))
          }
        </form>`;
      case 'edit':
        return html`<form class="tool" id=${id} @submit=${(event: Event) => this.edit(event, comment)}>
          <label for="${id}-body">${msg('Change your comment')}</label>
          <textarea
            id="${id}-body"
            rows="4"
            .value=${this.editText}
            @input=${(event: Event) => (this.editText = (event.target as HTMLTextAreaElement).value)}
          ></textarea>
          ${this.buttons(msg('Save changes'), msg('Saving…'))}
        </form>`;
      case 'delete':
        return html`<div class="tool" id=${id} role="group" aria-labelledby="${id}-question">
          <p id="${id}-question">${msg('Delete your comment? This cannot be undone.')}</p>
          <div class="error" role="alert">${this.error}</div>
          <div class="buttons">
            <button type="button" class="danger" @click=${() => this.remove(comment)}>
              ${this.busy ? msg('Deleting…') : msg('Delete')}
            </button>
            <button type="button" @click=${() => this.close()}>${msg('Keep it')}</button>
          </div>
        </div>`;
    }
  }
}
