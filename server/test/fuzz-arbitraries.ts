import fc from 'fast-check';
import { openApiDocument } from '../src/openapi-document.js';

/**
 * Generators of hostile input for the server fuzz tests. Everything here is what a script, a broken client
 * or a curious visitor can send; none of it assumes what the server does with it.
 */

/** The seed every fuzz property runs with: fixed so CI is repeatable, FUZZ_SEED=<n> to explore further. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20240611);
/** FUZZ_RUNS=<n> multiplies every property's number of runs (for a longer local session). */
const RUNS_FACTOR = Math.max(1, Number(process.env.FUZZ_RUNS ?? 1));
export const fuzzOptions = (numRuns: number) => ({
  seed: FUZZ_SEED,
  numRuns: Math.ceil(numRuns * RUNS_FACTOR),
  includeErrorInReport: true,
});

const surrogateHalf = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const trickyCharacter = fc.constantFrom(
  ...['\0', '\u202e', '\u200b', '\ufeff', '\ufffd'], // NUL, right-to-left override, zero width, BOM, replacement
  ...['😀', 'e\u0301', '..', '\n', '\t', ' '],
  ...'"\\/%<\'&=?#+,;',
);
const character = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: trickyCharacter },
  { weight: 1, arbitrary: surrogateHalf },
);

/** Values that have broken servers before: prototype keys, numbers as text, traversal, injection, limits. */
export const SPECIAL_STRINGS = [
  ...['', ' ', 'null', 'true', 'undefined', '[]', '{}'],
  ...['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'],
  ...['-1', '0', '-0', '1.5', '1e9', '1e999', 'NaN', 'Infinity', '0x10'],
  ...['..', '../../../etc/passwd', '%00', '%2e%2e', '%252e%252e'],
  ...['\0', '\ud800', '\udfff\ud800'],
  ...["' OR 1=1 --", '<script>alert(1)</script>', '${7*7}'],
  ...['a'.repeat(201), 'a'.repeat(5001)],
];

/** Any text: unicode (with lone surrogates and NUL), special values, and now and then something huge. */
export const nastyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: character, maxLength: 40 }) },
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL_STRINGS) },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 70_000 }).map((length) => 'x'.repeat(length)) },
);

/**
 * Ordinary text with characters that are hard to store somewhere in it: NUL, lone surrogates, BOM, RTL. It
 * starts with a letter or digit, so trimming can never leave it empty (an empty comment is refused anyway).
 */
export const textWithHardCharacters = fc
  .tuple(
    fc.stringMatching(/^[A-Za-z0-9][ -~]{0,19}$/),
    fc.array(fc.oneof(fc.constantFrom('\0', '\ufeff', '\u202e', '\u200b', '😀'), surrogateHalf), {
      minLength: 1,
      maxLength: 3,
    }),
    fc.string({ unit: 'grapheme-ascii', maxLength: 20 }),
  )
  .map(([before, hard, after]) => `${before}${hard.join('')}${after}`);

/**
 * Text as it arrives in a header: the client's UTF-8 bytes read one byte per character (as Node reads them),
 * without the NUL, CR and LF that HTTP itself forbids there.
 */
export const asHeaderValue = (text: string) =>
  Buffer.from(text, 'utf8')
    .toString('latin1')
    .replace(/[\0\r\n]/g, '');
export const nastyHeaderValue = nastyText.map(asHeaderValue);

/** Every byte outside the unreserved set percent-encoded, as in a path segment or query value. */
export function percentEncode(text: string): string {
  let encoded = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const character = String.fromCharCode(byte);
    encoded += /[A-Za-z0-9\-._~]/.test(character) ? character : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return encoded;
}

const ODD_SEGMENTS = [
  ...['..', '.', '%2e%2e', '%2E%2E%2F', '..%2F..%2Fetc%2Fpasswd', '%252e%252e%252f', '\\..\\', '%5C..%5C'],
  ...['%00', 'a%00b', '%', '%zz', '%FF%FE', '%C0%AE'], // %C0%AE: an overlong "."
  '%ED%A0%80', // a lone surrogate, encoded as UTF-8 would if it could
  ...[';', 'a;b=c', '', '//', 'x'.repeat(10_000)],
];

/** One path segment: a plausible value, or hostile text encoded once, twice, or not at all. */
export const pathSegment = (plausible: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: plausible },
    { weight: 3, arbitrary: nastyText.map(percentEncode) },
    { weight: 1, arbitrary: nastyText.map((text) => percentEncode(percentEncode(text))) },
    { weight: 1, arbitrary: nastyText },
    { weight: 2, arbitrary: fc.constantFrom(...ODD_SEGMENTS) },
  );

/** A cursor that looks like one the server gives out, with hostile contents. */
const forgedCursor = fc.oneof(
  fc.tuple(nastyText, nastyText).map((pair) => Buffer.from(JSON.stringify(pair)).toString('base64url')),
  fc
    .constantFrom(
      ['9999-99-99T99:99:99Z', 'x'],
      ['0000-00-00T::Z', '00000000-0000-0000-0000-000000000000'],
      ['2024-01-01T00:00:00Z', '-'],
      [1, 2],
      { at: 1 },
      'plain',
    )
    .map((value) => Buffer.from(JSON.stringify(value)).toString('base64url')),
  fc
    .oneof(fc.integer(), fc.double(), fc.constantFrom('NaN', '1e999', '-1', ''))
    .map((offset) => Buffer.from(`@${offset}`).toString('base64url')),
  fc.constantFrom('garbage', '!!!', '====', 'e30', 'W10', 'bnVsbA'),
);

const QUERY_KEYS = ['limit', 'cursor', 'sort', 'ids', 'region', 'locale', 'q', '__proto__', 'constructor', 'limit[]'];
const QUERY_VALUES = [
  '-1',
  '0',
  '1',
  '1e9',
  '1e999',
  'NaN',
  '1.5',
  '0x10',
  '+5',
  ' 5',
  'oldest',
  'newest',
  'supported',
];
const queryPart = fc
  .tuple(
    fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...QUERY_KEYS) }, { weight: 1, arbitrary: nastyText }),
    fc.oneof(fc.constantFrom(...QUERY_VALUES), nastyText, forgedCursor),
    fc.constantFrom('encoded', 'double-encoded', 'raw', 'key-only'),
  )
  .map(([key, value, style]) => {
    if (style === 'key-only') return percentEncode(key);
    if (style === 'raw') return `${key}=${value}`;
    const once = `${percentEncode(key)}=${percentEncode(value)}`;
    return style === 'encoded' ? once : `${percentEncode(key)}=${percentEncode(percentEncode(value))}`;
  });

/** A query string (with its "?"), repeated keys and empty parts included; sometimes none at all. */
const anyQueryString: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.constant('') },
  {
    weight: 4,
    arbitrary: fc
      .array(fc.oneof({ weight: 6, arbitrary: queryPart }, { weight: 1, arbitrary: fc.constant('') }), {
        maxLength: 6,
      })
      .map((parts) => `?${parts.join('&')}`),
  },
);

/**
 * A query string for a route: anything at all, or the route's own parameters (each there or not, several
 * together) with allowed, hostile or forged values, so that combinations such as a sort with a cursor come up.
 */
export function queryString(parameters: ApiRoute['query'] = []): fc.Arbitrary<string> {
  if (parameters.length === 0) return anyQueryString;
  const plausible = (name: string, schema: ParameterSchema): fc.Arbitrary<string> => {
    if (name === 'cursor') return forgedCursor;
    if (schema.enum) return fc.constantFrom(...schema.enum);
    if (schema.type === 'integer') return fc.integer({ min: schema.minimum, max: schema.maximum }).map(String);
    if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).map(percentEncode);
    return fc.stringMatching(/^[A-Za-z0-9-]{2,20}$/);
  };
  const hostile = fc.oneof(fc.constantFrom(...QUERY_VALUES), nastyText.map(percentEncode), forgedCursor);
  // Each parameter absent, plausible, or hostile: most combinations then get past the others' checks.
  const value = (name: string, schema: ParameterSchema) =>
    fc.oneof(
      { weight: 1, arbitrary: fc.constant(undefined) },
      { weight: 2, arbitrary: plausible(name, schema) },
      { weight: 2, arbitrary: hostile },
    );
  const own = fc
    .record(Object.fromEntries(parameters.map(({ name, schema }) => [name, value(name, schema)])))
    .chain((chosen) => {
      const pairs = Object.entries(chosen).filter(([, v]) => v !== undefined);
      return fc
        .shuffledSubarray(pairs, { minLength: pairs.length })
        .map((shuffled) => `?${shuffled.map(([k, v]) => `${k}=${v}`).join('&')}`);
    });
  return fc.oneof({ weight: 1, arbitrary: anyQueryString }, { weight: 3, arbitrary: own });
}

/** Mostly the route's own method; sometimes another, an unusual one, or a lower-case one. */
export const method = (own: string) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constant(own) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        'GET',
        'HEAD',
        'POST',
        'PUT',
        'PATCH',
        'DELETE',
        'OPTIONS',
        'QUERY',
        'PROPFIND',
        'FOO',
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom('get', 'post', 'patch', 'delete') },
  );

const JSON_KEYS = [
  ...['__proto__', 'constructor', 'prototype'],
  ...['body', 'name', 'parentId', 'website', 'startedAt', 'kind', 'reason', 'note'],
  ...['answers', 'mood', 'recordedAt', 'risk'],
];
const jsonKey = fc.oneof(fc.constantFrom(...JSON_KEYS), nastyText);
/** JSON.stringify escapes lone surrogates and NUL, so the server's parser gives them back as they were. */
const quote = (text: string) => JSON.stringify(text);
const jsonNumber = fc.oneof(
  fc.integer().map(String),
  fc.double({ noNaN: true }).map((n) => (Number.isFinite(n) ? String(n) : n > 0 ? '1e999' : '-1e999')),
  fc.constantFrom('-0', '1e308', '1e-400', '12345678901234567890', '0.1e1'),
);

/**
 * JSON text, built as text so that a `__proto__` key stays an ordinary key on the wire (an object literal
 * would make it the prototype instead).
 */
export const jsonText: fc.Arbitrary<string> = fc.letrec<{ value: string; array: string; object: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    nastyText.map(quote),
    jsonNumber,
    fc.constantFrom('true', 'false', 'null'),
    tie('array'),
    tie('object'),
  ),
  array: fc.array(tie('value'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
  object: fc
    .array(fc.tuple(jsonKey, tie('value')), { maxLength: 4 })
    .map((entries) => `{${entries.map(([key, value]) => `${quote(key)}:${value}`).join(',')}}`),
})).value;

/** Nesting far deeper than any real body, still under the body size limit; balanced or not. */
const deeplyNested = fc
  .tuple(
    fc.integer({ min: 100, max: 15_000 }),
    fc.constantFrom(['[', ']'], ['{"a":', '}'], ['{"__proto__":', '}'], ['{"answers":{"mood":[', ']}}']),
    fc.boolean(),
  )
  .map(([depth, [open, close], balanced]) => `${open.repeat(depth)}1${balanced ? close.repeat(depth) : ''}`);

const malformedJson = fc.oneof(
  jsonText.chain((text) => fc.nat({ max: Math.max(0, text.length - 1) }).map((end) => text.slice(0, end))),
  fc.constantFrom('{', '{"body":', '{"body":"x",}', "{'body':'x'}", '{"body":"x"}}', 'NaN', '\ufeff{"body":"x"}'),
  nastyText,
);

/**
 * A body shaped like the route's own (so it gets past the first checks), then changed: a field's value
 * replaced, a hostile key added, numbers written as strings, or the whole wrapped in an array.
 */
export function mutatedBody(example: Record<string, unknown>): fc.Arbitrary<string> {
  const entries = Object.entries(example).map(([key, value]) => [quote(key), JSON.stringify(value)] as const);
  const render = (pairs: ReadonlyArray<readonly [string, string]>) =>
    `{${pairs.map(([key, value]) => `${key}:${value}`).join(',')}}`;
  const replaced =
    entries.length === 0
      ? fc.constant(render(entries))
      : fc
          // Mostly a string in a string's place, so hostile text (NUL, lone surrogates, huge) reaches storage.
          .tuple(fc.nat({ max: entries.length - 1 }), fc.oneof(nastyText.map(quote), jsonText))
          .map(([index, value]) => render(entries.map((entry, i) => (i === index ? [entry[0], value] : entry))));
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(render(entries)) },
    replaced,
    fc.tuple(jsonKey, jsonText).map(([key, value]) => render([...entries, [quote(key), value]])),
    fc.constant(render(entries.map(([key, value]) => [key, quote(value)]))),
    fc.constant(`[${render(entries)}]`),
  );
}

export interface FuzzBody {
  /** Text, or bytes that need not be UTF-8 at all. */
  text?: string | Uint8Array<ArrayBuffer>;
  contentType?: string;
}

const CONTENT_TYPES = [
  ...['application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'application/vnd.api+json'],
  ...['application/json; charset=latin1', 'application/json;;;', 'json', '*/*'],
  ...['text/plain', 'text/html', 'application/xml', 'application/octet-stream'],
  ...['application/x-www-form-urlencoded', 'multipart/form-data; boundary=fuzz', 'multipart/form-data'],
];
const contentType = fc.oneof(
  { weight: 4, arbitrary: fc.constant('application/json') },
  { weight: 3, arbitrary: fc.constantFrom(...CONTENT_TYPES) },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: nastyHeaderValue },
);

/** Any body a write could arrive with, given an example of the route's own. */
export function requestBody(example: Record<string, unknown> | undefined): fc.Arbitrary<FuzzBody> {
  const text: fc.Arbitrary<string | Uint8Array<ArrayBuffer> | undefined> = fc.oneof(
    { weight: 5, arbitrary: example ? mutatedBody(example) : jsonText },
    { weight: 3, arbitrary: jsonText },
    { weight: 2, arbitrary: malformedJson },
    { weight: 1, arbitrary: deeplyNested },
    { weight: 1, arbitrary: fc.constantFrom(`{"body":"${'x'.repeat(70_000)}"}`, `{"body":"${'y'.repeat(60_000)}"}`) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((bytes) => new Uint8Array(bytes)) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
  return fc.record({ text, contentType }, { requiredKeys: [] });
}

/** A different X-Forwarded-For address each time it is called, so runs never share a rate-limit bucket. */
let addressCounter = 0;
export function freshAddress(): string {
  addressCounter += 1;
  return `192.0.${Math.floor(addressCounter / 250) % 250}.${(addressCounter % 250) + 1}`;
}

/** Device ids as the widget makes them, and as a script might: anything at all. */
export const visitorId = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9_-]{16,100}$/),
  fc.uuid(),
  nastyHeaderValue,
  fc.constant(undefined),
);

/** Entries a client writes into X-Forwarded-For before the proxy appends the address it saw. */
export const spoofedForwardedFor = fc.array(fc.oneof(fc.ipV4(), fc.ipV6(), nastyHeaderValue), { maxLength: 4 });

export interface ApiRoute {
  method: string;
  /** As the API document writes it, e.g. `/v1/comments/{id}/reports`. */
  template: string;
  params: string[];
  /** Its query parameters, with their schemas from the document. */
  query: Array<{ name: string; schema: ParameterSchema }>;
}

interface ParameterSchema {
  type?: string;
  enum?: string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
}

interface Operation {
  parameters?: Array<{ in: string; name: string; schema?: ParameterSchema }>;
}

/** Every route the server answers, read from its own API document (plus the document itself). */
export async function apiRoutes(): Promise<ApiRoute[]> {
  const document = (await openApiDocument()) as { paths: Record<string, Record<string, Operation>> };
  const routes = Object.entries(document.paths).flatMap(([template, operations]) =>
    Object.entries(operations)
      .filter(([name]) => ['get', 'post', 'put', 'patch', 'delete'].includes(name))
      .map(([name, operation]) => ({
        method: name.toUpperCase(),
        template,
        params: [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]),
        query: (operation.parameters ?? [])
          .filter((parameter) => parameter.in === 'query')
          .map((parameter) => ({ name: parameter.name, schema: parameter.schema ?? {} })),
      })),
  );
  return [...routes, { method: 'GET', template: '/v1/openapi.json', params: [], query: [] }];
}

export const fillTemplate = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => values[name]);
