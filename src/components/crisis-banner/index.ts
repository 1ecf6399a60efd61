export { PeerCrisisBanner } from './crisis-banner.js';
export { PeerCrisisContactEvent } from './events.js';
export type { CrisisContactDetail } from './events.js';
export { chooseRegion, defaultCrisisResources, shippedRegions } from './default-resources.js';
export { openingState, zonedInstant, wallTime } from './hours.js';
export { arrangeResources, statusText } from './custom-lines.js';
export type { ArrangedResource } from './custom-lines.js';
export type { OpeningState } from './hours.js';
