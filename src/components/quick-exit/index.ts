export { PeerQuickExit, DEFAULT_EXIT_URL } from './quick-exit.js';
export { PeerQuickExitEvent } from './events.js';
export { ShiftSequence } from './shift-sequence.js';
export type { ShiftProgress } from './shift-sequence.js';
