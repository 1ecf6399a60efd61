import { ContextRoot } from '@lit/context';

const rootKey = Symbol.for('peer-support/context-root@1');

/**
 * Catches context requests from elements that upgrade before their provider does (per-element bundles
 * can load in any order) and replays them when the provider appears. Installed once per page.
 */
export function ensureContextRoot(): void {
  const holder = globalThis as unknown as Record<symbol, unknown>;
  if (holder[rootKey] || typeof document === 'undefined') return;
  holder[rootKey] = true;
  new ContextRoot().attach(document.documentElement);
}

/**
 * Defines a custom element. A second definition of the same tag (two copies of the library on one page,
 * or a script included twice) warns and keeps the first instead of throwing and breaking the page.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  ensureContextRoot();
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== element) {
      console.warn(`<${tag}> was already defined (two copies of peer-support-widgets?); keeping the first`);
    }
    return;
  }
  customElements.define(tag, element);
}
