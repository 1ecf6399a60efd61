export { PeerCrisisBanner } from './crisis-banner.js';
export { PeerCrisisContactEvent } from './events.js';
export type { CrisisContactDetail } from './events.js';
export { chooseRegion, defaultCrisisResources, shippedRegions } from './default-resources.js';
export { openingState } from './hours.js';
export { zonedInstant, wallTime } from '../../core/zoned-time.js';
export { arrangeResources, statusText } from './custom-lines.js';
export type { ArrangedResource } from './custom-lines.js';
export type { OpeningState } from './hours.js';
