export { PeerCommentThread } from './comment-thread.js';
export { PeerCommentPostedEvent } from './events.js';
export { threadComments } from './threading.js';
export type { ThreadedComment } from './threading.js';
export { linkParts } from './linkify.js';
export type { TextPart } from './linkify.js';
