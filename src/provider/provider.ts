import type { ConfigProblem } from '../config/config-error.js';
import type { ConfigService, HotpotConfig } from '../config/types.js';
import type { Store } from '../store/open-store.js';
import type { KindNames } from './kind.js';
import type { PacedCaller, ResourceDefinition } from './resource.js';
import type { CallerOptions } from './retrying-caller.js';

/** The configuration a worker process runs with; each provider reads its own section. */
export type WorkerConfig = Pick<HotpotConfig, 'temporal' | 'gcp' | 'worker' | 'deletion'> &
  Partial<Pick<HotpotConfig, 's1' | 'sections' | 'baseDir' | 'vault'>>;

/** A Temporal activity as a worker registers it. */
export type ProviderActivity = (...args: never[]) => Promise<unknown>;

/** A session's client: one per session, closed when the session ends. */
export interface SessionClient {
  close(): Promise<void>;
}

/** A provider on one worker, as the configuration sets it up. */
export interface ProviderSetup<S extends SessionClient = SessionClient> {
  /** Its main queue (workflows, run records); sessions use `<taskQueue>@<process>` and its creation queue. */
  taskQueue: string;
  /** Calls per minute per scope: one token bucket per scope. */
  requestsPerMinute: number;
  pageSize: number;
  /** The scopes a config-listed inventory pages through (ListProjects on the main queue). */
  configuredScopes: readonly string[];
  /** A session's client, from credentials read now (so rotations are picked up). */
  createClient(credentials: ConfigService): Promise<S>;
  /** Activities the provider adds on its main queue (GCP: discovery). */
  mainQueueActivities?: Record<string, ProviderActivity>;
}

/**
 * A provider as data: everything the one worker builder and the one set of scope activities need to serve it.
 * Adding a provider is a folder exporting one of these and a line in the worker's provider registry.
 */
export interface Provider<S extends SessionClient = SessionClient, A extends PacedCaller = PacedCaller> {
  /** Its `--provider` name: `gcp`, `s1`. */
  name: string;
  /** Its workflow-safe kind names. */
  kinds: readonly KindNames[];
  /** Its resource declarations, in the kinds' order. */
  resources: readonly ResourceDefinition<unknown, never, A>[];
  /** Failure types retrying cannot fix: the scope stops at once. */
  permanentFailures: readonly string[];
  /** The activity that syncs several kinds of one scope in one call, when its workflows use one. */
  kindsActivity?: string;
  /** What the configuration needs before `--provider <name>` can run (said when it is missing). */
  howToConfigure: string;
  /** The client a declaration's list and get receive, from the session's client (a provider may hold several). */
  resourceClient(session: S, resource: ResourceDefinition<unknown, never, A>): unknown;
  /** The paced, retrying caller of one scope's calls. */
  createCaller(options: CallerOptions): A;
  /**
   * The top-level config key it owns (`fortinet`): the core config keeps that section raw in `config.sections`,
   * and the provider checks and parses it. Absent for the providers whose sections the core config knows (gcp, s1).
   */
  configSection?: string;
  /** Problems of its config section, each naming its full key; `hotpot config check` and worker start report them. */
  checkConfig?(config: WorkerConfig): ConfigProblem[];
  /** Where `hotpot ingest <name>` sends a run (its queue) and the scopes its config names (the default scopes). */
  inventoryTarget?(config: WorkerConfig): { taskQueue: string; scopes: string[] };
  /**
   * Scopes found at run time beyond `inventoryTarget`'s (Fortinet devices with `vdoms: all` list their VDOMs), with
   * the secrets read now; `accepts` says which unlisted scopes `--scope` may still name. Throws naming what failed.
   */
  discoverScopes?(
    config: WorkerConfig,
    credentials: ConfigService,
  ): Promise<{ scopes: string[]; accepts(scope: string): boolean }>;
  /** Activity names run together, wave after wave, by ProviderInventoryWorkflow; default: each kind alone, in order. */
  kindWaves?: readonly (readonly string[])[];
  /** Whether the configuration sets it up (a worker serves the configured providers unless told otherwise). */
  configured(config: WorkerConfig): boolean;
  /** Its part of a worker with this configuration; throws a ConfigError naming the key when it is not configured. */
  setup(config: WorkerConfig, deps: { store: Store; configService: ConfigService }): ProviderSetup<S>;
}
