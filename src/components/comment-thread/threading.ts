import type { PeerComment } from '../../api/comment-types.js';

export interface ThreadedComment {
  comment: PeerComment;
  /** 0 at the top level, up to the thread's maximum depth. */
  depth: number;
  /** The name of the comment this answers, when it is shown deeper than its parent could hold it. */
  inReplyTo?: string;
  replies: ThreadedComment[];
}

/**
 * Arranges a page-ordered list of comments into a tree at most `maxDepth` replies deep. A reply that would
 * go deeper is shown at the deepest level, after its parent, labelled with whom it answers. A reply whose
 * parent is not loaded (deleted, or on a later page) is shown at the top level until the parent arrives.
 * Top-level comments keep the list's order (the visitor's chosen sort); replies read oldest first.
 */
export function threadComments(comments: readonly PeerComment[], maxDepth = 2): ThreadedComment[] {
  const depthLimit = Math.max(0, Math.floor(maxDepth));
  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  const nodes = new Map(comments.map((comment) => [comment.id, { comment, depth: 0, replies: [] } as ThreadedComment]));
  const roots: ThreadedComment[] = [];

  for (const comment of comments) {
    const node = nodes.get(comment.id)!;
    // The chain of loaded ancestors, nearest first.
    const ancestors: PeerComment[] = [];
    const seen = new Set([comment.id]);
    const parentOf = (child: PeerComment) => (child.parentId ? byId.get(child.parentId) : undefined);
    let parent = parentOf(comment);
    for (; parent && !seen.has(parent.id); parent = parentOf(parent)) {
      ancestors.push(parent);
      seen.add(parent.id);
    }
    // A loop of parents (a malformed answer) has no top: its comments are shown at the top level.
    if (parent) ancestors.length = 0;
    const depth = Math.min(ancestors.length, depthLimit);
    node.depth = depth;
    if (ancestors.length > depthLimit) node.inReplyTo = ancestors[0]!.name;
    if (depth === 0) roots.push(node);
    else nodes.get(ancestors[ancestors.length - depth]!.id)!.replies.push(node);
  }
  // ISO 8601 times sort as plain strings (a collator costs milliseconds to set up on a first render).
  const byAge = (a: ThreadedComment, b: ThreadedComment) =>
    a.comment.createdAt < b.comment.createdAt ? -1 : a.comment.createdAt > b.comment.createdAt ? 1 : 0;
  for (const node of nodes.values()) node.replies.sort(byAge);
  return roots;
}
