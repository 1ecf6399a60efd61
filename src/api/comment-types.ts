import type { RequestOptions, WriteOptions } from './types.js';

/** The comment contract: what a thread, a count badge and the staff queue ask of a backend. */

export type CommentSort = 'oldest' | 'newest' | 'supported';
export type ReactionKind = 'support' | 'helped';
export type ReportReason = 'harmful' | 'spam' | 'crisis' | 'other';

/** Why a comment waits for a person: `care` means crisis language was recognised. */
export type HeldReason = 'care' | 'links' | 'review' | 'first-time';

export interface ReactionCounts {
  support: number;
  helped: number;
}

/** A published comment as every visitor sees it. All text in it is untrusted: render it as text only. */
export interface PeerComment {
  id: string;
  thread: string;
  /** The comment this replies to; null at the top level (or when the parent was deleted). */
  parentId: string | null;
  name: string;
  body: string;
  /** ISO 8601. */
  createdAt: string;
  updatedAt: string | null;
  reactions: ReactionCounts;
}

export interface CommentPage {
  comments: PeerComment[];
  /** Pass back as `cursor` for the next page; null on the last one. */
  nextCursor: string | null;
}

export interface CommentListQuery {
  sort?: CommentSort;
  cursor?: string;
  limit?: number;
}

export interface NewComment {
  body: string;
  /** Shown beside the comment; the server says "Anonymous" when absent. */
  name?: string;
  parentId?: string;
  /** A field people never see and bots fill in. */
  website?: string;
  /** When the form was first shown (ms since the epoch): answers typed faster than a person can are refused. */
  startedAt?: number;
}

export interface PostedComment {
  comment: PeerComment;
  held: boolean;
  reason?: HeldReason;
  /** Lets this device edit or delete the comment until `editableUntil`, and see its state afterwards. */
  editToken: string;
  editableUntil: string;
}

export interface EditedComment {
  comment: PeerComment;
  held: boolean;
  reason?: string;
}

/** The author's own view of a comment, whatever became of it. */
export interface OwnCommentState {
  comment: PeerComment;
  status: 'published' | 'held' | 'rejected';
  reason: string | null;
  /** What staff wrote when they did not publish it. */
  rejectReason: string | null;
}

export interface ReactOptions extends WriteOptions {
  /** This device's random id, so that people sharing one address can each react once. */
  deviceId?: string;
}

export interface CommentSource {
  listComments(thread: string, query?: CommentListQuery, options?: RequestOptions): Promise<CommentPage>;
  postComment(thread: string, comment: NewComment, options?: WriteOptions): Promise<PostedComment>;
  editComment(id: string, body: string, editToken: string, options?: WriteOptions): Promise<EditedComment>;
  deleteComment(id: string, editToken: string, options?: WriteOptions): Promise<void>;
  getOwnComment(id: string, editToken: string, options?: RequestOptions): Promise<OwnCommentState>;
  react(id: string, kind: ReactionKind, options?: ReactOptions): Promise<ReactionCounts>;
  report(id: string, report: { reason: ReportReason; note?: string }, options?: WriteOptions): Promise<void>;
  /** Published counts for many threads in one call (at most 100 ids). */
  countComments(threads: string[], options?: RequestOptions): Promise<Record<string, number>>;
}

export interface QueueItem {
  comment: PeerComment;
  /** Why it waits: a `HeldReason` or `reported`. */
  reason: string | null;
  /** Crisis language or a report that someone may be at risk. */
  care: boolean;
  reports: { reason: string; note: string | null; createdAt: string }[];
}

export interface ModerationQueue {
  items: QueueItem[];
  counts: { waiting: number; care: number };
}

/** Clinic staff only: every call carries the staff token. */
export interface ModerationSource {
  getModerationQueue(staffToken: string, options?: RequestOptions): Promise<ModerationQueue>;
  approveComment(id: string, staffToken: string, options?: WriteOptions): Promise<PeerComment>;
  rejectComment(id: string, staffToken: string, reason?: string, options?: WriteOptions): Promise<PeerComment>;
  removeComment(id: string, staffToken: string, options?: WriteOptions): Promise<void>;
}
