import { expect, nextFrame, waitUntil } from '@open-wc/testing';

/**
 * The canary every payload calls and the checker every widget's hostile-input tests share: nothing runs, no
 * element or attribute is added, no link is made to a script URL. The payloads are in xss-payloads.ts.
 */

declare global {
  interface Window {
    /** What every payload runs, if it ever runs. */
    __xssCanary(): void;
    /** How many times it ran. */
    __xssCanaryCalls: number;
  }
}

window.__xssCanaryCalls = 0;
window.__xssCanary = () => {
  window.__xssCanaryCalls++;
};

/** The call each payload makes when it runs; in a frame, `parent.` reaches this page. */
export const RUN = 'window.__xssCanary()';

export const canaryCalls = () => window.__xssCanaryCalls;
export const resetCanary = () => {
  window.__xssCanaryCalls = 0;
};

// ---- the checker --------------------------------------------------------------------------------------

/** Elements no widget renders: any of them in a widget came from data. */
const FOREIGN_TAGS = new Set(
  'script iframe frame frameset object embed applet base meta link style img image math noscript noembed template video audio source picture canvas marquee xmp plaintext portal fencedframe animate set animatemotion animatetransform foreignobject use'.split(
    ' ',
  ),
);
/** Attributes that hold a URL the browser may load or follow. */
const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'background',
  'ping',
  'codebase',
  'cite',
];
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:', 'sms:', 'geo:']);
/** What a browser strips from a URL before reading its scheme: C0 controls, space, and tabs and newlines anywhere. */
// eslint-disable-next-line no-control-regex -- the control characters are what a browser ignores
const IGNORED_IN_URL = /[\u0000-\u0020\u007f-\u009f]/g;
const ATTRIBUTE_NAME = /^[a-z][a-z0-9._:-]*$/i;

/** Why a URL attribute's value is unsafe, or '' when it is a web, mail, phone, map or same-page link. */
export function unsafeUrl(value: string): string {
  const bare = value.replace(IGNORED_IN_URL, '').toLowerCase();
  if (/^(javascript|data|vbscript|livescript|blob|file|filesystem):/.test(bare)) return `a ${bare.split(':')[0]}: URL`;
  let protocol: string;
  try {
    protocol = new URL(value, document.baseURI).protocol;
  } catch {
    return 'a URL that does not parse';
  }
  return SAFE_PROTOCOLS.has(protocol) ? '' : `a ${protocol} URL`;
}

/** Every element under a root, inside every shadow root, recursively. */
export function* composedElements(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* composedElements(element.shadowRoot);
  }
}

/** The text a widget shows, its nested shadow roots included (text inside `<style>` left out). */
export function composedText(host: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.nodeValue ?? '');
    if (node instanceof Element && node.localName === 'style') return;
    for (const child of node.childNodes) walk(child);
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
  };
  walk(host.shadowRoot ?? host);
  return parts.join('');
}

export interface CheckOptions {
  /** Tags this widget renders itself that are on the foreign list (the check-in's chart is an `svg`). */
  ownTags?: string[];
}

function where(element: Element): string {
  const host = (element.getRootNode() as ShadowRoot).host?.localName ?? 'document';
  const classes = [...element.classList].map((name) => `.${name}`).join('');
  return `${host} <${element.localName}${classes}>`;
}

/**
 * Everything in a widget's shadow roots (recursively) that data could have put there: a handler attribute,
 * an element no widget renders, a link or a form sent to a script URL, a `srcdoc`, script in a style, an
 * attribute whose name shows a broken parse. Empty when the widget is clean.
 */
export function findInjections(host: Element, options: CheckOptions = {}): string[] {
  const found: string[] = [];
  const own = new Set(options.ownTags ?? []);
  const elements = host.shadowRoot ? [...composedElements(host.shadowRoot)] : [];
  if (!host.shadowRoot) found.push(`<${host.localName}> has no shadow root to check`);
  for (const element of elements) {
    const tag = element.localName;
    if (FOREIGN_TAGS.has(tag) && !own.has(tag)) found.push(`${where(element)} was rendered`);
    if (element.namespaceURI === 'http://www.w3.org/1998/Math/MathML') found.push(`${where(element)} is MathML`);
    for (const name of element.getAttributeNames()) {
      const value = element.getAttribute(name) ?? '';
      if (name.startsWith('on')) found.push(`${where(element)} has ${name}=`);
      else if (!ATTRIBUTE_NAME.test(name))
        found.push(`${where(element)} has an attribute named ${JSON.stringify(name)}`);
      if (name === 'srcdoc' || name === 'autofocus') found.push(`${where(element)} has ${name}`);
      if (name === 'style' && /expression\s*\(|javascript:|url\s*\(/i.test(value))
        found.push(`${where(element)} has a style with ${value.slice(0, 60)}`);
      if (URL_ATTRIBUTES.includes(name)) {
        const problem = unsafeUrl(value);
        if (problem) found.push(`${where(element)} ${name} is ${problem}: ${JSON.stringify(value.slice(0, 80))}`);
      }
    }
    if (tag === 'form' && element.hasAttribute('action') && !element.getAttribute('action'))
      found.push(`${where(element)} has an empty action`);
  }
  return found;
}

/** What on the whole page could run script: compared before and after, so only what was added counts. */
export function pageRisks(): string[] {
  const found: string[] = [];
  for (const element of composedElements(document)) {
    if (element.localName === 'script' || element.localName === 'iframe' || element.localName === 'img')
      found.push(element.localName);
    for (const name of element.getAttributeNames())
      if (name.startsWith('on')) found.push(`${element.localName}[${name}]`);
  }
  return found.sort();
}

export function added(now: string[], before: string[]): string[] {
  const left = [...before];
  return now.filter((item) => {
    const index = left.indexOf(item);
    if (index === -1) return true;
    left.splice(index, 1);
    return false;
  });
}

/**
 * Waits as long as an injected payload would need to run: until an image that fails the way an injected
 * `<img src=x>` does has failed, then a task and a frame (for `ontoggle`, `onbegin`, a frame's `srcdoc`).
 */
export async function untilPayloadsCouldHaveRun(): Promise<void> {
  await new Promise<void>((resolve) => {
    const probe = new Image();
    probe.addEventListener('error', () => resolve(), { once: true });
    probe.addEventListener('load', () => resolve(), { once: true });
    // The same address as the payloads' images, so the runner's report of failed requests stays short.
    probe.src = 'x';
  });
  await new Promise((resolve) => setTimeout(resolve, 150));
  await nextFrame();
}

/** Watches for errors thrown while hostile data is on the page. */
export function watchPageErrors() {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => {
    // Chromium reports a busy ResizeObserver as an error; it is no fault of a widget.
    if (!String(event.message).includes('ResizeObserver')) errors.push(String(event.message));
  };
  const onRejection = (event: PromiseRejectionEvent) =>
    errors.push(String((event.reason as Error)?.message ?? event.reason));
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** The widget shows `expected` exactly, in the text `shown`. */
export function expectSameText(shown: string | null | undefined, expected: string, what: string) {
  // Compared as booleans: printing a 100,000-character difference would bury the failure.
  expect(shown === expected, `${what}: shown ${JSON.stringify((shown ?? '').slice(0, 80))}`).to.equal(true);
}

/** The widget is clean now: no injection in it, nothing added to the page, and the canary never called. */
export function expectNoInjection(host: Element, when: string, options: CheckOptions & { baseline?: string[] } = {}) {
  expect(findInjections(host, options), `injected into ${host.localName} ${when}`).to.deep.equal([]);
  if (options.baseline) expect(added(pageRisks(), options.baseline), `added to the page ${when}`).to.deep.equal([]);
  expect(canaryCalls(), `script ran ${when}`).to.equal(0);
}

/** As expectNoInjection, after waiting long enough for any injected payload to have run. */
export async function expectNothingRan(
  host: Element,
  when: string,
  options: CheckOptions & { baseline?: string[] } = {},
) {
  await untilPayloadsCouldHaveRun();
  expectNoInjection(host, when, options);
}

/**
 * For a loop that checked one element per payload as it went (and took each off the page): waits once, as
 * long as an injected payload would need, then checks them all again, so one that fires late is caught too.
 */
export async function expectNothingRanInEach(
  checked: Array<{ host: Element; when: string }>,
  options: CheckOptions & { baseline?: string[] } = {},
) {
  expect(checked.length > 0, 'elements to check').to.equal(true);
  await untilPayloadsCouldHaveRun();
  for (const { host, when } of checked) expectNoInjection(host, `${when}, once payloads could have run`, options);
}

// ---- self-checks: without them every test could pass by checking nothing ----------------------------------

/** Sets one payload as innerHTML of a scratch element and says whether the canary was called. */
export async function canaryFiresForInnerHtml(text = `<img src=x onerror=${RUN}>`): Promise<boolean> {
  const scratch = document.createElement('div');
  document.body.append(scratch);
  resetCanary();
  try {
    scratch.innerHTML = text;
    await waitUntil(() => canaryCalls() > 0, '', { timeout: 3000 }).catch(() => undefined);
    return canaryCalls() > 0;
  } finally {
    scratch.remove();
    resetCanary();
  }
}

/**
 * Plants what the checker looks for in a widget's shadow root and returns what it reported, then takes the
 * planted nodes out again.
 */
export function checkerFindsPlanted(host: Element, options: CheckOptions = {}): string[] {
  const root = host.shadowRoot!;
  const handler = document.createElement('span');
  handler.setAttribute('onclick', RUN);
  const scriptLink = document.createElement('a');
  scriptLink.setAttribute('href', ' \tJaVa\nScRiPt:void 0');
  const dataLink = document.createElement('a');
  dataLink.setAttribute('href', 'data:text/html,x');
  const form = document.createElement('form');
  form.setAttribute('action', 'vbscript:x');
  const frame = document.createElement('iframe');
  const image = document.createElement('img');
  const styled = document.createElement('b');
  styled.setAttribute('style', 'width: expression(1)');
  const planted = [handler, scriptLink, dataLink, form, frame, image, styled];
  root.append(...planted);
  try {
    return findInjections(host, options);
  } finally {
    for (const node of planted) node.remove();
  }
}

/** The reports checkerFindsPlanted must produce, one per planted thing. */
export const PLANTED_REPORTS = [
  'has onclick=',
  'href is a javascript: URL',
  'href is a data: URL',
  'action is a vbscript: URL',
  '<iframe> was rendered',
  '<img> was rendered',
  'has a style with width: expression(1)',
];

/**
 * The test each hostile-input suite starts with: a payload set as HTML runs the canary, and everything
 * checkerFindsPlanted plants in the widget that `render` puts on the page is reported.
 */
export function itShowsTheChecksCanFail(render: () => Promise<Element>): void {
  it('the checks can fail: a payload set as HTML runs, and planted markup is reported', async () => {
    expect(await canaryFiresForInnerHtml(), 'the canary fires for <img src=x onerror>').to.equal(true);
    const host = await render();
    const reported = checkerFindsPlanted(host).join('\n');
    for (const report of PLANTED_REPORTS) expect(reported, 'what the checker reported').to.contain(report);
  });
}

// ---- the hooks every hostile-input suite shares ----------------------------------------------------------

/** What each test of a suite compares against: set afresh before every test by watchEachTest. */
export interface WatchedTest {
  /** What the page held that could run script when the test began (only what is added since counts). */
  baseline: string[];
  /** The errors thrown on the page since the test began. */
  watch: ReturnType<typeof watchPageErrors>;
}

/**
 * Registers hooks in the suite it is called in: before each test the canary is reset, page errors are
 * watched and the page's risks are noted (with `risks`, which is pageRisks unless a suite counts more);
 * after it the watch stops. Read the fields inside tests, where they hold the current test's values.
 */
export function watchEachTest(risks: () => string[] = pageRisks): WatchedTest {
  // Idle until the first test starts.
  const watched: WatchedTest = { baseline: [], watch: { errors: [], stop() {} } };
  beforeEach(() => {
    resetCanary();
    watched.watch = watchPageErrors();
    watched.baseline = risks();
  });
  afterEach(() => watched.watch.stop());
  return watched;
}
