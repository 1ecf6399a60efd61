// Every export but the check-in's (see index.ts): the all-in-one CDN bundle fetches the check-in only on
// pages that have one.
export * from './api/index.js';
export { parseCrisisResources, mergeCrisisResources } from './api/crisis-resources.js';
export { channelHref, safeWebUrl, dialString } from './api/channel-links.js';
export { PeerElement } from './core/base-element.js';
export { backendContext, configContext } from './core/contexts.js';
export { configurePeerSupport } from './core/configure.js';
export type { PageConfiguration } from './core/configure.js';
export { defineElement } from './core/define.js';
export { resolveLocale, matchLocale } from './core/localization.js';
export { PeerSupportProvider } from './core/provider/support-provider.js';
export * from './components/crisis-banner/index.js';
export * from './components/quick-exit/index.js';
export * from './components/group-finder/index.js';
export * from './components/comment-thread/index.js';
export * from './components/comment-count/index.js';
