/** Payload types of discovery activities: plain JSON, ids and counts only (workflow-safe: types only). */

/** A parent that could not be read: the walk below it was skipped, and the discovery is incomplete. */
export interface ParentFailure {
  parent: string;
  type: string;
  message: string;
}

/** What the discovery of one run asks for. */
export interface DiscoveryInput {
  runId: string;
  parents: string[];
  projectIds?: string[];
  include?: string[];
  exclude?: string[];
  /** A label selector such as `env=prod,team`. */
  labels?: string;
}

/** Counts of one run's discovery; `complete` is false when any parent failed. */
export interface DiscoveryCounts {
  discovered: number;
  included: number;
  /** ACTIVE, passed the filters, but compute.googleapis.com is disabled. */
  skipped: number;
  filtered: number;
  /** Not ACTIVE (DELETE_REQUESTED) though listed, e.g. an explicit project. */
  inactive: number;
  /** Still waiting for the Service Usage check. */
  pending: number;
  apiCalls: number;
  complete: boolean;
  /** Organizations and folders (given or walked) synced after the projects, for their hierarchical firewall policies. */
  nodes?: number;
  /** Parents that could not be read; `failures` lists the first 20. */
  failedParents: number;
  failures: ParentFailure[];
}

/** Projects present in the previous complete discovery but absent now, and what was done about each. */
export interface VanishedSummary {
  vanished: number;
  closed: number;
  held: number;
  /** Up to 50 of them, for the run summary. */
  projects: { projectId: string; confirmation: string; closed: boolean; rowsClosed: number }[];
}

/** Activities of discovery, on the main task queue. */
export interface DiscoveryActivities {
  DiscoverProjects(input: DiscoveryInput): Promise<DiscoveryCounts>;
  CheckComputeServices(input: { runId: string }): Promise<DiscoveryCounts>;
  /** Included project ids from `offset` (the children already started), at most `limit` (≤ 500). */
  NextDiscoveredPage(input: {
    runId: string;
    offset: number;
    limit: number;
  }): Promise<{ projectIds: string[] }>;
  HandleVanishedProjects(input: { runId: string }): Promise<VanishedSummary>;
}
