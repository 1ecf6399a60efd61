// The all-in-one bundle (dist/cdn/peer-support.js): every element visitors see, and the library's classes
// and functions. The check-in, which a site has on one page, is fetched only where a page uses it.
import '../core/provider/define.js';
import '../components/quick-exit/define.js';
import '../components/crisis-banner/define.js';
import '../components/group-finder/define.js';
import '../components/comment-thread/define.js';
import '../components/comment-count/define.js';
import { defineWhenUsed } from './define-when-used.js';

export * from '../core-exports.js';

defineWhenUsed('peer-check-in', () => import('../components/check-in/define.js'));
