import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseCrisisResources } from '../../src/api/crisis-resources.js';
import { isValidTimeZone } from '../../src/api/time-zone.js';
import type { CrisisResource } from '../../src/api/types.js';
import type { RetentionPeriods } from './retention.js';

/** Everything the server is told by its operator: environment variables, optionally a JSON file. */
export interface ServerConfig {
  port: number;
  /** `sqlite:<path>` (default `sqlite:./data/peer-support.sqlite`) or `postgres://…`. */
  databaseUrl: string;
  /** Origins allowed to call the API from a browser (CORS). Empty: none. */
  allowedOrigins: string[];
  /** A staff token to accept (stored only as a hash in the database at start-up). */
  staffToken?: string;
  clinicName: string;
  timeZone: string;
  /** The clinic's country (ISO 3166-1 alpha-2): whose shipped crisis lines to give when a widget names none. */
  region: string;
  /** The clinic's own crisis lines, validated like any other untrusted input. */
  crisisResources: CrisisResource[];
  moderation: 'all' | 'first-time' | 'risk';
  editWindowMinutes: number;
  /**
   * How many reverse proxies stand in front of the server and append to X-Forwarded-For. 0 (default): the
   * socket's address is the visitor's. Rate limits and duplicate checks key on this address.
   */
  trustProxy: number;
  /** Days after which check-ins and comments are deleted (RETENTION_*_DAYS); unset keeps them. */
  retention: RetentionPeriods;
}

/** An origin as browsers send it: scheme, host and port, nothing else. */
const origin = z.string().refine((value) => {
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
}, 'an origin is scheme://host[:port] with no path or trailing slash, e.g. https://clinic.example');

/** A retention period: whole days, at least one, at most a century. */
const days = z.number().int().min(1).max(36_500);

const fileSchema = z
  .object({
    port: z.number().int().min(1).max(65535),
    databaseUrl: z.string().min(1),
    allowedOrigins: z.array(origin),
    staffToken: z.string().min(24),
    clinicName: z.string().min(1).max(120),
    timeZone: z.string().refine(isValidTimeZone, 'not an IANA time zone'),
    region: z.string().regex(/^[A-Za-z]{2}$/, 'a two-letter country code such as US or CA'),
    crisisResources: z.array(z.unknown()),
    moderation: z.enum(['all', 'first-time', 'risk']),
    editWindowMinutes: z
      .number()
      .int()
      .min(0)
      .max(24 * 60),
    trustProxy: z.number().int().min(0).max(10),
    retentionCheckInDays: days,
    retentionCommentDays: days,
  })
  .partial()
  .strict();

export class ConfigError extends Error {}

function fromEnvironment(env: NodeJS.ProcessEnv): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const json = (name: string) => {
    try {
      return JSON.parse(env[name]!);
    } catch {
      throw new ConfigError(`${name} is not valid JSON.`);
    }
  };
  if (env.PORT) values.port = Number(env.PORT);
  if (env.DATABASE_URL) values.databaseUrl = env.DATABASE_URL;
  if (env.ALLOWED_ORIGINS)
    values.allowedOrigins = env.ALLOWED_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean);
  if (env.STAFF_TOKEN) values.staffToken = env.STAFF_TOKEN;
  if (env.CLINIC_NAME) values.clinicName = env.CLINIC_NAME;
  if (env.CLINIC_TIMEZONE) values.timeZone = env.CLINIC_TIMEZONE;
  if (env.CLINIC_REGION) values.region = env.CLINIC_REGION;
  if (env.CRISIS_RESOURCES) values.crisisResources = json('CRISIS_RESOURCES');
  if (env.MODERATION_MODE) values.moderation = env.MODERATION_MODE;
  if (env.EDIT_WINDOW_MINUTES) values.editWindowMinutes = Number(env.EDIT_WINDOW_MINUTES);
  if (env.TRUST_PROXY) values.trustProxy = Number(env.TRUST_PROXY);
  if (env.RETENTION_CHECK_IN_DAYS) values.retentionCheckInDays = Number(env.RETENTION_CHECK_IN_DAYS);
  if (env.RETENTION_COMMENT_DAYS) values.retentionCommentDays = Number(env.RETENTION_COMMENT_DAYS);
  return values;
}

/**
 * The configuration from a JSON file (PEER_SUPPORT_CONFIG, optional) overlaid by environment variables.
 * Anything malformed stops the server with a message that names the setting.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  let fromFile: Record<string, unknown> = {};
  const file = env.PEER_SUPPORT_CONFIG;
  if (file) {
    if (!existsSync(file)) throw new ConfigError(`PEER_SUPPORT_CONFIG names ${file}, which does not exist.`);
    try {
      fromFile = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      throw new ConfigError(`${file} is not valid JSON.`);
    }
  }
  const parsed = fileSchema.safeParse({ ...fromFile, ...fromEnvironment(env) });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'config'}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const values = parsed.data;
  const crisisResources = parseCrisisResources(values.crisisResources ?? []);
  if (values.crisisResources && crisisResources.length !== values.crisisResources.length) {
    throw new ConfigError('crisisResources: some entries are not valid crisis lines (see docs/crisis-banner.md).');
  }
  return {
    port: values.port ?? 8787,
    databaseUrl: values.databaseUrl ?? 'sqlite:./data/peer-support.sqlite',
    allowedOrigins: values.allowedOrigins ?? [],
    staffToken: values.staffToken,
    clinicName: values.clinicName ?? 'Peer Support',
    timeZone: values.timeZone ?? 'UTC',
    region: (values.region ?? 'US').toUpperCase(),
    crisisResources,
    moderation: values.moderation ?? 'risk',
    editWindowMinutes: values.editWindowMinutes ?? 15,
    trustProxy: values.trustProxy ?? 0,
    retention: { checkInDays: values.retentionCheckInDays, commentDays: values.retentionCommentDays },
  };
}
