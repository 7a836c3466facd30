/** Payload types of the ingestion workflows: small, plain JSON, never inventory rows. */
import type { Duration } from '@temporalio/common';
import type { ComputeActivityName, ComputePlural } from '../../gcp/compute/kinds.js';
import type { DiscoveryCounts, VanishedSummary } from '../../gcp/discovery/types.js';
import type { ServiceActivityName, ServicePlural } from '../../gcp/services/kinds.js';
import type { S1ActivityName } from '../../s1/kinds.js';

/** Counts of one resource kind in one scope. */
export interface ResourceCounts {
  listed: number;
  created: number;
  changed: number;
  unchanged: number;
  deleted: number;
  apiCalls: number;
  /** Locations the API could not reach: nothing was deleted there. */
  unreachable: string[];
  /** Items that could not be stored (recorded in ingest_rejected_items; previous versions kept). */
  rejected: number;
  /** Get calls that checked deletions. */
  confirmCalls: number;
  /** Missing resources not deleted: unconfirmed, or refused by the mass deletion guard. */
  held: number;
  heldReason?: string;
}

/** What an Ingest<Resource> activity takes. */
export interface IngestInput {
  /** The scope id (a GCP project, an S1 console, a FortiGate VDOM, a VNG project). */
  scope: string;
  /** The scope's name before it was `scope`: still sent, so that workers of the previous release read it. */
  projectId?: string;
  runId: string;
  /** The operator allows this run to exceed the mass deletion guard. */
  allowMassDeletion?: boolean;
}

/** What an Ingest<Resource> activity returns; `skipped`: the worker does not read this kind (`worker.skipKinds`). */
export interface IngestResult extends ResourceCounts {
  kind: string;
  plural: string;
  status: 'ok' | 'partial' | 'skipped';
}

/** The outcome of one scope: per-resource counts, or the error that stopped it. */
export interface ScopeResult {
  scope: string;
  status: 'ok' | 'partial' | 'failed';
  resources: Record<string, ResourceCounts>;
  error?: { type: string; message: string };
}

/** The outcome of one GCP project (ComputeWorkflow, GCPInventoryWorkflow): a scope's result under its GCP name. */
export interface ProjectResult extends Omit<ScopeResult, 'scope'> {
  projectId: string;
  /** Services beyond Compute not synced because Service Usage says they are disabled (not a failure). */
  skippedServices?: string[];
  /** Services beyond Compute whose workflow failed, with the error (the project is then `partial`). */
  failedServices?: { service: string; type: string; message: string }[];
}

/** What syncing one scope in a session takes (the workflow side of every provider). */
export interface ScopeInput {
  scope: string;
  /** The run this scope belongs to; a standalone start records its own run. */
  runId?: string;
  /** The operator allows this run to exceed the mass deletion guard (deletions still need confirmation). */
  allowMassDeletion?: boolean;
  /** Resource kinds ingested at once in the scope's session. Default 4. */
  kindConcurrency?: number;
  /** How soon a dead worker is noticed and the scope moves to another (the session holder's heartbeat timeout). Default 30 s. */
  sessionHeartbeatTimeout?: Duration;
  /** How long the scope may wait for a free session slot on some worker before it fails. Default 1 h. */
  sessionCreationTimeout?: Duration;
}

/** Input of ComputeWorkflow and InstanceWorkflow: a scope that is a GCP project (or an organization or folder node). */
export interface ComputeInput extends Omit<ScopeInput, 'scope'> {
  projectId: string;
}

/** Input of GcpServiceWorkflow: one Google service (`gke`, `sql`, `storage`, `iam`) of one project. */
export interface ServiceInput extends ComputeInput {
  service: string;
}

/** Input of GCPInventoryWorkflow; the `carry` fields are set only by continue-as-new. */
export interface InventoryInput {
  /** The operator allows every project of this run to exceed the mass deletion guard. */
  allowMassDeletion?: boolean;
  /** The projects, for lists up to MAX_INLINE_PROJECTS; larger estates use `projectSource`. */
  projectIds?: string[];
  /** `config`: the worker's `gcp.projects`, read page by page by an activity (no list in any payload). */
  projectSource?: 'config';
  /** `organizations/N` / `folders/N` to discover projects under (unioned with `projectIds`, then filtered); the list lives in the store. */
  parents?: string[];
  /** Discovery filters: globs on project ids, and a label selector such as `env=prod,team`. */
  include?: string[];
  exclude?: string[];
  labels?: string;
  /** Child workflows in flight at once. Default 10, at most MAX_INVENTORY_CONCURRENCY. */
  concurrency?: number;
  /** Children started per workflow run before continuing as new (bounds history). Default 500, at most 1000. */
  childrenPerRun?: number;
  /** Result lists every project up to this many, and at most this many failed or partial ones beyond. Default and maximum 50 (the store has them all). */
  detailLimit?: number;
  carry?: InventoryCarry;
}

/** Longest explicit project list a workflow input takes (its payload stays far below 64 KB). */
export const MAX_INLINE_PROJECTS = 1000;
/** Most child workflows in flight at once (bounds the `running` list of the progress query). */
export const MAX_INVENTORY_CONCURRENCY = 200;
/** Most bytes of project ids in one ListProjects page (a page may hold fewer ids than asked for). */
export const MAX_PROJECT_PAGE_BYTES = 32_000;
/** Longest error message kept in a project result (the store keeps 2,000 characters). */
export const MAX_ERROR_MESSAGE = 500;

/** State carried across continue-as-new: counts and a bounded sample, never a per-project list. */
export interface InventoryCarry {
  runId: string;
  startedAt: string;
  /** Projects in the run (fixed when it starts). */
  total: number;
  done: number;
  totals: InventoryTotals;
  /** A sample bounded in count and bytes: every project of a small run, else the first failed or partial ones. */
  projects: ProjectResult[];
  /** Failed projects per error type. */
  failuresByType: Record<string, number>;
  /** Some project was left out of `projects`. */
  detailOmitted: boolean;
  /** Discovery counts, once discovery ran (discovery mode only). */
  discovery?: DiscoveryCounts;
}

/** Totals over all projects of a run. */
export interface InventoryTotals {
  ok: number;
  partial: number;
  failed: number;
  resources: Record<string, Omit<ResourceCounts, 'unreachable' | 'heldReason'>>;
}

/** The result of GCPInventoryWorkflow. */
export interface InventoryResult {
  runId: string;
  status: 'ok' | 'partial' | 'failed';
  startedAt: string;
  projectCount: number;
  totals: InventoryTotals;
  /** Every project, or only the first `detailLimit` failed and partial ones when there are more (see `hotpot runs <runId>`). */
  projects: ProjectResult[];
  detailOmitted: boolean;
  /** Failed projects per error type. */
  failuresByType: Record<string, number>;
  /** With `parents`: what discovery found, and the projects that vanished since the last complete discovery. */
  discovery?: { counts: DiscoveryCounts; vanished?: VanishedSummary };
}

/** Live progress, answered by the `progress` query. */
export interface InventoryProgress {
  runId: string;
  total: number;
  done: number;
  running: string[];
  totals: InventoryTotals;
  /** The most recently finished projects, newest last (at most 50, and at most 16 KB of them). */
  recent: ProjectResult[];
}

/** Activities on the main queue (not session-bound): run records. */
export interface RunActivities {
  RecordRunStarted(run: {
    runId: string;
    workflowId: string;
    workflowType: string;
    scopeCount: number;
    /** `scopeCount` under its previous name, still sent for workers of the previous release. */
    projectCount?: number;
    startedAt: string;
  }): Promise<void>;
  RecordRunFinished(run: {
    runId: string;
    status: 'ok' | 'partial' | 'failed';
    summary: unknown;
  }): Promise<void>;
}

/** More activities on the main queue: per-project failure records and the configured project list. */
export interface ProjectActivities {
  /** Records a failed project in the store: its still-running scopes fail with the error, and a project without any scope gets a `project` row. */
  RecordProjectFailed(failure: {
    runId: string;
    scope: string;
    /** The stored kinds of the failed workflow: only their running scopes fail (a sibling workflow's run on); all without. */
    kinds?: string[];
    /** `scope` under its previous name, still sent for workers of the previous release. */
    projectId?: string;
    error: { type: string; message: string };
  }): Promise<void>;
  /** A page of the worker's configured projects (`gcp.projects`) and their total. */
  ListProjects(page: { offset: number; limit: number }): Promise<{ projectIds: string[]; total: number }>;
}

/** The main-queue activity that gates a project's services beyond Compute (GCP discovery serves it). */
export interface ServiceGateActivities {
  /**
   * The services beyond Compute enabled in a project, by short name (`gke`, `sql`, …), as Service Usage says now;
   * a project Service Usage refuses to describe gets every service (its syncs then say what is wrong).
   */
  EnabledServices(input: {
    runId: string;
    projectId: string;
  }): Promise<{ enabled: string[]; disabled: string[] }>;
}

/** Activities run in a scope's session: one `Ingest<Plural>` per Compute kind and per S1 kind of the registries. */
export type IngestActivities = Record<
  ComputeActivityName | ServiceActivityName | S1ActivityName,
  (input: IngestInput) => Promise<IngestResult>
>;

/** Input of S1InventoryWorkflow: one SentinelOne management console. */
export interface S1InventoryInput {
  /** The console's name (config `s1.console`): the scope id its rows are stored under. */
  console: string;
  runId?: string;
  allowMassDeletion?: boolean;
  sessionHeartbeatTimeout?: Duration;
  sessionCreationTimeout?: Duration;
}

/** Input of ProviderInventoryWorkflow: one scope of a provider, synced by the activities its waves name. */
export interface ProviderInventoryInput {
  /** The provider's `--provider` name (`fortinet`): for the workflow's logs and the run's records. */
  provider: string;
  /** The scope id its rows and runs are stored under, in the provider's own form (e.g. `edge-1/root`). */
  scope: string;
  /** Activity names run together, wave after wave. */
  waves: string[][];
  /** Failure types retrying cannot fix: the scope stops at once. */
  permanentFailures: string[];
  runId?: string;
  allowMassDeletion?: boolean;
  sessionHeartbeatTimeout?: Duration;
  sessionCreationTimeout?: Duration;
}

/** What IngestComputeKinds takes: kinds of one project (plural names), ingested `concurrency` at a time. */
export interface IngestKindsInput extends IngestInput {
  kinds: (ComputePlural | ServicePlural)[];
  concurrency: number;
}

/** A kind that failed in an IngestComputeKinds call (its scope is recorded failed); `retryable` says whether another attempt may help. */
export interface KindFailure {
  kind: string;
  plural: string;
  type: string;
  message: string;
  retryable: boolean;
}

/** What IngestComputeKinds returns: each kind either in `results` or in `failures`, in input order. */
export interface IngestKindsResult {
  results: IngestResult[];
  failures: KindFailure[];
}

/** The session activity that ingests several Compute kinds of one project in one call, each kind its own scope. */
export interface IngestKindsActivities {
  IngestComputeKinds(input: IngestKindsInput): Promise<IngestKindsResult>;
}
