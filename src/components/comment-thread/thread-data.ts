import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CommentSort, CommentSource, PeerComment } from '../../api/comment-types.js';
import { BackendError } from '../../api/errors.js';

/**
 * Loads a thread's published comments page by page and keeps them in the server's order. A comment seen on
 * two pages (counts move while someone reads "most supported") is kept once.
 */
export class ThreadLoader implements ReactiveController {
  comments: PeerComment[] = [];
  nextCursor: string | null = null;
  loading = false;
  error?: unknown;
  /** True once the first page has arrived (or failed), so "no comments yet" is never said too early. */
  settled = false;
  private controller?: AbortController;
  private request?: { thread: string; sort: CommentSort; pageSize: number; source: Partial<CommentSource> };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.controller?.abort();
  }

  /** Starts again from the first page (a new thread, sort or backend). */
  reset(source: Partial<CommentSource>, thread: string, sort: CommentSort, pageSize: number): Promise<void> {
    this.request = { thread, sort, pageSize, source };
    this.comments = [];
    this.nextCursor = null;
    this.settled = false;
    return this.fetch(undefined);
  }

  retry(): Promise<void> {
    if (!this.request) return Promise.resolve();
    return this.comments.length ? this.more() : this.fetch(undefined);
  }

  more(): Promise<void> {
    if (!this.nextCursor || this.loading) return Promise.resolve();
    return this.fetch(this.nextCursor);
  }

  /** Adds a comment this visitor just posted, without asking the server again. */
  add(comment: PeerComment, atStart: boolean): void {
    this.comments = this.comments.filter((existing) => existing.id !== comment.id);
    this.comments = atStart ? [comment, ...this.comments] : [...this.comments, comment];
    this.host.requestUpdate();
  }

  replace(comment: PeerComment): void {
    this.comments = this.comments.map((existing) => (existing.id === comment.id ? comment : existing));
    this.host.requestUpdate();
  }

  remove(id: string): void {
    this.comments = this.comments.filter((existing) => existing.id !== id);
    this.host.requestUpdate();
  }

  private async fetch(cursor: string | undefined): Promise<void> {
    const request = this.request!;
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.loading = true;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      if (!request.source.listComments) throw new Error('This backend has no comments.');
      const page = await request.source.listComments(
        request.thread,
        { sort: request.sort, cursor, limit: request.pageSize },
        { signal: controller.signal },
      );
      if (controller.signal.aborted) return;
      const seen = new Set(this.comments.map((comment) => comment.id));
      const fresh = page.comments.filter((comment) => !seen.has(comment.id) && !!seen.add(comment.id));
      this.comments = [...this.comments, ...fresh];
      this.nextCursor = page.nextCursor;
    } catch (error) {
      if (controller.signal.aborted || (error instanceof BackendError && error.kind === 'aborted')) return;
      this.error = error;
    } finally {
      if (this.controller === controller) {
        this.loading = false;
        this.settled = true;
        this.host.requestUpdate();
      }
    }
  }
}
