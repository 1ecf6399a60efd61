/** Tables, as Kysely sees them. One set of migrations (migrations.ts) creates them on SQLite and PostgreSQL. */
export interface IdempotencyRecordTable {
  /** The scope (route) and the client's key, so one key cannot replay another route's answer. */
  scope: string;
  key: string;
  status: number;
  body: string;
  created_at: string;
}

export interface Schema {
  idempotency_records: IdempotencyRecordTable;
  server_meta: { name: string; value: string };
}
