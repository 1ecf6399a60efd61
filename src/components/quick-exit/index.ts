export { PeerQuickExit } from './quick-exit.js';
export { DEFAULT_EXIT_URL } from './exit-url.js';
export { PeerQuickExitEvent } from './events.js';
export { ShiftSequence } from './shift-sequence.js';
export type { ShiftProgress } from './shift-sequence.js';
