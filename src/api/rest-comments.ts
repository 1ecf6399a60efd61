import { listIn } from './answer-shape.js';
import { MalformedResponseError } from './errors.js';
import type {
  CommentPage,
  CommentSource,
  OwnCommentState,
  PeerComment,
  PostedComment,
  ReactionCounts,
} from './comment-types.js';
import type { RequestOptions, WriteOptions } from './types.js';

type Query = Record<string, string | number | undefined>;

/** The request helper of the REST backend, as far as comments need it. */
export type RestRequest = <T>(spec: {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  query?: Query;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  idempotencyKey?: string;
}) => Promise<T>;

export function isComment(value: unknown): value is PeerComment {
  const comment = value as PeerComment;
  return (
    typeof comment === 'object' &&
    comment !== null &&
    typeof comment.id === 'string' &&
    typeof comment.body === 'string' &&
    typeof comment.name === 'string' &&
    typeof comment.createdAt === 'string' &&
    (comment.parentId === null || typeof comment.parentId === 'string') &&
    typeof comment.reactions === 'object' &&
    comment.reactions !== null
  );
}

export function expectComment(value: unknown): PeerComment {
  if (!isComment(value)) throw new MalformedResponseError('The answer had no readable comment.');
  return value;
}

export const segment = encodeURIComponent;
export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** `/v1/threads/…` and `/v1/comments/…`: what a visitor's widget calls. */
export function restCommentMethods(request: RestRequest): CommentSource {
  return {
    async listComments(thread, query = {}, options: RequestOptions = {}) {
      const page = await request<Partial<CommentPage>>({
        method: 'GET',
        path: `/v1/threads/${segment(thread)}/comments`,
        // The reference server answers at most 100 a page; asking for more would be refused.
        query: { sort: query.sort, cursor: query.cursor, limit: query.limit && Math.min(query.limit, 100) },
        signal: options.signal,
      });
      // One unreadable record should not hide a whole conversation.
      return { comments: listIn(page, 'comments').filter(isComment), nextCursor: page.nextCursor ?? null };
    },
    async postComment(thread, comment, options: WriteOptions = {}) {
      const posted = await request<PostedComment>({
        method: 'POST',
        path: `/v1/threads/${segment(thread)}/comments`,
        body: comment,
        ...options,
      });
      expectComment(posted?.comment);
      if (typeof posted.editToken !== 'string') throw new MalformedResponseError('The answer had no edit token.');
      return posted;
    },
    async editComment(id, body, editToken, options: WriteOptions = {}) {
      const edited = await request<{ comment: PeerComment; held: boolean; reason?: string }>({
        method: 'PATCH',
        path: `/v1/comments/${segment(id)}`,
        body: { body },
        headers: bearer(editToken),
        ...options,
      });
      expectComment(edited?.comment);
      return edited;
    },
    async deleteComment(id, editToken, options: WriteOptions = {}) {
      await request<void>({
        method: 'DELETE',
        path: `/v1/comments/${segment(id)}`,
        headers: bearer(editToken),
        ...options,
      });
    },
    async getOwnComment(id, editToken, options: RequestOptions = {}) {
      const state = await request<OwnCommentState>({
        method: 'GET',
        path: `/v1/comments/${segment(id)}`,
        headers: bearer(editToken),
        signal: options.signal,
      });
      expectComment(state?.comment);
      return state;
    },
    async react(id, kind, options = {}) {
      const { deviceId, ...write } = options;
      const answer = await request<{ reactions: ReactionCounts }>({
        method: 'POST',
        path: `/v1/comments/${segment(id)}/reactions`,
        body: { kind },
        headers: deviceId ? { 'X-Visitor-Id': deviceId } : undefined,
        ...write,
      });
      if (!answer?.reactions) throw new MalformedResponseError('The answer had no reaction counts.');
      return answer.reactions;
    },
    async report(id, report, options: WriteOptions = {}) {
      await request({ method: 'POST', path: `/v1/comments/${segment(id)}/reports`, body: report, ...options });
    },
    async countComments(threads, options: RequestOptions = {}) {
      if (!threads.length) return {};
      const answer = await request<{ counts?: Record<string, number> }>({
        method: 'GET',
        path: '/v1/threads/counts',
        query: { ids: threads.join(',') },
        signal: options.signal,
      });
      if (!answer?.counts || typeof answer.counts !== 'object') {
        throw new MalformedResponseError('The answer had no counts.');
      }
      return answer.counts;
    },
  };
}
