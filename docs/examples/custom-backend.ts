// A clinic whose articles and replies live in its own CMS, with an API unlike the reference server's, adapted
// to the widgets' contract (`PeerSupportBackend`). docs/custom-backend.md walks through it; `npm test`
// type-checks it, and test/custom-backend.test.ts runs it in Chromium against an in-memory copy of this API.
import {
  createRestClient,
  MalformedResponseError,
  type CheckIn,
  type CheckInSource,
  type CommentSource,
  type CrisisChannel,
  type CrisisResource,
  type HeldReason,
  type PeerComment,
  type PeerSupportBackend,
  type ReportReason,
  type RestRequest,
} from 'peer-support-widgets';

// ---- The CMS's API, as it is on the wire ----------------------------------------------------------------

/** `GET /api/posts/:slug/replies?page=N&order=asc|desc` answers `{ data: CmsReply[], meta: { next_page } }`. */
export interface CmsReply {
  uuid: string;
  author: { display: string | null } | null;
  /** The CMS's own rendering. Never used: the widgets show visitors' words as text, never as markup. */
  text_html?: string;
  text: string;
  /** Seconds since the epoch. */
  created: number;
  parent_uuid: string | null;
}

export interface CmsReplyPage {
  data: CmsReply[];
  meta: { next_page: number | null };
}

/** `POST /api/posts/:slug/replies` takes this (with an `X-Clinic-Request-Id` header) … */
export interface CmsNewReply {
  text: string;
  author_name?: string;
  in_reply_to?: string;
}

/** … and answers 201 with the reply and whether it is live or queued for a moderator, and why. */
export interface CmsPostedReply {
  data: CmsReply;
  moderation: { state: 'live' | 'queued'; because?: 'safety' | 'links' | 'new_author' | 'manual' };
}

/** `GET /api/helplines?country=US&lang=en` answers `{ items: CmsHelpline[] }`. */
export interface CmsHelpline {
  key: string;
  label: string;
  blurb?: string;
  numbers: { voice?: string; sms?: string };
  web_chat?: string;
  /** Absent: answered around the clock. */
  staffed?: { zone: string; slots: { days: CmsWeekday[]; from: string; to: string }[] } | null;
}

export type CmsWeekday = 'sun' | 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat';

/** The wellbeing diary, behind an `X-Diary-Token` header: `POST/GET /api/diary/entries`, `DELETE /api/diary`. */
export interface CmsDiaryEntry {
  id: string;
  taken_at: string;
  scores: Record<string, number>;
  note?: string | null;
  flagged: boolean;
}

/** Every error the CMS sends: `{ errors: [{ code: 'RATE_LIMITED', detail: '…' }] }`, Retry-After on 429. */
export interface CmsErrorBody {
  errors?: { code?: string; detail?: string }[];
}

/** The CMS's idempotency header: a retried POST with the same id is applied once. */
export const CMS_REQUEST_ID_HEADER = 'X-Clinic-Request-Id';
export const CMS_DIARY_TOKEN_HEADER = 'X-Diary-Token';

// ---- Its HTTP, translated once ---------------------------------------------------------------------------

/** The CMS's error codes, as the codes the widgets word for visitors (see docs/custom-backend.md). */
const ERROR_CODES: Record<string, string> = {
  RATE_LIMITED: 'rate_limited',
  TOO_MANY_LINKS: 'too_many_links',
  DUPLICATE: 'duplicate',
  VALIDATION: 'invalid_request',
  NOT_FOUND: 'not_found',
};

async function referenceErrorBody(response: Response): Promise<{ error: { code: string; message: string } }> {
  let code = `http_${response.status}`;
  let message = response.statusText || `The CMS answered ${response.status}.`;
  try {
    const first = ((await response.json()) as CmsErrorBody).errors?.[0];
    if (typeof first?.code === 'string') code = ERROR_CODES[first.code] ?? `cms_${first.code.toLowerCase()}`;
    if (typeof first?.detail === 'string') message = first.detail;
  } catch {
    // A proxy's HTML error page: the status alone says what kind of failure it was.
  }
  return { error: { code, message } };
}

/**
 * A `fetch` for `createRestClient` that speaks the CMS's dialect of HTTP: the idempotency key goes in the
 * CMS's own header, and the CMS's error bodies become the reference API's `{ error: { code, message } }`.
 * The client's time limit, retries (with one key for every attempt) and typed errors then work unchanged.
 */
export function cmsFetch(baseFetch: typeof fetch): typeof fetch {
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    const key = headers.get('Idempotency-Key');
    if (key !== null) {
      headers.delete('Idempotency-Key');
      headers.set(CMS_REQUEST_ID_HEADER, key);
    }
    const response = await baseFetch(input, { ...init, headers });
    if (response.ok) return response;
    const answerHeaders = new Headers({ 'Content-Type': 'application/json' });
    const retryAfter = response.headers.get('Retry-After');
    if (retryAfter !== null) answerHeaders.set('Retry-After', retryAfter);
    return new Response(JSON.stringify(await referenceErrorBody(response)), {
      status: response.status,
      statusText: response.statusText,
      headers: answerHeaders,
    });
  };
}

// ---- Its records, as the widgets' ------------------------------------------------------------------------

const segment = encodeURIComponent;
const WEEKDAYS: readonly CmsWeekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const HELD_BECAUSE: Record<string, HeldReason> = { safety: 'care', links: 'links', new_author: 'first-time' };
const REPORT_WHY: Record<ReportReason, string> = { harmful: 'abuse', spam: 'spam', crisis: 'safety', other: 'other' };

/** Null for a record the widgets could not show, so that one bad row does not hide a whole conversation. */
function toComment(thread: string, reply: CmsReply): PeerComment | null {
  if (typeof reply?.uuid !== 'string' || typeof reply.text !== 'string' || !Number.isFinite(reply.created)) {
    return null;
  }
  return {
    id: reply.uuid,
    thread,
    parentId: typeof reply.parent_uuid === 'string' ? reply.parent_uuid : null,
    name: reply.author?.display?.trim() || 'Anonymous',
    body: reply.text,
    createdAt: new Date(reply.created * 1000).toISOString(),
    // The CMS keeps neither edits nor reactions.
    updatedAt: null,
    reactions: { support: 0, helped: 0 },
  };
}

function toResource(line: CmsHelpline, country: string): CrisisResource {
  const channels: CrisisChannel[] = [];
  if (line.numbers?.voice) channels.push({ kind: 'call', value: line.numbers.voice });
  if (line.numbers?.sms) channels.push({ kind: 'text', value: line.numbers.sms });
  if (line.web_chat) channels.push({ kind: 'chat', value: line.web_chat });
  return {
    // Prefixed, so that a CMS key never replaces a shipped line by accident (same id = replacement).
    id: `clinic-${line.key}`,
    name: line.label,
    ...(line.blurb ? { description: line.blurb } : {}),
    region: country,
    channels,
    ...(line.staffed && Array.isArray(line.staffed.slots)
      ? {
          hours: {
            timeZone: line.staffed.zone,
            weekly: line.staffed.slots.map((slot) => ({
              days: (Array.isArray(slot?.days) ? slot.days : []).map((day) => WEEKDAYS.indexOf(day)),
              opens: slot?.from ?? '',
              closes: slot?.to ?? '',
            })),
          },
        }
      : {}),
  };
}

function toCheckIn(entry: CmsDiaryEntry): CheckIn {
  return {
    id: entry.id,
    recordedAt: entry.taken_at,
    answers: entry.scores,
    ...(entry.note ? { note: entry.note } : {}),
    risk: entry.flagged === true,
  };
}

function isDiaryEntry(value: unknown): value is CmsDiaryEntry {
  const entry = value as CmsDiaryEntry;
  return (
    typeof entry?.id === 'string' &&
    typeof entry.taken_at === 'string' &&
    typeof entry.scores === 'object' &&
    entry.scores !== null
  );
}

/**
 * Check-ins, kept in the CMS's wellbeing diary. The participant token is the only thing that ties entries to a
 * person: it goes in a header (never the address, which servers log), and the CMS should store only its hash.
 * A backend has all three methods or none: the check-in uses them together.
 */
export function cmsDiaryMethods(request: RestRequest): CheckInSource {
  const diary = (participantToken: string) => ({ [CMS_DIARY_TOKEN_HEADER]: participantToken });
  return {
    async submitCheckIn(checkIn, { participantToken, signal, idempotencyKey }) {
      const answer = await request<{ entry?: unknown }>({
        method: 'POST',
        path: '/api/diary/entries',
        body: {
          taken_at: checkIn.recordedAt ?? new Date().toISOString(),
          scores: checkIn.answers,
          note: checkIn.note ?? null,
          flagged: checkIn.risk === true,
        },
        headers: diary(participantToken),
        signal,
        idempotencyKey,
      });
      if (!isDiaryEntry(answer?.entry)) throw new MalformedResponseError('The diary did not send the entry back.');
      return toCheckIn(answer.entry);
    },
    async listCheckIns({ cursor, limit }, { participantToken, signal }) {
      const answer = await request<{ entries?: unknown; older?: unknown }>({
        method: 'GET',
        path: '/api/diary/entries',
        query: { before: cursor, limit },
        headers: diary(participantToken),
        signal,
      });
      if (!Array.isArray(answer?.entries)) throw new MalformedResponseError('The diary sent no entries.');
      const nextCursor = typeof answer.older === 'string' ? answer.older : null;
      return { checkIns: answer.entries.filter(isDiaryEntry).map(toCheckIn), nextCursor };
    },
    async eraseParticipant({ participantToken, signal, idempotencyKey }) {
      await request<void>({
        method: 'DELETE',
        path: '/api/diary',
        headers: diary(participantToken),
        signal,
        idempotencyKey,
      });
    },
  };
}

// ---- The backend -----------------------------------------------------------------------------------------

export interface ClinicCmsOptions {
  /** Where the CMS is, e.g. "https://www.riverside-recovery.example" (paths start with /api/). */
  baseUrl: string;
  /** Defaults to the browser's; the test gives an in-memory CMS. */
  fetch?: typeof fetch;
  timeoutMs?: number;
  retries?: number;
  backoffMs?: number;
}

/**
 * What this backend offers. Left out, so the widgets leave them out too: reactions (no "Sending support"
 * buttons), editing and deleting (the CMS has neither), moderation (staff use the CMS's own screens) and
 * groups (the finder reads a Meeting Guide feed instead).
 */
export type ClinicCmsBackend = PeerSupportBackend &
  Pick<CommentSource, 'listComments' | 'postComment' | 'report' | 'countComments'> &
  CheckInSource;

export function createClinicCmsBackend(options: ClinicCmsOptions): ClinicCmsBackend {
  const baseFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  // Only its request helper is kept. The client itself speaks the reference API's /v1 paths, and a backend
  // with a `request` method would have the check-in and the staff queue call /v1 paths through it.
  const { request } = createRestClient({ ...options, fetch: cmsFetch(baseFetch) });

  return {
    async getCrisisResources(query, { signal } = {}) {
      // "US-WA" is a state of the United States: the CMS files its lines by country.
      const country = (query.region ?? 'US').split('-')[0]!.toUpperCase();
      const answer = await request<{ items?: unknown }>({
        method: 'GET',
        path: '/api/helplines',
        query: { country, lang: query.locale },
        signal,
      });
      if (!Array.isArray(answer?.items)) throw new MalformedResponseError('The CMS sent no list of helplines.');
      // The banner checks every line again and keeps only usable ones; the shipped lines always stay.
      const lines = (answer.items as CmsHelpline[]).filter((line) => typeof line?.key === 'string');
      return lines.map((line) => toResource(line, country));
    },

    async listComments(thread, query = {}, { signal } = {}) {
      const answer = await request<Partial<CmsReplyPage>>({
        method: 'GET',
        path: `/api/posts/${segment(thread)}/replies`,
        // The CMS counts no reactions, so "Most supported" shows the oldest first.
        query: { page: query.cursor ?? 1, order: query.sort === 'newest' ? 'desc' : 'asc' },
        signal,
      });
      if (!Array.isArray(answer?.data)) throw new MalformedResponseError('The CMS sent no replies.');
      const comments = answer.data.map((reply) => toComment(thread, reply)).filter((item) => item !== null);
      const next = answer.meta?.next_page;
      return { comments, nextCursor: typeof next === 'number' ? String(next) : null };
    },

    async postComment(thread, comment, { signal, idempotencyKey } = {}) {
      const body: CmsNewReply = {
        text: comment.body,
        ...(comment.name ? { author_name: comment.name } : {}),
        ...(comment.parentId ? { in_reply_to: comment.parentId } : {}),
      };
      const answer = await request<Partial<CmsPostedReply>>({
        method: 'POST',
        path: `/api/posts/${segment(thread)}/replies`,
        body,
        signal,
        idempotencyKey,
      });
      const posted = answer?.data ? toComment(thread, answer.data) : null;
      if (!posted) throw new MalformedResponseError('The CMS did not send the reply back.');
      const held = answer.moderation?.state !== 'live';
      const because = answer.moderation?.because;
      return {
        comment: posted,
        held,
        ...(held ? { reason: (because && HELD_BECAUSE[because]) || 'review' } : {}),
        // Nothing to edit with: a window that has already closed means no Edit or Delete is offered.
        editToken: '',
        editableUntil: posted.createdAt,
      };
    },

    async report(id, { reason, note }, { signal, idempotencyKey } = {}) {
      await request<void>({
        method: 'POST',
        path: `/api/replies/${segment(id)}/flags`,
        body: { why: REPORT_WHY[reason], ...(note ? { comment: note } : {}) },
        signal,
        idempotencyKey,
      });
    },

    async countComments(threads, { signal } = {}) {
      if (!threads.length) return {};
      const answer = await request<{ counts?: unknown }>({
        method: 'GET',
        path: '/api/posts/reply-counts',
        query: { slugs: threads.join(',') },
        signal,
      });
      if (!Array.isArray(answer?.counts)) throw new MalformedResponseError('The CMS sent no reply counts.');
      const counts: Record<string, number> = {};
      for (const row of answer.counts as { slug?: unknown; total?: unknown }[]) {
        if (typeof row?.slug === 'string' && typeof row.total === 'number') counts[row.slug] = row.total;
      }
      return counts;
    },

    ...cmsDiaryMethods(request),
  };
}
