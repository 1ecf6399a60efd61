import { HttpError } from './errors.js';
import type {
  CommentSource,
  HeldReason,
  ModerationSource,
  PeerComment,
  PostedComment,
  QueueItem,
} from './comment-types.js';

/** A comment as the memory backend keeps it, with what only the server knows. */
export interface StoredComment extends PeerComment {
  status?: 'published' | 'held' | 'rejected';
  heldReason?: string | null;
  care?: boolean;
  rejectReason?: string | null;
  reports?: QueueItem['reports'];
}

export interface MemoryCommentOptions {
  comments?: StoredComment[];
  /** Like the server's MODERATION_MODE: crisis language is held for care in every mode. Default "risk". */
  moderation?: 'all' | 'first-time' | 'risk';
  /** How long the author's device may edit. Default 15. */
  editWindowMinutes?: number;
  /** The staff token the queue accepts. Default "staff". */
  staffToken?: string;
}

const LINK = /\bhttps?:\/\/\S+|\bwww\.[a-z0-9-]+\.[a-z]{2,}\S*/gi;
const MAX_LINKS = 2;

function notFound(): HttpError {
  return new HttpError(404, 'not_found', 'There is no such comment (it may have been deleted).');
}

/**
 * Comments and moderation held in memory, following the reference server's rules (holds, edit window,
 * one reaction each, one report each, idempotent posts) so that stories and tests behave like production.
 */
export function createMemoryComments(
  options: MemoryCommentOptions,
  respond: <T>(value: () => T, signal?: AbortSignal) => Promise<T>,
): CommentSource & ModerationSource {
  const comments: StoredComment[] = structuredClone(options.comments ?? []);
  const tokens = new Map<string, string>();
  const posts = new Map<string, PostedComment>();
  const reactions = new Set<string>();
  const reporters = new Set<string>();
  const windowMs = (options.editWindowMinutes ?? 15) * 60_000;
  const staffToken = options.staffToken ?? 'staff';

  const statusOf = (comment: StoredComment) => comment.status ?? 'published';
  const find = (id: string) => comments.find((comment) => comment.id === id);
  const publicView = ({ id, thread, parentId, name, body, createdAt, updatedAt, reactions }: StoredComment) =>
    ({ id, thread, parentId, name, body, createdAt, updatedAt, reactions }) satisfies PeerComment;

  function own(id: string, token: string, editing: boolean): StoredComment {
    const comment = find(id);
    if (!comment) throw notFound();
    if (tokens.get(id) !== token)
      throw new HttpError(403, 'not_your_comment', 'This device cannot change that comment.');
    if (editing && Date.parse(comment.createdAt) + windowMs < Date.now()) {
      throw new HttpError(
        403,
        'edit_window_closed',
        'The time to change this comment has passed. You can report it to the clinic instead.',
      );
    }
    return comment;
  }

  // The detector loads with the first comment written, not with every page that uses a memory backend.
  let detector: Promise<typeof import('../core/safety/crisis-language.js')> | undefined;
  const loadDetector = () => (detector ??= import('../core/safety/crisis-language.js'));

  async function hold(body: string, firstTime: boolean): Promise<HeldReason | undefined> {
    if ((await loadDetector()).detectCrisisLanguage(body).risk) return 'care';
    if (options.moderation === 'all') return 'review';
    if (options.moderation === 'first-time' && firstTime) return 'first-time';
    if (body.match(LINK)) return 'links';
    return undefined;
  }

  function staff(token: string) {
    if (token !== staffToken) throw new HttpError(401, 'unauthorized', 'That staff token is not valid.');
  }

  function settle(id: string, token: string, status: 'published' | 'rejected', rejectReason: string | null) {
    staff(token);
    const comment = find(id);
    if (!comment) throw notFound();
    Object.assign(comment, { status, heldReason: null, care: false, rejectReason, reports: [] });
    return publicView(comment);
  }

  return {
    listComments: (thread, query = {}, requestOptions) =>
      respond(() => {
        const sort = query.sort ?? 'oldest';
        const published = comments.filter((comment) => comment.thread === thread && statusOf(comment) === 'published');
        const total = (comment: PeerComment) => comment.reactions.support + comment.reactions.helped;
        published.sort((a, b) =>
          sort === 'newest'
            ? b.createdAt.localeCompare(a.createdAt)
            : (sort === 'supported' ? total(b) - total(a) : 0) || a.createdAt.localeCompare(b.createdAt),
        );
        const offset = Number(query.cursor ?? 0) || 0;
        const limit = query.limit ?? 50;
        const page = published.slice(offset, offset + limit).map(publicView);
        return { comments: page, nextCursor: offset + limit < published.length ? String(offset + limit) : null };
      }, requestOptions?.signal),

    postComment: async (thread, input, writeOptions = {}) => {
      const verdict = await hold(input.body.trim(), !comments.length);
      return respond(() => {
        const key = writeOptions.idempotencyKey;
        const replay = key && posts.get(key);
        if (replay) return replay;
        if (input.website) throw new HttpError(422, 'spam_suspected', 'This looks automated.');
        if ((input.body.match(LINK)?.length ?? 0) > MAX_LINKS) {
          throw new HttpError(422, 'too_many_links', `Please include at most ${MAX_LINKS} links.`);
        }
        if (input.parentId && find(input.parentId)?.thread !== thread) {
          throw new HttpError(400, 'invalid_request', 'The comment this replies to is not in this thread.');
        }
        const reason = verdict;
        const now = new Date();
        const comment: StoredComment = {
          id: crypto.randomUUID(),
          thread,
          parentId: input.parentId ?? null,
          name: input.name?.trim() || 'Anonymous',
          body: input.body.trim(),
          createdAt: now.toISOString(),
          updatedAt: null,
          reactions: { support: 0, helped: 0 },
          status: reason ? 'held' : 'published',
          heldReason: reason ?? null,
          care: reason === 'care',
        };
        comments.push(comment);
        const editToken = crypto.randomUUID();
        tokens.set(comment.id, editToken);
        const posted: PostedComment = {
          comment: publicView(comment),
          held: !!reason,
          ...(reason ? { reason } : {}),
          editToken,
          editableUntil: new Date(now.getTime() + windowMs).toISOString(),
        };
        if (key) posts.set(key, posted);
        return posted;
      }, writeOptions.signal);
    },

    editComment: async (id, body, editToken, writeOptions) => {
      const verdict = await hold(body.trim(), false);
      return respond(() => {
        const comment = own(id, editToken, true);
        if (statusOf(comment) === 'rejected') {
          throw new HttpError(
            409,
            'comment_rejected',
            'The clinic did not publish this comment, so it cannot be changed.',
          );
        }
        const reason = verdict ?? (statusOf(comment) === 'held' ? (comment.heldReason as HeldReason) : undefined);
        Object.assign(comment, {
          body: body.trim(),
          updatedAt: new Date().toISOString(),
          status: reason ? 'held' : 'published',
          heldReason: reason ?? null,
          care: comment.care || reason === 'care',
        });
        return { comment: publicView(comment), held: !!reason, ...(reason ? { reason } : {}) };
      }, writeOptions?.signal);
    },

    deleteComment: (id, editToken, writeOptions) =>
      respond(() => {
        own(id, editToken, true);
        comments.splice(comments.indexOf(find(id)!), 1);
      }, writeOptions?.signal),

    getOwnComment: (id, editToken, requestOptions) =>
      respond(() => {
        const comment = own(id, editToken, false);
        return {
          comment: publicView(comment),
          status: statusOf(comment),
          reason: comment.heldReason ?? null,
          rejectReason: comment.rejectReason ?? null,
        };
      }, requestOptions?.signal),

    react: (id, kind, reactOptions = {}) =>
      respond(() => {
        const comment = find(id);
        if (!comment || statusOf(comment) !== 'published') throw notFound();
        const once = `${id}:${kind}:${reactOptions.deviceId ?? ''}`;
        if (!reactions.has(once)) {
          reactions.add(once);
          comment.reactions[kind] += 1;
        }
        return { ...comment.reactions };
      }, reactOptions.signal),

    report: (id, report, writeOptions) =>
      respond(() => {
        const comment = find(id);
        if (!comment) throw notFound();
        const once = `${id}:${writeOptions?.idempotencyKey ?? ''}`;
        if (reporters.has(once)) return;
        reporters.add(once);
        comment.reports = [
          ...(comment.reports ?? []),
          { reason: report.reason, note: report.note ?? null, createdAt: new Date().toISOString() },
        ];
        const care = comment.care || report.reason === 'crisis';
        Object.assign(comment, {
          status: statusOf(comment) === 'published' ? 'held' : statusOf(comment),
          heldReason: care ? 'care' : 'reported',
          care,
        });
      }, writeOptions?.signal),

    countComments: (threads, requestOptions) =>
      respond(
        () =>
          Object.fromEntries(
            threads.map((thread) => [
              thread,
              comments.filter((comment) => comment.thread === thread && statusOf(comment) === 'published').length,
            ]),
          ),
        requestOptions?.signal,
      ),

    getModerationQueue: (token, requestOptions) =>
      respond(() => {
        staff(token);
        const held = comments
          .filter((comment) => statusOf(comment) === 'held')
          .sort((a, b) => Number(!!b.care) - Number(!!a.care) || a.createdAt.localeCompare(b.createdAt));
        return {
          items: held.map((comment) => ({
            comment: publicView(comment),
            reason: comment.heldReason ?? null,
            care: !!comment.care,
            reports: comment.reports ?? [],
          })),
          counts: { waiting: held.length, care: held.filter((comment) => comment.care).length },
        };
      }, requestOptions?.signal),

    approveComment: (id, token, writeOptions) =>
      respond(() => settle(id, token, 'published', null), writeOptions?.signal),
    rejectComment: (id, token, reason, writeOptions) =>
      respond(() => settle(id, token, 'rejected', reason ?? null), writeOptions?.signal),
    removeComment: (id, token, writeOptions) =>
      respond(() => {
        staff(token);
        const comment = find(id);
        if (!comment) throw notFound();
        comments.splice(comments.indexOf(comment), 1);
      }, writeOptions?.signal),
  };
}
