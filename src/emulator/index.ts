import { EmulatorControlClient } from './control-client.js';
import { EmulatorState } from './emulator-state.js';
import type { Estate } from './estate.js';
import { estateFromDocument, loadEstateFile, type EstateFile } from './estate-file.js';
import { generateEstate, type GeneratorOptions } from './generate-estate.js';
import { FeedPublisher, type FeedTarget } from './feed-publisher.js';
import { createEmulatorServer, listen } from './server.js';

export type { FeedFaults, FeedStats, FeedTarget } from './feed-publisher.js';

export { emulatorComputeClient } from './compute/compute-client.js';
export { EmulatorControlClient, type GroundTruth, type RequestCounts } from './control-client.js';
export type { MutationRequest, MutationResult } from './emulator-state.js';
export { EstateFileError, type EstateFile, type EstateFileProject } from './estate-file.js';
export type { MutationOp, ResourceRef } from './explicit-mutations.js';
export {
  badItemVariants,
  faultKinds,
  warningCodes,
  type ActiveFault,
  type FaultEffect,
  type FaultKind,
  type FaultSpec,
  type FaultTarget,
} from './faults.js';
export { maxControlBodyBytes } from './control-input.js';
export { MAX_COUNT, MAX_PROJECTS, MAX_RESOURCES } from './generate-bounds.js';
export {
  defaultCounts,
  type EstateCounts,
  type GeneratorOptions,
  type ProjectOverride,
} from './generate-estate.js';
export type { MutableType, SeededRound } from './mutation-round.js';
export type { MutationChange } from './project-edits.js';
export { allResourceTypes, type ResourceType } from './compute/resource-types.js';
export { knownZones } from './compute/values.js';

/** Where the estate comes from: generator options (default), an estate file path, or an estate document. */
export interface EmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  generate?: GeneratorOptions;
  estateFile?: string;
  estate?: EstateFile;
  /** Build lazily generated projects in idle time after start (default true). */
  warm?: boolean;
  /** Publish a Cloud Asset feed message for every mutation to this Pub/Sub topic. */
  feed?: FeedTarget;
}

/** A running emulator. `url` is the rootUrl base for `@googleapis/compute` (see emulatorComputeClient). */
export interface RunningEmulator {
  url: string;
  port: number;
  control: EmulatorControlClient;
  /** Settles when every deferred project is built (at once when warming is off), or the emulator stops. */
  warmed: Promise<void>;
  stop(): Promise<void>;
}

/** Starts an emulator in this process; projects are generated on first use, so start is fast at any size. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const sources = [options.generate, options.estateFile, options.estate].filter(
    (s) => s !== undefined,
  ).length;
  if (sources > 1) throw new Error('Pass at most one of generate, estateFile and estate');
  const build = (): Estate => {
    if (options.estateFile !== undefined) return loadEstateFile(options.estateFile);
    if (options.estate !== undefined) return estateFromDocument(options.estate);
    return generateEstate(options.generate);
  };
  const state = new EmulatorState(build);
  if (options.feed) state.feed = new FeedPublisher(options.feed, state.estate.seed);
  const server = createEmulatorServer(state);
  const host = options.host ?? '127.0.0.1';
  const port = await listen(server, options.port ?? 0, host);
  let warming: NodeJS.Immediate | undefined;
  let doneWarming = () => {};
  const warmed = new Promise<void>((resolve) => (doneWarming = resolve));
  const warm = () => {
    warming = state.estate.buildNextDeferred() ? setImmediate(warm) : undefined;
    if (!warming) doneWarming();
  };
  if (options.warm ?? true) warming = setImmediate(warm);
  else doneWarming();
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url,
    port,
    control: new EmulatorControlClient(url),
    warmed,
    stop: async () => {
      if (warming) clearImmediate(warming);
      await state.feed?.close();
      doneWarming();
      server.closeIdleConnections();
      await new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
