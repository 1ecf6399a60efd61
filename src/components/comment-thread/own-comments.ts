import { msg } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CommentSource, OwnCommentState, PeerComment, PostedComment } from '../../api/comment-types.js';
import { HttpError } from '../../api/errors.js';
import {
  forgetEverything,
  forgetOwnComment,
  ownComments,
  rememberOwnComment,
  type OwnCommentRecord,
} from './comment-storage.js';
import type { CommentTool } from './comment-view.js';

export interface OwnCommentsHost extends ReactiveControllerHost {
  readonly locale: string;
  now: number;
  open(comment: PeerComment, tool: CommentTool): void;
  renderTool(comment: PeerComment, tool: CommentTool): unknown;
  openTool?: { id: string; tool: CommentTool };
  announce(text: string): void;
}

/**
 * The visitor's own comments in this thread, known by the edit tokens kept on this device: what became of
 * each (published, waiting, not published and why), with edit and delete while the server's window is open,
 * and a way to forget them.
 */
export class OwnComments implements ReactiveController {
  records: OwnCommentRecord[] = [];
  states = new Map<string, OwnCommentState>();
  private thread = '';
  private controller?: AbortController;

  constructor(private readonly host: OwnCommentsHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.controller?.abort();
  }

  isOwn(id: string): boolean {
    return this.records.some((record) => record.id === id);
  }

  token(id: string): string | undefined {
    return this.records.find((record) => record.id === id)?.token;
  }

  canChange(id: string): boolean {
    const record = this.records.find((candidate) => candidate.id === id);
    // The real clock, not the thread's display clock: the server will judge by its own.
    return !!record && Date.parse(record.editableUntil) > Date.now();
  }

  /** Reads this device's records for the thread and asks the server what became of each. */
  async refresh(source: Partial<CommentSource> | undefined, thread: string): Promise<void> {
    this.thread = thread;
    this.records = ownComments().filter((record) => record.thread === thread);
    this.host.requestUpdate();
    if (!source?.getOwnComment || !this.records.length) return;
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    await Promise.all(
      this.records.map(async (record) => {
        try {
          const state = await source.getOwnComment!(record.id, record.token, { signal: controller.signal });
          this.states.set(record.id, state);
        } catch (error) {
          // Deleted (by the clinic or on another tab), or a token the server no longer knows: nothing to show.
          if (error instanceof HttpError && (error.status === 404 || error.status === 403)) this.forget(record.id);
        }
      }),
    );
    if (!controller.signal.aborted) this.host.requestUpdate();
  }

  remember(posted: PostedComment, care: boolean): void {
    const record: OwnCommentRecord = {
      id: posted.comment.id,
      thread: this.thread,
      token: posted.editToken,
      editableUntil: posted.editableUntil,
      postedAt: posted.comment.createdAt,
      ...(care ? { care } : {}),
    };
    rememberOwnComment(record);
    this.records = [...this.records.filter((existing) => existing.id !== record.id), record];
    this.states.set(record.id, {
      comment: posted.comment,
      status: posted.held ? 'held' : 'published',
      reason: posted.reason ?? null,
      rejectReason: null,
    });
    this.host.requestUpdate();
  }

  update(comment: PeerComment, held: boolean, reason?: string | null): void {
    const previous = this.states.get(comment.id);
    this.states.set(comment.id, {
      comment,
      status: held ? 'held' : 'published',
      reason: held ? (reason ?? previous?.reason ?? null) : null,
      rejectReason: null,
    });
    this.host.requestUpdate();
  }

  forget(id: string): void {
    forgetOwnComment(id);
    this.records = this.records.filter((record) => record.id !== id);
    this.states.delete(id);
    this.host.requestUpdate();
  }

  forgetAll(): void {
    forgetEverything();
    this.records = [];
    this.states.clear();
    this.host.announce(msg('This device no longer keeps anything about your comments or reactions.'));
    this.host.requestUpdate();
  }
}
