/**
 * Fetches an element's code the first time the page has one (now or added later), so that the all-in-one
 * bundle stays small on the many pages that never use it. A failed fetch is tried again when the browser is
 * back online, or after ten seconds.
 */
export function defineWhenUsed(tag: string, load: () => Promise<unknown>): void {
  const used = document.getElementsByTagName(tag);
  const observer = new MutationObserver(() => {
    if (used.length) start();
  });
  function start() {
    observer.disconnect();
    load().catch(() => {
      addEventListener('online', watch, { once: true });
      setTimeout(watch, 10_000);
    });
  }
  function watch() {
    if (customElements.get(tag)) return;
    if (used.length) start();
    else observer.observe(document.documentElement, { childList: true, subtree: true });
  }
  watch();
}
