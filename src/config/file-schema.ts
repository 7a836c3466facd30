import { z } from 'zod';
import { DEFAULT_MAX_RESPONSE_BYTES } from '../http/capped-fetch.js';
import { redactUrl } from './redact-url.js';
import { LOG_LEVELS } from './types.js';
import { GCP_PROJECT_ID, S1_ID } from './provider-ids.js';

const HOST_PORT = /^(?:\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/;

/** True for an absolute http: or https: URL. */
function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** True for `host:port` with a port in 1–65535. */
export function isHostPort(value: string): boolean {
  const port = HOST_PORT.exec(value)?.[1];
  return port !== undefined && Number(port) >= 1 && Number(port) <= 65535;
}

/**
 * Default scope syncs (and session activities) at once per worker. Each scope in flight can hold a page of
 * objects (~5–7 MB of RSS per slot on a zero-latency emulator), but with 200 ms per Google call 8 slots took 2×
 * as long as 20 (docs/benchmark.md): 20 keeps real, latency-bound syncs fast; lower it to trade speed for memory.
 */
export const DEFAULT_MAX_CONCURRENT_ACTIVITIES = 20;

/** Listing pages in hand per worker: a few pages being written keep two cores busy; more only hold memory. */
export const DEFAULT_PAGES_IN_HAND = 6;

const text = z.string({ error: 'must be a string' }).trim().min(1, { error: 'must not be empty' });

const httpUrl = text.refine(isHttpUrl, {
  error: (iss) =>
    `must be an http(s) URL like http://127.0.0.1:8085, got ${JSON.stringify(redactUrl(String(iss.input)))}`,
});

function wholeNumber(fallback: number, min: number, max = Number.MAX_SAFE_INTEGER) {
  const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `between ${min} and ${max}`;
  const number = z
    .number({ error: (iss) => `must be a whole number ${range}, got ${JSON.stringify(iss.input)}` })
    .int({ error: `must be a whole number ${range}` })
    .min(min, { error: `must be ${range}` })
    .max(max, { error: `must be ${range}` });
  return z
    .preprocess((v) => (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v), number)
    .default(fallback);
}

const flag = z
  .preprocess(
    (v) =>
      typeof v === 'string' ? (({ true: true, false: false } as Record<string, boolean>)[v.trim()] ?? v) : v,
    z.boolean({ error: (iss) => `must be true or false, got ${JSON.stringify(iss.input)}` }),
  )
  .default(false);

function fraction(fallback: number) {
  const number = z
    .number({ error: (iss) => `must be a number between 0 and 1, got ${JSON.stringify(iss.input)}` })
    .min(0, { error: 'must be between 0 and 1' })
    .max(1, { error: 'must be between 0 and 1' });
  return z
    .preprocess((v) => (typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v), number)
    .default(fallback);
}

const databaseUrl = text.refine(
  (v) => /^pglite:\/\/.+/.test(v) || (/^postgres(ql)?:\/\//.test(v) && URL.canParse(v)),
  { error: 'must be postgres://…, postgresql://…, pglite://<dir> or pglite://memory' },
);

/** A raw Vault section (gcp.credentials.vault, s1.vault): every field optional, checked by `resolveVault`. */
const vaultSchema = z.strictObject({
  address: httpUrl.optional(),
  namespace: text.optional(),
  mount: text.optional(),
  path: text.optional(),
  field: text.optional(),
  token: text.optional(),
  roleId: text.optional(),
  secretId: text.optional(),
  authMount: text.optional(),
});

/** The YAML file's shape (after environment overrides), except `gcp.credentials`; unknown keys are errors. */
export const fileSchema = z.strictObject({
  temporal: z
    .strictObject({
      address: text
        .refine(isHostPort, { error: (iss) => `must be host:port, got ${JSON.stringify(iss.input)}` })
        .optional(),
      namespace: text.optional(),
      profile: text.optional(),
      configFile: text.optional(),
      taskQueue: text.default('hotpot-ingest-gcp'),
      uiUrl: httpUrl.optional(),
    })
    .prefault({}),
  database: z
    .strictObject({
      url: databaseUrl.default('pglite://.hotpot/data'),
      connectTimeoutMs: wholeNumber(10_000, 100),
      statementTimeoutMs: wholeNumber(300_000, 1000),
    })
    .prefault({}),
  gcp: z
    .strictObject({
      endpoint: httpUrl.optional(),
      allowInsecureEndpoint: flag,
      projects: z
        .array(
          text.regex(GCP_PROJECT_ID, {
            error: (iss) =>
              `${JSON.stringify(iss.input)} is not a GCP project id (6-30 lowercase letters, digits, hyphens; starts with a letter)`,
          }),
          { error: 'must be a list of project ids' },
        )
        .default([]),
      credentials: z.unknown().optional(),
      requestsPerMinute: wholeNumber(1200, 1),
      pageSize: wholeNumber(500, 1, 500),
      maxResponseBytes: wholeNumber(DEFAULT_MAX_RESPONSE_BYTES, 65_536),
      discovery: z
        .strictObject({
          parents: z
            .array(
              text.regex(/^(organizations|folders)\/\d+$/, {
                error: (iss) => `${JSON.stringify(iss.input)} is not organizations/N or folders/N`,
              }),
              { error: 'must be a list of organizations/N or folders/N' },
            )
            .default([]),
          include: z.array(text, { error: 'must be a list of glob patterns' }).default([]),
          exclude: z.array(text, { error: 'must be a list of glob patterns' }).default([]),
          labels: z.string({ error: 'must be a label selector such as env=prod,team' }).trim().default(''),
          requestsPerMinute: wholeNumber(300, 1),
        })
        .prefault({}),
      feeds: z
        .strictObject({
          subscriptions: z
            .array(
              text.regex(/^projects\/[^/]+\/subscriptions\/[^/]+$/, {
                error: (iss) => `${JSON.stringify(iss.input)} is not projects/P/subscriptions/S`,
              }),
              { error: 'must be a list of projects/P/subscriptions/S' },
            )
            .default([]),
          maxOutstanding: wholeNumber(200, 1),
          maxEventAgeSeconds: wholeNumber(6 * 24 * 3600, 1),
          holeGraceSeconds: wholeNumber(30, 1),
        })
        .prefault({}),
    })
    .prefault({}),
  s1: z
    .strictObject({
      endpoint: httpUrl.optional(),
      console: text.optional(),
      allowInsecureEndpoint: flag,
      accountIds: z
        .array(
          text.regex(S1_ID, {
            error: (iss) => `${JSON.stringify(iss.input)} is not a SentinelOne account id (a decimal number)`,
          }),
          { error: 'must be a list of account ids' },
        )
        .default([]),
      taskQueue: text.default('hotpot-ingest-s1'),
      pageSize: wholeNumber(1000, 1, 1000),
      requestsPerMinute: wholeNumber(600, 1),
      maxResponseBytes: wholeNumber(DEFAULT_MAX_RESPONSE_BYTES, 65_536),
      token: text.optional(),
      tokenFile: text.optional(),
      vault: vaultSchema.optional(),
    })
    .optional(),
  worker: z
    .strictObject({
      maxConcurrentSessions: wholeNumber(10, 1),
      maxConcurrentActivities: wholeNumber(DEFAULT_MAX_CONCURRENT_ACTIVITIES, 1),
      pagesInHand: wholeNumber(DEFAULT_PAGES_IN_HAND, 1),
      inventoryConcurrency: wholeNumber(10, 1),
      skipKinds: z.array(text, { error: 'must be a list of kind names' }).default([]),
      metricsPort: wholeNumber(0, 0, 65535),
      metricsHost: text.default('127.0.0.1'),
      drainTimeoutMs: wholeNumber(30_000, 1000),
      tracing: z
        .strictObject({
          exporter: z.enum(['none', 'otlp'], { error: 'must be none or otlp' }).default('none'),
          endpoint: httpUrl.optional(),
          tracesEndpoint: httpUrl.optional(),
          serviceName: text.default('hotpot-worker'),
          sdkDisabled: flag,
        })
        .prefault({}),
    })
    .prefault({}),
  deletion: z
    .strictObject({
      maxShare: fraction(0.5),
      minRows: wholeNumber(20, 0),
    })
    .prefault({}),
  console: z.strictObject({ token: text.optional(), tokenFile: text.optional() }).prefault({}),
  log: z
    .strictObject({
      level: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
      format: z.enum(['text', 'json'], { error: 'must be text or json' }).default('text'),
    })
    .prefault({}),
});

/** The raw `gcp.credentials` section: every field optional, resolved to one source by `resolveCredentials`. */
export const credentialsSchema = z
  .strictObject({
    source: text.optional(),
    keyFile: text.optional(),
    json: text.optional(),
    vault: vaultSchema.optional(),
  })
  .optional();

/** The raw credentials section after validation. */
export type RawCredentials = NonNullable<z.infer<typeof credentialsSchema>>;
