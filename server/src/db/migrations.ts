import { Kysely, Migrator, PostgresAdapter, sql, type Migration, type MigrationProvider } from 'kysely';

/**
 * One set of migrations for SQLite and PostgreSQL. Only portable types are used (text, integer, and
 * timestamps stored as ISO 8601 text) so the same statements run on both.
 */
const migrations: Record<string, Migration> = {
  '0001-initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('idempotency_records')
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('status', 'integer', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('idempotency_records_pk', ['scope', 'key'])
        .execute();
      await db.schema
        .createTable('server_meta')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('server_meta').execute();
      await db.schema.dropTable('idempotency_records').execute();
    },
  },
};

migrations['0002-check-ins'] = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('participants')
      // The SHA-256 of the participant's token: the token itself is never stored.
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('check_ins')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('participant_id', 'text', (c) => c.notNull().references('participants.id').onDelete('cascade'))
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addColumn('answers', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('risk', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('check_ins_by_participant')
      .on('check_ins')
      .columns(['participant_id', 'recorded_at', 'id'])
      .execute();
    await db.schema.alterTable('idempotency_records').addColumn('request_hash', 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('check_ins').execute();
    await db.schema.dropTable('participants').execute();
  },
};

migrations['0003-comments'] = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('comments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('thread', 'text', (c) => c.notNull())
      .addColumn('parent_id', 'text')
      .addColumn('author_name', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      // published | held | rejected
      .addColumn('status', 'text', (c) => c.notNull())
      // care | links | review | first-time | reported
      .addColumn('held_reason', 'text')
      .addColumn('care', 'integer', (c) => c.notNull().defaultTo(0))
      // A salted hash of the visitor's address: enough to tell a first-time commenter, never the address.
      .addColumn('visitor_hash', 'text', (c) => c.notNull())
      .addColumn('edit_token_hash', 'text')
      .addColumn('editable_until', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text')
      .execute();
    await db.schema
      .createIndex('comments_by_thread')
      .on('comments')
      .columns(['thread', 'status', 'created_at', 'id'])
      .execute();
    await db.schema.createIndex('comments_by_visitor').on('comments').columns(['visitor_hash', 'status']).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('comments').execute();
  },
};

migrations['0004-reactions-reports'] = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('reactions')
      .addColumn('comment_id', 'text', (c) => c.notNull().references('comments.id').onDelete('cascade'))
      // support ("Sending support") | helped ("This helped")
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('visitor_hash', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('reactions_pk', ['comment_id', 'kind', 'visitor_hash'])
      .execute();
    await db.schema
      .createTable('reports')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('comment_id', 'text', (c) => c.notNull().references('comments.id').onDelete('cascade'))
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('visitor_hash', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.alterTable('comments').addColumn('reject_reason', 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('reports').execute();
    await db.schema.dropTable('reactions').execute();
  },
};

migrations['0005-staff-tokens'] = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('staff_tokens')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('staff_tokens').execute();
  },
};

migrations['0006-rate-limits'] = {
  async up(db: Kysely<unknown>) {
    // Counters live in the database so that several instances behind a load balancer share them.
    await db.schema
      .createTable('rate_limits')
      .addColumn('bucket', 'text', (c) => c.notNull())
      .addColumn('window_start', 'bigint', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('rate_limits_pk', ['bucket', 'window_start'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('rate_limits').execute();
  },
};

migrations['0007-groups'] = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('groups')
      .addColumn('slug', 'text', (c) => c.primaryKey())
      .addColumn('day', 'integer', (c) => c.notNull())
      .addColumn('time', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      // The normalised group (PeerGroup) as JSON: the finder filters on the client.
      .addColumn('data', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('groups').execute();
  },
};

migrations['0008-thread-versions'] = {
  async up(db: Kysely<unknown>) {
    // A counter per thread that every change to its comments or reactions moves on, kept by triggers so no
    // write path (or a clinic's own SQL) can forget it. Servers cache a thread's pages against it.
    await db.schema
      .createTable('thread_versions')
      .addColumn('thread', 'text', (c) => c.primaryKey())
      .addColumn('version', 'integer', (c) => c.notNull())
      .execute();
    await sql`insert into thread_versions (thread, version) select distinct thread, 1 from comments`.execute(db);
    if (db.getExecutor().adapter instanceof PostgresAdapter) {
      await sql`
        create function bump_thread_version(changed_thread text) returns void language sql as $$
          insert into thread_versions (thread, version) values (changed_thread, 1)
          on conflict (thread) do update set version = thread_versions.version + 1
        $$`.execute(db);
      await sql`
        create function comments_changed() returns trigger language plpgsql as $$
        begin
          perform bump_thread_version(case when tg_op = 'DELETE' then old.thread else new.thread end);
          return null;
        end $$`.execute(db);
      await sql`
        create function reactions_changed() returns trigger language plpgsql as $$
        begin
          perform bump_thread_version(thread) from comments
            where id = (case when tg_op = 'DELETE' then old.comment_id else new.comment_id end);
          return null;
        end $$`.execute(db);
      await sql`create trigger comments_changed after insert or update or delete on comments
        for each row execute function comments_changed()`.execute(db);
      await sql`create trigger reactions_changed after insert or delete on reactions
        for each row execute function reactions_changed()`.execute(db);
    } else {
      for (const [event, row] of [
        ['insert', 'new'],
        ['update', 'new'],
        ['delete', 'old'],
      ] as const) {
        await sql`${sql.raw(`create trigger comments_${event} after ${event} on comments begin
          insert into thread_versions (thread, version) values (${row}.thread, 1)
          on conflict (thread) do update set version = version + 1;
        end`)}`.execute(db);
      }
      for (const [event, row] of [
        ['insert', 'new'],
        ['delete', 'old'],
      ] as const) {
        await sql`${sql.raw(`create trigger reactions_${event} after ${event} on reactions begin
          insert into thread_versions (thread, version)
          select thread, 1 from comments where id = ${row}.comment_id and true
          on conflict (thread) do update set version = version + 1;
        end`)}`.execute(db);
      }
    }
    // Expired rate-limit windows and idempotency records are cleared by age: index the age.
    await db.schema.createIndex('rate_limits_by_window').on('rate_limits').column('window_start').execute();
    await db.schema.createIndex('idempotency_records_by_age').on('idempotency_records').column('created_at').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('idempotency_records_by_age').execute();
    await db.schema.dropIndex('rate_limits_by_window').execute();
    if (db.getExecutor().adapter instanceof PostgresAdapter) {
      await sql`drop trigger reactions_changed on reactions`.execute(db);
      await sql`drop trigger comments_changed on comments`.execute(db);
      await sql`drop function reactions_changed(), comments_changed(), bump_thread_version(text)`.execute(db);
    } else {
      for (const name of [
        'comments_insert',
        'comments_update',
        'comments_delete',
        'reactions_insert',
        'reactions_delete',
      ])
        await sql`drop trigger ${sql.raw(name)}`.execute(db);
    }
    await db.schema.dropTable('thread_versions').execute();
  },
};

migrations['0009-check-in-keys'] = {
  async up(db: Kysely<unknown>) {
    // A check-in queued offline may be sent again days later, after its idempotency record has expired: the
    // hash of its key stays with the check-in, so that retry still finds the first one.
    await db.schema.alterTable('check_ins').addColumn('client_key', 'text').execute();
    await db.schema
      .createIndex('check_ins_by_client_key')
      .unique()
      .on('check_ins')
      .columns(['participant_id', 'client_key'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('check_ins_by_client_key').execute();
    await db.schema.alterTable('check_ins').dropColumn('client_key').execute();
  },
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the database up to date; safe to run on every start and from several instances at once. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before (and regardless of) the typed schema
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
