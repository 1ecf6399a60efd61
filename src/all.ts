// Defines every element: `peer-support-widgets/all.js` (the CDN bundle is src/cdn/peer-support.ts).
import './core/provider/define.js';
import './components/quick-exit/define.js';
import './components/crisis-banner/define.js';
import './components/group-finder/define.js';
import './components/comment-thread/define.js';
import './components/comment-count/define.js';
import './components/check-in/define.js';

export * from './index.js';
