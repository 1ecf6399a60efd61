// Classes, functions and types only: importing this defines no elements. Import a define file
// ("peer-support-widgets/crisis-banner.js") or all.js to register the tags.
export * from './core-exports.js';
export * from './components/check-in/index.js';
