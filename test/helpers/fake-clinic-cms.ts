import {
  CMS_DIARY_TOKEN_HEADER,
  CMS_REQUEST_ID_HEADER,
  type CmsDiaryEntry,
  type CmsHelpline,
  type CmsNewReply,
  type CmsPostedReply,
  type CmsReply,
} from '../../docs/examples/custom-backend.js';

/**
 * The clinic CMS of docs/examples/custom-backend.ts, in memory, as a `fetch`: its own paths, shapes, request-id
 * header and error bodies. Nothing here knows the widgets' contract, so an adapter that leaks the reference
 * API's shapes into it fails.
 */

export const CMS_URL = 'https://cms.riverside.example';

export type CmsRoute = 'helplines' | 'replies' | 'post' | 'counts' | 'flags' | 'diary';

/** How a route fails: unreachable, or an answer of the CMS's (or a proxy's) making. */
export type CmsFault = 'offline' | (() => Response);

export interface PostAttempt {
  slug: string;
  body: unknown;
  requestId: string | null;
  headerNames: string[];
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

/** An error as this CMS words it. */
export const cmsError = (status: number, code: string, detail: string, headers: Record<string, string> = {}) =>
  json({ errors: [{ code, detail }] }, status, headers);

export function reply(uuid: string, fields: Partial<CmsReply> = {}, minutesAgo = 60): CmsReply {
  return {
    uuid,
    author: { display: `Person ${uuid}` },
    text: `Words from ${uuid}.`,
    created: Math.floor(Date.now() / 1000) - minutesAgo * 60,
    parent_uuid: null,
    ...fields,
  };
}

export function fakeClinicCms(seed: { replies?: Record<string, CmsReply[]>; helplines?: CmsHelpline[] } = {}) {
  const replies = new Map(Object.entries(structuredClone(seed.replies ?? {})));
  const helplines = seed.helplines ?? [];
  const faults = new Map<CmsRoute, CmsFault>();
  const posted = new Map<string, CmsPostedReply>();
  const attempts: PostAttempt[] = [];
  const flags: { uuid: string; body: unknown }[] = [];
  const diary = new Map<string, CmsDiaryEntry[]>();
  const helplineQueries: Record<string, string>[] = [];
  const pageSize = 2;
  let loseNextPostAnswer = false;

  function route(method: string, path: string): CmsRoute | undefined {
    if (path === '/api/helplines' && method === 'GET') return 'helplines';
    if (path === '/api/posts/reply-counts' && method === 'GET') return 'counts';
    if (/^\/api\/posts\/[^/]+\/replies$/.test(path)) return method === 'POST' ? 'post' : 'replies';
    if (/^\/api\/replies\/[^/]+\/flags$/.test(path) && method === 'POST') return 'flags';
    if (path === '/api/diary/entries' || path === '/api/diary') return 'diary';
    return undefined;
  }

  function listReplies(slug: string, url: URL): Response {
    const page = Number(url.searchParams.get('page') ?? '1');
    const order = url.searchParams.get('order') === 'desc' ? -1 : 1;
    const all = [...(replies.get(slug) ?? [])].sort((a, b) => order * (a.created - b.created));
    const data = all.slice((page - 1) * pageSize, page * pageSize);
    return json({ data, meta: { next_page: page * pageSize < all.length ? page + 1 : null } });
  }

  function postReply(slug: string, body: CmsNewReply, requestId: string | null): Response {
    if (!requestId) return cmsError(400, 'VALIDATION', `${CMS_REQUEST_ID_HEADER} is required.`);
    // The same request id again is the same reply: answered as the first time, stored once.
    let answer = posted.get(requestId);
    if (!answer) {
      const stored: CmsReply = {
        uuid: crypto.randomUUID(),
        author: { display: body.author_name ?? null },
        text: body.text,
        text_html: `<p>${body.text}</p>`,
        created: Math.floor(Date.now() / 1000),
        parent_uuid: body.in_reply_to ?? null,
      };
      replies.set(slug, [...(replies.get(slug) ?? []), stored]);
      answer = { data: stored, moderation: { state: 'live' } };
      posted.set(requestId, answer);
    }
    if (loseNextPostAnswer) {
      loseNextPostAnswer = false;
      return new Response('<h1>502 Bad Gateway</h1>', { status: 502, headers: { 'Content-Type': 'text/html' } });
    }
    return json(answer, 201);
  }

  function diaryRoute(method: string, headers: Headers, body: unknown): Response {
    const token = headers.get(CMS_DIARY_TOKEN_HEADER);
    if (!token) return cmsError(401, 'NO_DIARY', 'This diary needs its token.');
    const entries = diary.get(token) ?? [];
    if (method === 'DELETE') {
      diary.delete(token);
      return new Response(null, { status: 204 });
    }
    if (method === 'GET') return json({ entries: [...entries].reverse(), older: null });
    const input = body as Omit<CmsDiaryEntry, 'id'>;
    const entry: CmsDiaryEntry = { id: crypto.randomUUID(), ...input };
    diary.set(token, [...entries, entry]);
    return json({ entry }, 201);
  }

  const cmsFetch: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    const method = init?.method ?? 'GET';
    const headers = new Headers(init?.headers);
    if (url.origin !== CMS_URL) throw new TypeError(`The test reached for ${url.origin}`);
    const name = route(method, url.pathname);
    if (!name) return cmsError(404, 'NOT_FOUND', `No route ${method} ${url.pathname}`);
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const slug = decodeURIComponent(url.pathname.split('/')[3] ?? '');
    if (name === 'post') {
      attempts.push({
        slug,
        body,
        requestId: headers.get(CMS_REQUEST_ID_HEADER),
        headerNames: [...headers.keys()],
      });
    }
    const fault = faults.get(name);
    if (fault === 'offline') throw new TypeError('Failed to fetch');
    if (fault) return fault();
    switch (name) {
      case 'helplines':
        helplineQueries.push(Object.fromEntries(url.searchParams));
        return json({ items: helplines });
      case 'replies':
        return listReplies(slug, url);
      case 'post':
        return postReply(slug, body as CmsNewReply, headers.get(CMS_REQUEST_ID_HEADER));
      case 'counts': {
        const slugs = (url.searchParams.get('slugs') ?? '').split(',');
        return json({ counts: slugs.map((each) => ({ slug: each, total: replies.get(each)?.length ?? 0 })) });
      }
      case 'flags':
        flags.push({ uuid: decodeURIComponent(url.pathname.split('/')[3]!), body });
        return new Response(null, { status: 204 });
      case 'diary':
        return diaryRoute(method, headers, body);
    }
  };

  return {
    fetch: cmsFetch,
    replies,
    attempts,
    flags,
    diary,
    helplineQueries,
    fail(name: CmsRoute, fault: CmsFault) {
      faults.set(name, fault);
    },
    /** The next post is stored, but its answer is lost on the way back (a proxy's 502). */
    loseNextPostAnswer() {
      loseNextPostAnswer = true;
    },
  };
}
