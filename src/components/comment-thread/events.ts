import type { PostedComment } from '../../api/comment-types.js';

/** Posted: the new comment and what the server decided, for the thread to show. */
export class PeerCommentPostedEvent extends Event {
  /** `care`: crisis language, seen by this device or by the server; the thread shows its author help. */
  constructor(
    readonly posted: PostedComment,
    readonly care: boolean,
  ) {
    super('peer-comment-posted', { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'peer-comment-posted': PeerCommentPostedEvent;
  }
}
