import { serve } from '@hono/node-server';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase, type DatabaseHandle } from './db/database.js';
import { migrateToLatest } from './db/migrations.js';
import { importGroups } from './groups.js';
import { purgeExpired, type RetentionPeriods } from './retention.js';
import { createStaffToken, revokeStaffTokens, syncEnvironmentStaffToken } from './staff.js';

const usage = `Usage: peer-support-server <command>

Commands:
  serve                      migrate the database, then answer the API on PORT (default 8787)
  migrate                    bring the database up to date and exit
  create-staff-token [LABEL] make a staff token for the moderation queue, print it once, store its hash
  revoke-staff-token LABEL   remove every staff token made with that label (STAFF_TOKEN is replaced by
                             changing the setting and restarting)
  import-groups FILE|URL     replace the group list with a Meeting Guide feed (times in CLINIC_TIMEZONE
                             when the feed names no time zone)
  purge                      delete check-ins older than RETENTION_CHECK_IN_DAYS, comments older than
                             RETENTION_COMMENT_DAYS and expired retry records, then exit (serve does this
                             as it starts and daily)

Configuration comes from environment variables (PORT, DATABASE_URL, ALLOWED_ORIGINS, STAFF_TOKEN,
CLINIC_NAME, CLINIC_TIMEZONE, CLINIC_REGION, CRISIS_RESOURCES, MODERATION_MODE, EDIT_WINDOW_MINUTES,
TRUST_PROXY, RETENTION_CHECK_IN_DAYS, RETENTION_COMMENT_DAYS) and, optionally,
a JSON file named by PEER_SUPPORT_CONFIG. See server/README.md.`;

/**
 * The demo's first run: fictional sample groups around Spokane, and a staff token printed for the operator
 * (the only time it is shown). Later runs keep what is there.
 */
async function seedDemo(db: DatabaseHandle['db'], timeZone: string): Promise<void> {
  const hasGroups = await db.selectFrom('groups').select('slug').limit(1).executeTakeFirst();
  if (!hasGroups) {
    const sample = fileURLToPath(new URL('../seed/spokane-sample-groups.json', import.meta.url));
    const report = await importGroups(db, sample, timeZone);
    log('demo-seeded', { groups: report.imported });
  }
  const hasStaff = await db.selectFrom('staff_tokens').select('id').limit(1).executeTakeFirst();
  if (!hasStaff) {
    const token = await createStaffToken(db, 'demo');
    console.log(`\nStaff token for the demo's moderation page (shown once; keep it):\n  ${token}\n`);
  }
}

/** How often a running server deletes what has outlived the retention periods. */
const PURGE_EVERY_MS = 24 * 60 * 60 * 1000;

/** Deletes what the retention periods have outlived and logs how much (counts only). */
async function purge(db: DatabaseHandle['db'], retention: RetentionPeriods): Promise<void> {
  log('purged', { ...(await purgeExpired(db, retention)), ...retention });
}

/** Structured log lines; never comment text, answers, IP addresses or tokens. */
function log(event: string, fields: Record<string, unknown> = {}, level: 'info' | 'error' = 'info'): void {
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
  if (level === 'error') console.error(line);
  else console.log(line);
}

async function main(command: string | undefined): Promise<number> {
  const quiet = command === 'create-staff-token';
  if (
    !['serve', 'migrate', 'create-staff-token', 'revoke-staff-token', 'import-groups', 'purge'].includes(command ?? '')
  ) {
    console.error(usage);
    return command === undefined || command === '--help' ? 0 : 2;
  }
  const config = loadConfig();
  const database = openDatabase(config.databaseUrl);
  const applied = await migrateToLatest(database.db);
  if (!quiet) log('migrated', { dialect: database.dialect, applied });
  if (command === 'migrate') {
    await database.close();
    return 0;
  }
  if (command === 'create-staff-token') {
    const token = await createStaffToken(database.db, process.argv[3] ?? 'staff');
    await database.close();
    // The only place the token is ever shown: stdout, for the operator to keep.
    process.stdout.write(`${token}\n`);
    return 0;
  }
  if (command === 'revoke-staff-token') {
    const label = process.argv[3];
    if (!label) {
      console.error('Usage: peer-support-server revoke-staff-token LABEL');
      await database.close();
      return 2;
    }
    const revoked = await revokeStaffTokens(database.db, label);
    await database.close();
    log('staff-tokens-revoked', { revoked });
    return revoked ? 0 : 1;
  }
  if (command === 'import-groups') {
    const source = process.argv[3];
    if (!source) {
      console.error('Usage: peer-support-server import-groups FILE|URL');
      await database.close();
      return 2;
    }
    const report = await importGroups(database.db, source, config.timeZone);
    await database.close();
    log('groups-imported', { imported: report.imported, skipped: report.skipped.length });
    for (const reason of report.skipped.slice(0, 20)) console.error(`skipped ${reason}`);
    return 0;
  }
  if (command === 'purge') {
    if (config.retention.checkInDays === undefined && config.retention.commentDays === undefined) {
      console.error(
        'No retention period is set (RETENTION_CHECK_IN_DAYS, RETENTION_COMMENT_DAYS): comments and check-ins ' +
          'are kept; only expired retry records and rate-limit counters are deleted.',
      );
    }
    await purge(database.db, config.retention);
    await database.close();
    return 0;
  }
  await syncEnvironmentStaffToken(database.db, config.staffToken);
  if (process.env.DEMO_SEED === '1') await seedDemo(database.db, config.timeZone);
  const app = createApp(config, database, {
    staticDir: process.env.STATIC_DIR,
    contentSecurityPolicy: process.env.STATIC_CSP,
  });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: process.env.HOST ?? '0.0.0.0' }, (info) =>
    log('listening', { port: info.port, dialect: database.dialect }),
  );
  // Every instance purges on its own schedule: the deletes are idempotent, so several at once do no harm.
  const purgeNow = () =>
    purge(database.db, config.retention).catch((error: unknown) =>
      // The kind of failure only: a database message can quote the rows it was working on.
      log('purge-failed', { error: error instanceof Error ? error.name : 'unknown' }, 'error'),
    );
  const purgeTimer = setInterval(purgeNow, PURGE_EVERY_MS);
  void purgeNow();
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      log('stopping', { signal });
      clearInterval(purgeTimer);
      server.close(() => resolve());
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  await database.close();
  return 0;
}

main(process.argv[2]).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exitCode = 1;
  },
);
