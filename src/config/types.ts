import type { Secret } from './secret.js';
import type { SecretSource, VaultConnection } from './secret-source.js';

export type { Secret } from './secret.js';

/** Log levels, most verbose first. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

/** A log level. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The whole configuration, loaded once by `loadConfig` and deep-frozen. Secret fields are `Secret` (print as `<redacted>`). */
export interface HotpotConfig {
  temporal: {
    /** host:port of the Temporal frontend. */
    address: string;
    namespace: string;
    taskQueue: string;
    uiUrl?: string;
    /** The Temporal CLI profile in use (`TEMPORAL_PROFILE`), when one was named. */
    profile?: string;
    /** The Temporal CLI's config file (`TEMPORAL_CONFIG_FILE`), when one was named. */
    configFile?: string;
    /** TLS to the frontend; absent = plain gRPC, or TLS with system roots when an API key is set. */
    tls?: TemporalTls;
    /** Temporal Cloud API key (`TEMPORAL_API_KEY`), sent as a bearer token over TLS. */
    apiKey?: Secret;
    /** Extra gRPC headers (`TEMPORAL_GRPC_META_*`), treated as secrets. */
    grpcMeta?: Record<string, Secret>;
  };
  database: {
    /** `postgres://…`, `postgresql://…`, `pglite://memory` or `pglite://<absolute dir>` (relative dirs are resolved at load). */
    url: string;
    /** PostgreSQL: longest wait for a connection (new or from the pool) before an error. */
    connectTimeoutMs: number;
    /** PostgreSQL: longest a statement may run before the server cancels it. */
    statementTimeoutMs: number;
  };
  gcp: {
    /** API root URL override, e.g. the emulator. */
    endpoint?: string;
    /** Allows credentials other than `none` over a plain-http endpoint; off (the default) when absent. */
    allowInsecureEndpoint?: boolean;
    projects: string[];
    credentials: GcpCredentialSource;
    /** Per project. */
    requestsPerMinute: number;
    pageSize: number;
    /** Largest response body accepted from Google, in bytes; a larger one fails its scope as malformed. */
    maxResponseBytes?: number;
    /** Project discovery under organizations/folders; used when `parents` is not empty; absent = none. */
    discovery?: {
      parents: string[];
      /** Glob patterns on project ids. */
      include: string[];
      exclude: string[];
      /** A label selector such as `env=prod,team`; empty selects all. */
      labels: string;
      /** One bucket for Resource Manager and Service Usage calls. */
      requestsPerMinute: number;
    };
    /** Cloud Asset feed subscriptions `hotpot listen` applies between full syncs; absent or empty = none. */
    feeds?: {
      /** `projects/P/subscriptions/S`, each fed by a Cloud Asset feed's topic. */
      subscriptions: string[];
      /** Messages held unacknowledged at once per subscription (flow control). */
      maxOutstanding: number;
      /** An event older than this (or a project silent longer) is a gap: its project is synced in full. */
      maxEventAgeSeconds: number;
      /** How long an event missing from a resource's chain (its successor's prior asset) may be late before it is a gap. */
      holeGraceSeconds: number;
    };
  };
  worker: {
    maxConcurrentSessions: number;
    maxConcurrentActivities: number;
    /** Listing pages in hand (arrived, not yet written) at once over the worker's scope syncs; default 6. */
    pagesInHand?: number;
    /** Child workflows in flight at once. */
    inventoryConcurrency: number;
    /**
     * Kinds (plurals, as `hotpot inventory` names them) this worker does not read: each of their scopes is recorded
     * `skipped`, and their stored rows stay as they were, neither refreshed nor deleted.
     */
    skipKinds?: string[];
    /** Port of the Prometheus `/metrics` endpoint of `hotpot worker`; 0 = none. */
    metricsPort: number;
    metricsHost: string;
    /** Longest a SIGTERM drain may take (stop polling, hand sessions back, settle activities) before the worker exits 1. */
    drainTimeoutMs: number;
    /** OpenTelemetry tracing of workflows and activities (OTel's standard `OTEL_*` variables); absent = off. */
    tracing?: TracingSettings;
  };
  /** A SentinelOne management console (Management API v2.1); absent when `s1.endpoint` is not set. */
  s1?: S1Config;
  /** The mass deletion guard: a run refuses to delete more than `maxShare` of a scope once over `minRows` rows. */
  deletion: { maxShare: number; minRows: number };
  /** `text`: one line per entry; `json`: pino JSON lines. */
  log: { level: LogLevel; format: 'text' | 'json' };
  /** The web console (`hotpot ui`, and the one `hotpot dev` starts): a bearer token it requires, if set. */
  console: { token?: Secret };
  /** Provider-owned top-level sections (`fortinet:`), raw and frozen: each provider checks and parses its own. */
  sections?: Readonly<Record<string, unknown>>;
  /** The directory relative paths in provider sections resolve against (where the config was loaded). */
  baseDir?: string;
  /** `gcp.credentials.vault`'s server and login, shared as the default of provider sections' Vault secrets. */
  vault?: VaultConnection;
}

/** Tracing settings as OTel's environment variables name them; traces are exported only when `exporter` is `otlp`. */
export interface TracingSettings {
  /** `OTEL_TRACES_EXPORTER`: `otlp` turns tracing on; Hotpot's default is `none`. */
  exporter: 'none' | 'otlp';
  /** `OTEL_EXPORTER_OTLP_ENDPOINT`: base URL, `/v1/traces` is appended. */
  endpoint?: string;
  /** `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`: the full traces URL, used as is (wins over `endpoint`). */
  tracesEndpoint?: string;
  /** `OTEL_SERVICE_NAME`: the `service.name` resource attribute. */
  serviceName: string;
  /** `OTEL_SDK_DISABLED=true` turns tracing off whatever else is set. */
  sdkDisabled: boolean;
}

/** A certificate or key: a file read when connecting (so a rotated file is used by the next connection) or inline PEM. */
export type TlsSource = { path: string } | { data: Secret };

/** TLS to the Temporal frontend: a server CA and name to verify it, and a client certificate + key for mTLS. */
export interface TemporalTls {
  serverName?: string;
  serverCaCert?: TlsSource;
  clientCert?: TlsSource;
  clientKey?: TlsSource;
}

/** One SentinelOne management console: where it is, whose token, how it is paged and paced. */
export interface S1Config {
  /** Console URL, e.g. `https://usea1-acme.sentinelone.net` (or the emulator). */
  endpoint: string;
  /** The console's name in the store (the scope id of its rows): `s1.console`, else the endpoint's host. */
  console: string;
  /** Allows the token over a plain-http endpoint (the emulator); off when absent. */
  allowInsecureEndpoint: boolean;
  /** Only these accounts' sites, groups and agents (`accountIds`); empty = everything the token sees. */
  accountIds: string[];
  /** The S1 task queue (`hotpot-ingest-s1`). */
  taskQueue: string;
  /** `limit` per page, at most 1000. */
  pageSize: number;
  requestsPerMinute: number;
  /** Largest response body accepted from the console, in bytes; a larger one fails its scope as malformed. */
  maxResponseBytes?: number;
  token: S1TokenSource;
}

/** Where the S1 API token comes from; read afresh each time a session starts. */
export type S1TokenSource =
  | { source: 'inline'; token: Secret }
  | { source: 'file'; path: string }
  | Extract<GcpCredentialSource, { source: 'vault' }>;

/** How Vault authenticates: a token, or an AppRole login (role id + secret id) at auth mount `mount`. */
export type VaultAuth =
  | { method: 'token'; token: Secret }
  | { method: 'approle'; roleId: string; secretId: Secret; mount: string };

/** Where GCP credentials come from; read afresh each time a session starts. */
export type GcpCredentialSource =
  | { source: 'adc' }
  | { source: 'none' }
  | { source: 'keyFile'; path: string }
  | { source: 'inline'; json: Secret }
  | {
      source: 'vault';
      address: string;
      mount: string;
      path: string;
      field: string;
      namespace?: string;
      auth: VaultAuth;
    };

/** A parsed service-account key file (JSON); JSON.stringify and util.inspect of one redact `private_key`. */
export interface ServiceAccountKey {
  type: 'service_account';
  project_id?: string;
  private_key_id?: string;
  private_key: string;
  client_email: string;
  client_id?: string;
  token_uri?: string;
  [field: string]: unknown;
}

/** Credentials for one session: ADC, none (emulator), or a service-account key. */
export type GcpCredentials =
  | { kind: 'adc' }
  | { kind: 'none' }
  | { kind: 'serviceAccount'; key: ServiceAccountKey };

/** Hands out GCP credentials; call `getGcpCredentials` each time a session starts so rotations are picked up. */
export interface ConfigService {
  getGcpCredentials(): Promise<GcpCredentials>;
  /** The S1 API token, read afresh (file, Vault); throws a CredentialsError naming `s1.*` when none is configured. */
  getS1Token?(): Promise<Secret>;
  /** A provider's secret, read afresh (inline, env, file, Vault); a CredentialsError names `key` and never the value. */
  readSecret?(source: SecretSource, key: string): Promise<Secret>;
}
