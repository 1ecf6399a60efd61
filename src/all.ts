// Defines every element: the CDN entry (dist/cdn/peer-support.js) and `peer-support-widgets/all.js`.
import './core/provider/define.js';
import './components/quick-exit/define.js';
import './components/crisis-banner/define.js';
import './components/group-finder/define.js';
import './components/comment-thread/define.js';
import './components/comment-count/define.js';
import './components/check-in/define.js';

export * from './index.js';
