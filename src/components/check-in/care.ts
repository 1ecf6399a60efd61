// Fetched as soon as the check-in is on screen, so that crisis help is already here when an answer calls
// for it, whatever the network does by then.
import '../crisis-banner/define.js';

export { detectCrisisLanguage } from '../../core/safety/crisis-language.js';
