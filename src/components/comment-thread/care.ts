// Loaded when a visitor starts writing, so that crisis help is already here if their words call for it,
// even if the network is gone by the time they send.
import '../crisis-banner/define.js';

export { detectCrisisLanguage } from '../../core/safety/crisis-language.js';
