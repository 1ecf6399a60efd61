import { defineElement } from '../../core/define.js';
import { PeerCommentCount } from './comment-count.js';

defineElement('peer-comment-count', PeerCommentCount);

declare global {
  interface HTMLElementTagNameMap {
    'peer-comment-count': PeerCommentCount;
  }
}
