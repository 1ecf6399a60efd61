/** Tables, as Kysely sees them. One set of migrations (migrations.ts) creates them on SQLite and PostgreSQL. */
export interface IdempotencyRecordTable {
  /** The scope (route) and the client's key, so one key cannot replay another route's answer. */
  scope: string;
  key: string;
  status: number;
  body: string;
  created_at: string;
  /** SHA-256 of the request body, so a key reused for a different request is refused. */
  request_hash: string | null;
}

export interface ParticipantTable {
  id: string;
  /** When the participant last checked in (the name is the first migration's). */
  created_at: string;
}

export interface CheckInTable {
  id: string;
  participant_id: string;
  recorded_at: string;
  /** JSON object: stable item id → number. */
  answers: string;
  note: string | null;
  risk: number;
  created_at: string;
  /** SHA-256 of the Idempotency-Key it was sent with; null for check-ins stored before it was kept. */
  client_key: string | null;
}

export interface CommentTable {
  id: string;
  thread: string;
  parent_id: string | null;
  author_name: string;
  body: string;
  status: 'published' | 'held' | 'rejected';
  held_reason: 'care' | 'links' | 'review' | 'first-time' | 'reported' | null;
  care: number;
  visitor_hash: string;
  edit_token_hash: string | null;
  editable_until: string | null;
  created_at: string;
  updated_at: string | null;
  /** Why staff rejected it, shown to its author's device. */
  reject_reason?: string | null;
}

export interface ReactionTable {
  comment_id: string;
  kind: 'support' | 'helped';
  visitor_hash: string;
  created_at: string;
}

export interface ReportTable {
  id: string;
  comment_id: string;
  reason: 'harmful' | 'spam' | 'crisis' | 'other';
  note: string | null;
  visitor_hash: string;
  created_at: string;
}

export interface StaffTokenTable {
  id: string;
  /** SHA-256 of "staff:" + the token; the token itself is shown once and never stored. */
  token_hash: string;
  label: string;
  created_at: string;
}

export interface RateLimitTable {
  bucket: string;
  /** Milliseconds since the epoch at the start of the fixed window. */
  window_start: number;
  count: number;
}

export interface GroupTable {
  slug: string;
  day: number;
  time: string;
  name: string;
  data: string;
}

export interface ThreadVersionTable {
  thread: string;
  /** Moved on by triggers whenever the thread's comments or reactions change. */
  version: number;
}

export interface Schema {
  thread_versions: ThreadVersionTable;
  groups: GroupTable;
  rate_limits: RateLimitTable;
  staff_tokens: StaffTokenTable;
  comments: CommentTable;
  reactions: ReactionTable;
  reports: ReportTable;
  idempotency_records: IdempotencyRecordTable;
  server_meta: { name: string; value: string };
  participants: ParticipantTable;
  check_ins: CheckInTable;
}
