export { PeerCommentCount } from './comment-count.js';
