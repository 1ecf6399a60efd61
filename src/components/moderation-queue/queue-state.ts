import type { ModerationQueue, QueueItem } from '../../api/comment-types.js';
import { MalformedResponseError } from '../../api/errors.js';
import type { ModerationDecision } from './events.js';
import type { ActionName } from './queue-text.js';

/** Pure operations on the list: no DOM, no backend. */

export const DECISIONS: Record<ActionName, ModerationDecision> = {
  approve: 'approved',
  reject: 'rejected',
  delete: 'deleted',
};

/** Checks the shape a backend answered with (any object can be a backend) and fills in missing counts. */
export function readQueue(answer: unknown): ModerationQueue {
  const queue = answer as Partial<ModerationQueue> | null;
  const items = queue?.items;
  if (!Array.isArray(items) || !items.every((item: QueueItem | null) => typeof item?.comment?.id === 'string')) {
    throw new MalformedResponseError();
  }
  const counts = queue?.counts ?? { waiting: items.length, care: items.filter((item) => item.care).length };
  return { items, counts };
}

export const sameCounts = (a: ModerationQueue['counts'], b: ModerationQueue['counts']) =>
  a.waiting === b.waiting && a.care === b.care;

/** The list without one comment, counts brought down to match; `index` is -1 when it was not there. */
export function withoutItem(queue: ModerationQueue, id: string): { queue: ModerationQueue; index: number } {
  const index = queue.items.findIndex((item) => item.comment.id === id);
  if (index < 0) return { queue, index };
  const care = queue.items[index].care ? 1 : 0;
  return {
    index,
    queue: {
      items: queue.items.filter((_, at) => at !== index),
      counts: { waiting: Math.max(0, queue.counts.waiting - 1), care: Math.max(0, queue.counts.care - care) },
    },
  };
}
