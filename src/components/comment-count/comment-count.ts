import { msg, str } from '@lit/localize';
import { css, html, nothing, type PropertyValues } from 'lit';
import type { CommentSource } from '../../api/comment-types.js';
import { PeerElement } from '../../core/base-element.js';
import { pageThreadId, threadIdOf, validThreadId } from '../comment-thread/thread-id.js';

/** The server answers at most this many threads per call. */
const MAX_PER_CALL = 100;

type Waiting = Map<string, ((count: number | undefined) => void)[]>;
const batches = new WeakMap<object, Waiting>();

/** A count the server got wrong ("lots", -2, null) is no count: "lots comments" would mislead. */
function usableCount(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/**
 * One request for every badge on the page: badges that ask in the same moment (a list of articles) are
 * gathered per backend and sent together, 100 thread ids a call.
 */
function countFor(source: Partial<CommentSource>, thread: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    let waiting = batches.get(source);
    if (!waiting) {
      const batch: Waiting = (waiting = new Map());
      batches.set(source, batch);
      queueMicrotask(() => {
        batches.delete(source);
        const ids = [...batch.keys()];
        for (let start = 0; start < ids.length; start += MAX_PER_CALL) {
          const chunk = ids.slice(start, start + MAX_PER_CALL);
          const answer = (counts?: Record<string, unknown>) => {
            for (const id of chunk) for (const done of batch.get(id)!) done(usableCount(counts?.[id]));
          };
          source.countComments!(chunk).then(answer, () => answer());
        }
      });
    }
    waiting.set(thread, [...(waiting.get(thread) ?? []), resolve]);
  });
}

/**
 * How many comments a thread has, for lists of articles: "3 comments". Renders nothing until it knows, and
 * nothing if the count cannot be had: a missing badge is better than a wrong one.
 *
 * @tagname peer-comment-count
 * @summary A comment count badge; every badge on a page shares one request.
 * @csspart count - The text.
 */
export class PeerCommentCount extends PeerElement {
  static override styles = css`
    :host {
      display: inline;
    }
  `;

  static override properties = {
    thread: { type: String },
    href: { type: String },
    count: { state: true },
  };

  /** The thread's id, as on its `<peer-comment-thread>`. */
  declare thread?: string;
  /** Or the article's address: its path is the thread id (what a thread defaults to). */
  declare href?: string;
  declare private count?: number;
  private askedFor?: string;
  private askedOf?: object;

  private get threadId(): string {
    return this.thread || (this.href ? threadIdOf(this.href) : pageThreadId());
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const id = this.threadId;
    const backend = this.backend;
    if (!backend?.countComments || !validThreadId(id) || (this.askedFor === id && this.askedOf === backend)) return;
    this.askedFor = id;
    this.askedOf = backend;
    void countFor(backend, id).then((count) => {
      if (this.askedFor === id && this.askedOf === backend) this.count = count;
    });
  }

  protected override render() {
    if (this.count === undefined) return nothing;
    const text =
      this.count === 0
        ? msg('No comments yet')
        : this.count === 1
          ? msg('1 comment')
          : msg(str`${this.count} comments`);
    return html`<span part="count">${text}</span>`;
  }
}
