import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Max, Min, MinLength, validateSync } from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());

/**
 * Every setting Jixiao reads, validated once at boot. Nothing else in the code reads `process.env`.
 * The README's configuration table lists these names; keep both in step.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** Largest JSON request body, in bytes (default 1 MiB): a larger one is refused with 413 before it is parsed. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(64 * 1024 * 1024)
  JSON_BODY_MAX_BYTES = 1024 * 1024;

  /** PostgreSQL connection string. Unset: an embedded PostgreSQL is started under EMBEDDED_PG_DIR. */
  @IsOptional()
  @IsString()
  DATABASE_URL?: string;

  /**
   * A statement running longer is cancelled (PostgreSQL statement_timeout; 0 = no limit). Bulk writes —
   * an import's write, a year's rescore — raise it for their own transaction to DATABASE_BULK_STATEMENT_TIMEOUT_MS.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  DATABASE_STATEMENT_TIMEOUT_MS = 30_000;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  DATABASE_BULK_STATEMENT_TIMEOUT_MS = 600_000;

  /**
   * A connection left idle inside a transaction this long is closed by PostgreSQL
   * (idle_in_transaction_session_timeout; 0 = never): a write path that forgot to roll back cannot
   * hold a pooled connection for good.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000;

  @IsString()
  EMBEDDED_PG_DIR = '.data/postgres';

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  /** Redis for BullMQ queues (reminders). The API keeps serving without it; health reports it down. */
  @IsUrl({ require_tld: false, protocols: ['redis', 'rediss'] })
  REDIS_URL = 'redis://127.0.0.1:6379';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Append the logs to this file (its folder is created) instead of writing them to stdout. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  LOG_FILE?: string;

  /** Key prefix of the BullMQ queues in Redis (tests use one per suite). */
  @IsString()
  @MinLength(1)
  REMINDER_QUEUE_PREFIX = 'jixiao';

  /** Time zone of the sweep and of calendars saved without their own (日历按北京时间). */
  @IsString()
  REMINDER_TIME_ZONE = 'Asia/Shanghai';

  /** When each department calendar is checked (cron, in REMINDER_TIME_ZONE): daily at 08:00. */
  @IsString()
  REMINDER_CALENDAR_CRON = '0 8 * * *';

  /** When new submissions and flags are swept for missed events (cron). */
  @IsString()
  REMINDER_SWEEP_CRON = '*/5 * * * *';

  /** When every department's flags are recomputed, as time progress (序时进度) moves (cron): just after midnight. */
  @IsString()
  REMINDER_FLAGS_REFRESH_CRON = '15 0 * * *';

  /** How far back a sweep looks for submissions and flags, in hours. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  REMINDER_SWEEP_LOOKBACK_HOURS = 72;

  /** Attempts of a reminder job (exponential backoff from REMINDER_BACKOFF_MS). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  REMINDER_JOB_ATTEMPTS = 6;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  REMINDER_BACKOFF_MS = 2000;

  /** Jobs one worker process runs at a time. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  REMINDER_WORKER_CONCURRENCY = 20;

  /** A job whose worker stops renewing its lock this long is handed to another worker (stalled). */
  @Transform(toInt)
  @IsInt()
  @Min(500)
  REMINDER_LOCK_MS = 30_000;

  /** A send claimed this long ago and never marked sent is presumed lost and may be sent again. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  REMINDER_SEND_LEASE_SECONDS = 300;

  /** An API request that enqueues a job gives up after this long when Redis does not answer. */
  @Transform(toInt)
  @IsInt()
  @Min(50)
  QUEUE_ENQUEUE_TIMEOUT_MS = 1000;

  /** SMTP server for e-mail reminders, e.g. smtp://user:pass@mail.example.gov.cn:587; unset: e-mail off. */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['smtp', 'smtps'] })
  SMTP_URL?: string;

  @IsString()
  SMTP_FROM = 'Jixiao 绩效 <noreply@jixiao.local>';

  /** Webhook reminders (WeCom/DingTalk robots): off, or allowed only to these hosts (comma-separated; empty: any public address). */
  @Transform(toBool)
  @IsBoolean()
  WEBHOOK_ENABLED = true;

  @IsString()
  WEBHOOK_ALLOWED_HOSTS = '';

  @Transform(toInt)
  @IsInt()
  @Min(100)
  WEBHOOK_TIMEOUT_MS = 5000;

  /** Bull Board queue dashboard at /api/admin/queues (admins only). */
  @Transform(toBool)
  @IsBoolean()
  BULL_BOARD_ENABLED = true;

  /** Upload limit of every upload route (imports of targets, execution records, self-evaluations), in bytes (default 50 MB). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  IMPORT_MAX_BYTES = 50 * 1024 * 1024;

  /** What an uploaded .xlsx may inflate to, all its parts together, counted while inflating (default 100 MB). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  IMPORT_MAX_INFLATED_BYTES = 100 * 1024 * 1024;

  /** Inflated bytes per compressed byte of one part of an .xlsx, past its first MiB (a zip bomb is far above). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  IMPORT_MAX_COMPRESSION_RATIO = 100;

  /** Rows of an uploaded worksheet or CSV file. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  IMPORT_MAX_ROWS = 100_000;

  /** Characters of one CSV record. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  IMPORT_MAX_LINE_CHARS = 65_536;

  /** The web app's production build (`npm run build:web`), served at `/`; relative to the working directory. */
  @IsString()
  @MinLength(1)
  WEB_DIR = 'dist/web';

  /** Comma-separated allowed CORS origins; empty disables CORS. */
  @IsString()
  CORS_ORIGINS = '';

  /** Run pending migrations when the API starts (the container entrypoint runs them explicitly instead). */
  @Transform(toBool)
  @IsBoolean()
  MIGRATIONS_RUN = true;

  /**
   * Signs access tokens (≥ 32 characters). Required in production; in development and test an
   * unset secret is replaced by a random one at boot (tokens then die with the process).
   */
  @IsOptional()
  @IsString()
  @MinLength(32)
  JWT_SECRET?: string;

  /** Access tokens are short-lived: the client refreshes them with its refresh token. */
  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(3600)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  /** Absolute lifetime of a login session (its refresh tokens), in hours. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  REFRESH_TOKEN_TTL_HOURS = 12;

  /** A session unused this long ends: requests and refreshes are refused (等保 idle timeout). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  IDLE_TIMEOUT_MINUTES = 30;

  /** Password expiry; after it the next login must change the password. 0 disables expiry. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  PASSWORD_MAX_AGE_DAYS = 90;

  /** Consecutive failed logins that lock an account, and for how long. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOCKOUT_THRESHOLD = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOCKOUT_MINUTES = 30;

  /** Login attempts allowed per client address and username in LOGIN_RATE_WINDOW_SECONDS. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_RATE_LIMIT = 10;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_RATE_WINDOW_SECONDS = 60;

  /**
   * Where login attempts are counted: `redis` (REDIS_URL, shared by every API replica; while Redis is
   * away each process counts for itself) or `memory` (this process only: one API, and the test suites).
   */
  @IsIn(['redis', 'memory'])
  LOGIN_RATE_STORE: 'redis' | 'memory' = 'redis';

  /** Prefix of the login rate-limit keys in Redis. */
  @IsString()
  LOGIN_RATE_KEY_PREFIX = 'jixiao:login-rate:';

  /** Audit entries are kept this many days (the law asks for at least six months). */
  @Transform(toInt)
  @IsInt()
  @Min(183)
  AUDIT_RETENTION_DAYS = 183;
}

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigValidationError';
  }
}

/** Settings without a default: absent from `new AppConfig()`'s keys. */
const OPTIONAL_KEYS = ['DATABASE_URL', 'JWT_SECRET', 'SMTP_URL', 'LOG_FILE'];

/** Defaults a command sets before its app boots (the demo logs to a file); the environment still wins. */
const commandDefaults: Partial<Record<keyof AppConfig, string>> = {};

export function setCommandDefaults(defaults: Partial<Record<keyof AppConfig, string>>): void {
  Object.assign(commandDefaults, defaults);
}

/** Reads and validates the environment (over the command's defaults); throws naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = { ...commandDefaults, ...process.env }): AppConfig {
  const known = Object.keys(new AppConfig());
  const raw = Object.fromEntries(Object.entries(env).filter(([key]) => known.includes(key) || OPTIONAL_KEYS.includes(key)));
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: true });
  const problems = errors.map(
    (e) => `${e.property}=${JSON.stringify(raw[e.property])}: ${Object.values(e.constraints ?? {}).join('; ')}`,
  );
  if (config.NODE_ENV === 'production' && !config.JWT_SECRET) problems.push('JWT_SECRET: required in production');
  if (problems.length > 0) throw new ConfigValidationError(problems);
  return config;
}
