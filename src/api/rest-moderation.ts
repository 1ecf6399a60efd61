// `/v1/moderation/…`: the staff queue's methods. Apart from the comment methods, so that visitors' bundles (whose
// REST client leaves these out) never carry them: <peer-moderation-queue> adds them from `request`.
import { MalformedResponseError } from './errors.js';
import type { ModerationQueue, ModerationSource, PeerComment } from './comment-types.js';
import { bearer, expectComment, isComment, segment, type RestRequest } from './rest-comments.js';
import type { RequestOptions, WriteOptions } from './types.js';

export function restModerationMethods(request: RestRequest): ModerationSource {
  return {
    async getModerationQueue(staffToken, options: RequestOptions = {}) {
      const queue = await request<ModerationQueue>({
        method: 'GET',
        path: '/v1/moderation/queue',
        headers: bearer(staffToken),
        signal: options.signal,
      });
      if (!queue || !Array.isArray(queue.items) || !queue.counts) {
        throw new MalformedResponseError('The answer had no queue.');
      }
      return { ...queue, items: queue.items.filter((item) => isComment(item?.comment)) };
    },
    async approveComment(id, staffToken, options: WriteOptions = {}) {
      const answer = await request<{ comment: PeerComment }>({
        method: 'POST',
        path: `/v1/moderation/comments/${segment(id)}/approve`,
        headers: bearer(staffToken),
        ...options,
      });
      return expectComment(answer?.comment);
    },
    async rejectComment(id, staffToken, reason, options: WriteOptions = {}) {
      const answer = await request<{ comment: PeerComment }>({
        method: 'POST',
        path: `/v1/moderation/comments/${segment(id)}/reject`,
        body: reason ? { reason } : {},
        headers: bearer(staffToken),
        ...options,
      });
      return expectComment(answer?.comment);
    },
    async removeComment(id, staffToken, options: WriteOptions = {}) {
      await request<void>({
        method: 'DELETE',
        path: `/v1/moderation/comments/${segment(id)}`,
        headers: bearer(staffToken),
        ...options,
      });
    },
  };
}
