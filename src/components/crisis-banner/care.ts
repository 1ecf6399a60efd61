// What a widget fetches ahead of need when someone may be at risk (the thread when a visitor starts writing,
// the check-in when it first renders): the crisis banner, to show its lines inline, and the crisis-language
// detector. Fetched early so that help is already here, whatever the network does by then.
import './define.js';

export { detectCrisisLanguage } from '../../core/safety/crisis-language.js';
