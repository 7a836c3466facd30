/** Payload types of the ingestion workflows: small, plain JSON, never inventory rows. */
import type { Duration } from '@temporalio/common';

/** Counts of one resource kind in one project. */
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
  projectId: string;
  runId: string;
  /** The operator allows this run to exceed the mass deletion guard. */
  allowMassDeletion?: boolean;
}

/** What an Ingest<Resource> activity returns. */
export interface IngestResult extends ResourceCounts {
  kind: string;
  plural: string;
  status: 'ok' | 'partial';
}

/** The outcome of one project: per-resource counts, or the error that stopped it. */
export interface ProjectResult {
  projectId: string;
  status: 'ok' | 'partial' | 'failed';
  resources: Record<string, ResourceCounts>;
  error?: { type: string; message: string };
}

/** Input of ComputeWorkflow and InstanceWorkflow. */
export interface ComputeInput {
  projectId: string;
  /** The run this project belongs to; a standalone start records its own run. */
  runId?: string;
  /** The operator allows this run to exceed the mass deletion guard (deletions still need confirmation). */
  allowMassDeletion?: boolean;
  /** How soon a dead worker is noticed and the project moves to another (the session holder's heartbeat timeout). Default 30 s. */
  sessionHeartbeatTimeout?: Duration;
}

/** Input of GCPInventoryWorkflow; the `carry` fields are set only by continue-as-new. */
export interface InventoryInput {
  projectIds: string[];
  /** Child workflows in flight at once. Default 10. */
  concurrency?: number;
  /** Children started per workflow run before continuing as new (bounds history). Default 500. */
  childrenPerRun?: number;
  /** Result lists every project up to this many; beyond, only failed ones (all are in the store). Default 500. */
  detailLimit?: number;
  carry?: InventoryCarry;
}

/** State carried across continue-as-new. */
export interface InventoryCarry {
  runId: string;
  startedAt: string;
  done: number;
  totals: InventoryTotals;
  projects: ProjectResult[];
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
  /** Every project, or only failed and partial ones when there are more than detailLimit. */
  projects: ProjectResult[];
  detailOmitted: boolean;
}

/** Live progress, answered by the `progress` query. */
export interface InventoryProgress {
  runId: string;
  total: number;
  done: number;
  running: string[];
  totals: InventoryTotals;
  /** The most recently finished projects, newest last (at most 50). */
  recent: ProjectResult[];
}

/** Activities on the main queue (not session-bound): run records. */
export interface RunActivities {
  RecordRunStarted(run: {
    runId: string;
    workflowId: string;
    workflowType: string;
    projectCount: number;
    startedAt: string;
  }): Promise<void>;
  RecordRunFinished(run: {
    runId: string;
    status: 'ok' | 'partial' | 'failed';
    summary: unknown;
  }): Promise<void>;
}

/** Activities run in a project's session. */
export interface IngestActivities {
  IngestInstances(input: IngestInput): Promise<IngestResult>;
  IngestDisks(input: IngestInput): Promise<IngestResult>;
  IngestNetworks(input: IngestInput): Promise<IngestResult>;
}
