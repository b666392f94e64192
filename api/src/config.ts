import { resolve } from 'node:path';
import { z } from 'zod';

const databaseUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (
        (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== ''
      );
    } catch {
      return false;
    }
  }, 'must be a URL like postgres://user:password@host:5432/database');

function wholeNumber(min: number, max: number) {
  const error = `must be a whole number from ${min} to ${max}`;
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error });
}

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: wholeNumber(0, 65535).default(3000),
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  DATABASE_URL: databaseUrl.optional(),
  DATA_DIR: z.string().trim().min(1).default('.data'),
  DATABASE_POOL_SIZE: wholeNumber(1, 100).default(10),
  SEED_DEMO: z.enum(['auto', 'true', 'false']).default('auto'),
  WEB_DIST: z.string().trim().min(1).optional(),
  APP_URL: z
    .url({ error: 'must be the public URL of the platform, e.g. https://knooppunt.example' })
    .optional(),
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: 'must be a URL like smtp://user:password@host:587' })
    .optional(),
  MAIL_FROM: z.string().trim().min(3).default('Knooppunt <no-reply@knooppunt.example>'),
  SESSION_DAYS: wholeNumber(1, 365).default(14),
  AUTH_RATE_LIMIT: wholeNumber(1, 100_000).default(10),
  AUTH_RATE_WINDOW_SECONDS: wholeNumber(1, 86_400).default(900),
  RATE_LIMIT_PER_MINUTE: wholeNumber(1, 1_000_000).default(600),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  JOBS_WORKER: z.enum(['on', 'off']).default('on'),
  JOBS_POLL_INTERVAL_MS: wholeNumber(50, 60_000).default(1_000),
});

export interface AppConfig {
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly port: number;
  readonly host: string;
  /** A real PostgreSQL server; undefined means the embedded database. */
  readonly databaseUrl?: string;
  /** Where the embedded database keeps its files (absolute). */
  readonly dataDir: string;
  readonly databasePoolSize: number;
  readonly seedDemo: 'auto' | 'true' | 'false';
  /** The built web app (absolute). */
  readonly webDist: string;
  readonly logLevel: string;
  /** Public base URL, for links in mails. */
  readonly appUrl: string;
  /** SMTP server; undefined writes mails to the log (and the outbox admins read). */
  readonly smtpUrl?: string;
  readonly mailFrom: string;
  readonly sessionDays: number;
  /** Attempts per window on login, registration, verification and reset, per client address. */
  readonly authRateLimit: number;
  readonly authRateWindowSeconds: number;
  /** GraphQL requests per minute per client address. */
  readonly rateLimitPerMinute: number;
  /** Whether this process runs background jobs (matching rounds); off = it only queues them. */
  readonly jobsWorker: boolean;
  /** How often an idle worker looks for queued jobs. */
  readonly jobsPollIntervalMs: number;
}

export class ConfigError extends Error {}

/** Reads and validates the environment; throws a ConfigError with one line per bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // Empty strings count as unset, as in most shells' `VAR= cmd`.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const values = parsed.data;
  return {
    nodeEnv: values.NODE_ENV,
    port: values.PORT,
    host: values.HOST,
    databaseUrl: values.DATABASE_URL,
    dataDir: resolve(values.DATA_DIR),
    databasePoolSize: values.DATABASE_POOL_SIZE,
    seedDemo: values.SEED_DEMO,
    // The bundle lives in dist/api/main.js, the web app beside it in dist/web/browser.
    webDist: values.WEB_DIST ? resolve(values.WEB_DIST) : resolve(__dirname, '../web/browser'),
    logLevel: values.LOG_LEVEL,
    appUrl: (values.APP_URL ?? `http://localhost:${values.PORT}`).replace(/\/$/, ''),
    smtpUrl: values.SMTP_URL,
    mailFrom: values.MAIL_FROM,
    sessionDays: values.SESSION_DAYS,
    authRateLimit: values.AUTH_RATE_LIMIT,
    authRateWindowSeconds: values.AUTH_RATE_WINDOW_SECONDS,
    rateLimitPerMinute: values.RATE_LIMIT_PER_MINUTE,
    jobsWorker: values.JOBS_WORKER === 'on',
    jobsPollIntervalMs: values.JOBS_POLL_INTERVAL_MS,
  };
}
