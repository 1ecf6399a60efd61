import { waitUntil } from '@open-wc/testing';
import { RUN, canaryCalls, resetCanary } from './xss-checker.js';

export * from './xss-checker.js';

/**
 * Hostile text for every field a visitor types, a page configures or a feed or backend sends. Each payload
 * that could run script calls the canary; a test that sees the canary called has found an injection. The
 * canary and the checker every widget's tests share are in xss-checker.ts, re-exported here.
 */

/** In a frame, `parent.` reaches this page's canary. */
const RUN_FROM_FRAME = 'parent.__xssCanary()';

export interface Payload {
  label: string;
  text: string;
  /** Runs (calls the canary) on its own once parsed as HTML into the page: proof that the payload is live. */
  live?: boolean;
  /** A URL no widget may ever link to. */
  scriptUrl?: boolean;
}

const payload = (label: string, text: string, flags: Pick<Payload, 'live' | 'scriptUrl'> = {}): Payload => ({
  label,
  text,
  ...flags,
});
const LIVE = { live: true };
const SCRIPT_URL = { scriptUrl: true };

/** 100,000 characters, starting with markup that would run. */
export const HUGE = (() => {
  const start = `<img src=x onerror=${RUN}>`;
  return (start + '<b>bold?</b> lorem ipsum '.repeat(5000)).slice(0, 100_000);
})();

export const PAYLOADS: Payload[] = [
  // Elements that run script.
  payload('script element', `<script>${RUN}</script>`, LIVE),
  payload('script with a data: src', `<script src="data:text/javascript,${RUN}"></script>`, LIVE),
  payload('img onerror', `<img src=x onerror=${RUN}>`, LIVE),
  payload('img onerror, quoted', `<img src="x" onerror="${RUN}">`, LIVE),
  payload('img srcset onerror', `<img srcset=x onerror=${RUN}>`, LIVE),
  payload('svg onload', `<svg onload=${RUN}>`),
  payload('svg animate onbegin', `<svg><animate onbegin=${RUN} attributeName=x dur=1s>`, LIVE),
  payload('script inside svg', `<svg><script>${RUN}</script></svg>`),
  payload('svg link with xlink:href', `<svg><a xlink:href="javascript:${RUN}"><text x="20" y="20">go</text></a></svg>`),
  payload(
    'math link with xlink:href',
    `<math><maction actiontype="statusline" xlink:href="javascript:${RUN}">go</maction></math>`,
  ),
  payload('iframe srcdoc', `<iframe srcdoc="<script>${RUN_FROM_FRAME}</script>"></iframe>`, LIVE),
  payload(
    'iframe srcdoc with entities',
    `<iframe srcdoc="&lt;img src=x onerror=${RUN_FROM_FRAME}&gt;"></iframe>`,
    LIVE,
  ),
  payload('iframe javascript: src', `<iframe src="javascript:${RUN_FROM_FRAME}"></iframe>`, LIVE),
  payload('object data', `<object data="javascript:${RUN}"></object>`),
  payload('object with data: HTML', `<object data="data:text/html,<script>${RUN}</script>"></object>`),
  payload('embed src', `<embed src="javascript:${RUN}">`),
  payload('details ontoggle', `<details open ontoggle=${RUN}>x</details>`, LIVE),
  payload('video source onerror', `<video><source onerror=${RUN}></video>`, LIVE),
  payload('audio onerror', `<audio src=x onerror=${RUN}></audio>`, LIVE),
  payload('image input onerror', `<input type=image src=x onerror=${RUN}>`, LIVE),
  payload('body onload', `<body onload=${RUN}>`),
  payload('autofocus onfocus', `<input autofocus onfocus=${RUN}>`),
  payload('unknown element with a pointer handler', `<xss onpointerover=${RUN} style=display:block>hover</xss>`),
  payload('anchor with a javascript: href', `<a href="javascript:${RUN}">click me</a>`),
  payload('anchor with onclick', `<a href=https://example.org onclick=${RUN}>click me</a>`),
  // Leaving raw-text and escapable elements, comments and scripts.
  payload('markup after a closing noscript', `<noscript><p title="</noscript><img src=x onerror=${RUN}>">`, LIVE),
  payload(
    'markup after a closing noembed',
    `<noembed><b title="</noembed><img src=x onerror=${RUN}>"></noembed>`,
    LIVE,
  ),
  payload('markup after a closing textarea', `</textarea><img src=x onerror=${RUN}>`, LIVE),
  payload('markup after a closing style', `</style><img src=x onerror=${RUN}>`, LIVE),
  payload('script after a closing script', `</script><script>${RUN}</script>`, LIVE),
  payload('markup after closing raw-text tags', `</title></style></noscript><script>${RUN}</script>`, LIVE),
  payload('markup after a closing comment', `--><img src=x onerror=${RUN}>`, LIVE),
  payload('JSON closed, then a script', `"}]}</script><script>${RUN}</script>`, LIVE),
  // Mutation XSS: markup that changes meaning when parsed again.
  payload(
    'svg mutation through a paragraph and style',
    `<svg></p><style><a id="</style><img src=x onerror=${RUN}>">`,
    LIVE,
  ),
  payload('math mutation through mglyph and style', `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`),
  payload(
    'form mutation through math',
    `<form><math><mtext></form><form><mglyph><style></math><img src=x onerror=${RUN}>`,
  ),
  // Breaking out of an attribute.
  payload('attribute break, double quotes', `" onmouseover="${RUN}" x="`),
  payload('attribute break, single quotes', `' onfocus='${RUN}' autofocus x='`),
  payload('attribute break, single quotes, autofocus first', `' autofocus onfocus='${RUN}`),
  payload('attribute break, backticks', `\` onmouseover=\`${RUN}\` x=\``),
  payload('attribute break, unquoted', `x onerror=${RUN} src=x`),
  payload('attribute break, then a tag', `"><img src=x onerror=${RUN}>`, LIVE),
  payload('attribute break, backtick, then a tag', `\`><img src=x onerror=${RUN}>`, LIVE),
  // Template markers: JavaScript, Lit and other frameworks.
  payload('template literal', '`${' + RUN + '}`'),
  payload('template placeholder', '${' + RUN + '}'),
  payload('Lit marker comment', '<!--?lit$123456789$-->'),
  payload('Lit marker text', 'lit$123456789$ <?lit$123456789$> $lit$'),
  payload('Lit attribute marker', `lit$123$="x" onclick=${RUN}`),
  payload('Lit marker as an element', `<lit$123$ onclick=${RUN}>x</lit$123$>`),
  payload('mustache', `{{constructor.constructor('${RUN}')()}}`),
  payload('template expression', `{{$on.constructor('${RUN}')()}}`),
  // Script URLs.
  payload('javascript: URL', `javascript:${RUN}`, SCRIPT_URL),
  payload('mixed-case javascript: URL', `JaVaScRiPt:${RUN}`, SCRIPT_URL),
  payload('javascript: URL after a space', ` javascript:${RUN}`, SCRIPT_URL),
  payload('javascript: URL with a tab', `java\tscript:${RUN}`, SCRIPT_URL),
  payload('javascript: URL with a line break', `java\nscript:${RUN}`, SCRIPT_URL),
  payload('javascript: URL after a control character', `\u0001javascript:${RUN}`, SCRIPT_URL),
  payload('javascript: URL after a NUL', `\u0000javascript:${RUN}`, SCRIPT_URL),
  payload('javascript: URL with an entity', `jav&#x61;script:${RUN}`, SCRIPT_URL),
  payload('javascript: URL with a decimal entity', `&#106;avascript:${RUN}`, SCRIPT_URL),
  payload('javascript: URL with an encoded colon', `javascript&colon;${RUN}`, SCRIPT_URL),
  payload('javascript: URL hidden by a comment', `javascript://example.org/%0a${RUN}`, SCRIPT_URL),
  payload('javascript: URL with a zero-width space', `java\u200bscript:${RUN}`, SCRIPT_URL),
  payload('data: HTML URL', `data:text/html,<script>${RUN}</script>`, { live: true, scriptUrl: true }),
  payload('data: base64 URL', `data:text/html;base64,${btoa(`<script>${RUN}</script>`)}`, SCRIPT_URL),
  payload('data: SVG URL', `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${RUN}"/>`, SCRIPT_URL),
  payload('vbscript: URL', 'vbscript:msgbox(1)', SCRIPT_URL),
  payload('mixed-case vbscript: URL', 'VbScRiPt:msgbox(2)', SCRIPT_URL),
  // Links that are fine as links but carry markup or tricks.
  payload('link followed by markup', `https://example.org/"><img src=x onerror=${RUN}>`, LIVE),
  payload('link followed by an attribute', `https://example.org/' onmouseover='${RUN}`),
  payload('www link followed by a script', `www.example.org/<script>${RUN}</script>`, LIVE),
  payload('link with svg in its query', `https://example.org/?q=<svg/onload=${RUN}>`),
  payload('link with javascript: credentials', `https://javascript:${RUN}@example.org/`),
  payload('link with javascript: in its query', `https://example.org/?next=javascript:${RUN}`),
  payload('mailto: with markup', `mailto:a@example.org?subject=<img src=x onerror=${RUN}>`, LIVE),
  payload('tel: with a script', `tel:+15095550100<script>${RUN}</script>`, LIVE),
  // Things that change the page around the widget.
  payload('form with a javascript: action', `<form action="javascript:${RUN}"><button>Go</button></form>`),
  payload('button with a javascript: formaction', `<button formaction="javascript:${RUN}">Go</button>`),
  payload('meta refresh', `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`),
  payload('base href', `<base href="javascript:${RUN}//">`),
  payload('stylesheet link', `<link rel="stylesheet" href="javascript:${RUN}">`),
  payload('template element', `<template><img src=x onerror=${RUN}></template>`),
  payload('custom elements', `<peer-comment-thread thread="x"></peer-comment-thread><x-y onclick=${RUN}>y</x-y>`),
  // CSS.
  payload('CSS injection', '</style><style>*{display:none}</style>'),
  payload('CSS import', `<style>@import "javascript:${RUN}";</style>`),
  payload('style attribute with a javascript: URL', `<div style="background:url(javascript:${RUN})">x</div>`),
  payload('style attribute with an expression', `<div style="width: expression(${RUN})">x</div>`),
  payload('CSS expression as text', `x:expression(${RUN})`),
  payload('CSS javascript: URL as text', `background:url("javascript:${RUN}")`),
  // Escaped and encoded markup, which must stay exactly as written.
  payload('HTML entities', `&lt;script&gt;${RUN}&lt;/script&gt;`),
  payload('numeric entities', `&#60;img src=x onerror=${RUN}&#62;`),
  payload('URL-encoded markup', `%3Cscript%3E${RUN}%3C/script%3E`),
  payload('escaped markup', `\\u003cscript\\u003e${RUN}\\u003c/script\\u003e`),
  payload('full-width markup', `\uff1cscript\uff1e${RUN}\uff1c/script\uff1e`),
  payload('HTML comment around markup', `<!--<img src=x onerror=${RUN}>-->`),
  // Invisible, reordering and odd characters.
  payload('RTL override in a name', 'Sam\u202egnp.exe'),
  payload('RTL override inside a URL', 'see https://example.org/\u202egpj.exe now'),
  payload('RTL override before a URL', '\u202ehttps://example.org/safe'),
  payload('LRO and RLI around URLs', '\u202dhttps://example.org\u202c and \u2067https://example.org/x\u2069'),
  payload('zero-width space in a host', 'https://exa\u200bmple.org/login'),
  payload('byte order mark in a URL', 'https://example.org\ufeff.evil.test/'),
  payload('zero-width joiners in a name', 'A\u200dd\u200cm\u2060in'),
  payload('zero-width space in a tag', `<im\u200bg src=x onerror=${RUN}>`),
  payload('homoglyph domain', 'https://\u0435xample.org/login'),
  payload('NUL before markup', `nul\u0000<img src=x onerror=${RUN}>`, LIVE),
  payload('NUL inside a tag name', `<scr\u0000ipt>${RUN}</scr\u0000ipt>`),
  payload('control characters', 'bell\u0007 bs\u0008 vt\u000b ff\u000c esc\u001b[31m del\u007f nel\u0085 end'),
  payload('line breaks', `first\r\nsecond\rthird\u2028fourth\u2029<script>${RUN}</script>`, LIVE),
  payload('emoji and a lone surrogate', 'emoji \ud83d\ude00 lone \ud83d end'),
  payload('combining marks', 'Z\u0337\u0322\u0349\u0344a\u0338l\u0335g\u0334o\u0337'),
  payload(
    'right-to-left text with markup',
    `\u0645\u0631\u062d\u0628\u0627 \u202b<img src=x onerror=${RUN}>\u202c`,
    LIVE,
  ),
  payload('prototype names', '__proto__ constructor prototype toString'),
  // Size.
  payload('5,000-character word', 'W'.repeat(5000)),
  payload('link of 1,900 characters', 'https://example.org/' + 'b'.repeat(1900)),
  payload('link too long to link', 'https://example.org/' + 'a'.repeat(2100)),
  payload('100,000 characters', HUGE, LIVE),
];

/** What a URL or a UTF-8 store gives back for a text: each half of an emoji left alone (a lone surrogate) as U+FFFD. */
export const wellFormed = (text: string) => text.replace(/\p{Cs}/gu, '\ufffd');

export const LIVE_PAYLOADS = PAYLOADS.filter((item) => item.live);
export const SCRIPT_URLS = PAYLOADS.filter((item) => item.scriptUrl);
/** Every payload cut to a field's length limit, the way typing into it would be (repeats dropped). */
export function payloadsUpTo(limit: number): Payload[] {
  const seen = new Set<string>();
  return PAYLOADS.map((item) => ({ ...item, text: item.text.slice(0, limit) })).filter(
    (item) => !seen.has(item.text) && !!seen.add(item.text),
  );
}

// ---- self-check: payloads marked live do run, so a test that sees none run has shown something ---------

/** Labels of the live payloads that did not call the canary when parsed as HTML into the page. */
export async function inertLivePayloads(): Promise<string[]> {
  const scratch = document.createElement('div');
  document.body.append(scratch);
  const inert: string[] = [];
  try {
    for (const item of LIVE_PAYLOADS) {
      resetCanary();
      scratch.replaceChildren(document.createRange().createContextualFragment(item.text));
      await waitUntil(() => canaryCalls() > 0, '', { timeout: 3000 }).catch(() => inert.push(item.label));
      scratch.replaceChildren();
    }
  } finally {
    scratch.remove();
    await new Promise((resolve) => setTimeout(resolve, 100));
    resetCanary();
  }
  return inert;
}
