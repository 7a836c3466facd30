import type { Kysely } from 'kysely';
import { z } from 'zod';
import { HotpotError } from '../errors.js';
import { changesSince, type ResourceChange } from './changes.js';
import type { ExposureResult } from './exposure/evaluate-exposure.js';
import { exposure, exposureChanges, type ExposureChange } from './exposure/exposure.js';
import { SOURCE_CLASSES } from './exposure/public-ranges.js';
import { coverage, type CoverageReport } from './coverage.js';
import { resourceHistory, type ResourceVersion } from './history.js';
import { listInventory, type InventoryRow } from './inventory.js';
import { lastSynced, type LastSyncedRow } from './last-synced.js';
import { KIND_NAMES } from './kinds.js';
import { listRuns, runDetail, type RejectedRow, type RunRow, type ScopeRow } from './runs.js';
import { findResources, type ResourceRow } from './show.js';
import { findings, type FindingRow } from './services/findings.js';
import { servicesExposure, type ServicesExposure } from './services/services-exposure.js';

const name = z.string().min(1).max(512);
const kind = z.string().refine((k) => KIND_NAMES.includes(k), {
  error: (iss) => `unknown resource kind ${JSON.stringify(iss.input)}: use one of ${KIND_NAMES.join(', ')}`,
});
const date = z.date().refine((d) => !Number.isNaN(d.getTime()), { error: 'must be a valid time' });

const exposureFilter = {
  project: name.optional(),
  protocol: z
    .string()
    .regex(/^[a-z0-9]{1,16}$/i)
    .optional(),
  port: z.number().int().min(0).max(65535).optional(),
  sourceClasses: z.array(z.enum(SOURCE_CLASSES)).min(1).optional(),
};

/** The parameters of every query operation; unknown fields are errors. */
const schemas = {
  inventory: z.strictObject({
    kind,
    project: name.optional(),
    status: name.optional(),
    labels: z.record(name, z.string().max(1024)).optional(),
    asOf: date.optional(),
  }),
  show: z.strictObject({ kind, idOrName: name, project: name.optional() }),
  history: z.strictObject({ kind, idOrName: name, project: name.optional() }),
  changes: z.strictObject({ since: date, project: name.optional() }),
  runs: z.strictObject({ limit: z.number().int().min(1).max(10_000) }),
  run: z.strictObject({ runId: name }),
  lastSynced: z.strictObject({ projects: z.array(name).max(100_000) }),
  exposure: z.strictObject({ ...exposureFilter, asOf: date.optional() }),
  exposureChanges: z.strictObject({ ...exposureFilter, since: date }),
  servicesExposure: z.strictObject({ project: name.optional(), asOf: date.optional() }),
  findings: z.strictObject({
    project: name.optional(),
    asOf: date.optional(),
    keyAgeDays: z.number().int().min(0).max(36_500).optional(),
  }),
  coverage: z.strictObject({
    project: name.optional(),
    asOf: date.optional(),
    staleDays: z.number().int().min(0).max(3650).optional(),
  }),
};

/** The name of a query operation the CLI runs (locally or through `hotpot dev`). */
export type OperationName = keyof typeof schemas;

/** The parameters of an operation. */
export type OperationParams<K extends OperationName> = z.infer<(typeof schemas)[K]>;

/** What each operation returns. */
export interface OperationResults {
  inventory: InventoryRow[];
  show: ResourceRow[];
  history: ResourceVersion[];
  changes: ResourceChange[];
  runs: RunRow[];
  run: { run: RunRow; scopes: ScopeRow[]; rejected: RejectedRow[] };
  lastSynced: LastSyncedRow[];
  exposure: ExposureResult;
  exposureChanges: { rows: ExposureChange[]; notes: string[] };
  coverage: CoverageReport;
  servicesExposure: ServicesExposure;
  findings: { asOf: string | null; rows: FindingRow[]; notes: string[] };
}

/** Every operation name. */
export const OPERATION_NAMES = Object.keys(schemas) as OperationName[];

/** Runs the typed read-only query operations; the only way query commands reach a store. */
export interface Queries {
  run<K extends OperationName>(operation: K, params: OperationParams<K>): Promise<OperationResults[K]>;
  close(): Promise<void>;
}

/** An operation request that failed validation: unknown operation or bad parameters (HTTP 400). */
export class BadOperationError extends HotpotError {
  constructor(message: string) {
    super(message);
    this.name = 'BadOperationError';
  }
}

/** A validated operation call. */
export type OperationCall = {
  [K in OperationName]: { operation: K; params: OperationParams<K> };
}[OperationName];

/** Validates an untrusted `{operation, parameters}` request; throws BadOperationError with what is wrong. */
export function parseOperation(operation: unknown, parameters: unknown): OperationCall {
  if (typeof operation !== 'string' || !(OPERATION_NAMES as string[]).includes(operation)) {
    throw new BadOperationError(
      `unknown operation ${JSON.stringify(operation)}: use one of ${OPERATION_NAMES.join(', ')}`,
    );
  }
  const parsed = schemas[operation as OperationName].safeParse(parameters ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) =>
      i.code === 'unrecognized_keys'
        ? `unknown parameter ${i.keys.join(', ')}`
        : `${i.path.length > 0 ? i.path.join('.') : '(parameters)'}: ${i.message}`,
    );
    throw new BadOperationError(`bad parameters for ${operation}: ${problems.join('; ')}`);
  }
  return { operation, params: parsed.data } as OperationCall;
}

/** Runs a validated operation on a store. */
export async function runOperation(db: Kysely<unknown>, call: OperationCall): Promise<unknown> {
  switch (call.operation) {
    case 'inventory': {
      const { kind: k, ...filter } = call.params;
      return listInventory(db, k, filter);
    }
    case 'show':
      return findResources(db, call.params.kind, call.params.idOrName, call.params.project);
    case 'history':
      return resourceHistory(db, call.params.kind, call.params.idOrName, call.params.project);
    case 'changes':
      return changesSince(db, call.params.since, call.params.project);
    case 'runs':
      return listRuns(db, call.params.limit);
    case 'run':
      return runDetail(db, call.params.runId);
    case 'lastSynced':
      return lastSynced(db, call.params.projects);
    case 'exposure':
      return exposure(db, call.params);
    case 'exposureChanges':
      return exposureChanges(db, call.params);
    case 'servicesExposure':
      return servicesExposure(db, call.params);
    case 'findings':
      return findings(db, call.params);
    case 'coverage':
      return coverage(db, call.params);
  }
}

/** Queries on a store this process holds open. */
export function localQueries(db: Kysely<unknown>, close: () => Promise<void>): Queries {
  return {
    run: async <K extends OperationName>(operation: K, params: OperationParams<K>) =>
      (await runOperation(db, parseOperation(operation, params))) as OperationResults[K],
    close,
  };
}
