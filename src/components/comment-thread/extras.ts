// Writing, and everything a visitor does beyond reading: the comment and reply form, report, edit and
// delete, and their own comments. Fetched once the comments are on screen (when the page is idle), so it
// is here before anyone starts to type, while reading never waits for it.
export { PeerCommentForm } from './comment-form.js';
export { CommentTools } from './comment-tools.js';
export { OwnComments } from './own-comments.js';
export { renderOwnPanel } from './own-panel.js';
export { guidelines } from './guidelines.js';
export { writingStyles } from './writing.styles.js';
