import { redactText, redactUrl } from '../config/redact-url.js';
import type { HotpotConfig } from '../config/types.js';
import {
  EmulatorControlClient,
  startEmulator,
  type EstateFile,
  type FeedTarget,
  type RunningEmulator,
} from '../emulator/index.js';
import { HotpotError } from '../errors.js';
import type { Progress } from './progress.js';

/** What the demo's projects enable: Compute and every service beyond it (hotpot-demo-002 without Cloud SQL). */
const demoServices = [
  'compute.googleapis.com',
  'container.googleapis.com',
  'sqladmin.googleapis.com',
  'storage.googleapis.com',
  'iam.googleapis.com',
  'run.googleapis.com',
];

/**
 * The demo estate of `hotpot dev`: an organization with two folders and 3 projects, a few hundred resources,
 * always the same (fixed seed), with GKE, Cloud SQL, Storage, IAM and Cloud Run beside Compute (hotpot-demo-002 has Cloud
 * SQL disabled, so that service is skipped); hotpot-demo-003 has Compute disabled, so discovery skips it.
 */
export const DEMO_ESTATE = {
  seed: 'hotpot-demo',
  generate: { projects: 3, zones: 3, instances: 60, disks: 20, networks: 3, withServices: true },
  organizations: [
    {
      id: '1000',
      displayName: 'hotpot-demo',
      folders: [
        { id: '1001', displayName: 'prod' },
        { id: '1002', displayName: 'sandbox' },
      ],
    },
  ],
  projects: [
    { id: 'hotpot-demo-001', parent: 'folders/1001', labels: { env: 'prod' }, services: demoServices },
    {
      id: 'hotpot-demo-002',
      parent: 'folders/1001',
      labels: { env: 'prod' },
      services: demoServices.filter((s) => s !== 'sqladmin.googleapis.com'),
    },
    { id: 'hotpot-demo-003', parent: 'folders/1002', labels: { env: 'sandbox' }, services: [] },
  ],
} satisfies EstateFile;

/** The parent the demo inventory discovers its projects under. */
const DEMO_PARENTS = ['organizations/1000'];

/** What dev inventories: the GCP endpoint and projects, plus the emulator it started (if any). */
export interface EstateSource {
  description: string;
  gcp: HotpotConfig['gcp'];
  projectIds: string[];
  /** Discover the projects under these instead of syncing `projectIds` (the demo estate). */
  parents?: string[];
  emulator?: RunningEmulator;
  /** The control API of the emulator in use (embedded or configured), for mutation rounds. */
  control?: EmulatorControlClient;
}

/** Real GCP when projects are configured without an endpoint; a configured endpoint (an emulator); else an embedded demo emulator. */
export async function chooseEstate(
  config: HotpotConfig,
  progress: Progress,
  feed?: FeedTarget,
): Promise<EstateSource> {
  const { gcp } = config;
  if (gcp.projects.length > 0 && gcp.endpoint === undefined) {
    return {
      description: `GCP (${gcp.projects.length} configured projects)`,
      gcp,
      projectIds: [...gcp.projects],
    };
  }
  if (gcp.endpoint !== undefined) {
    const control = new EmulatorControlClient(gcp.endpoint);
    let projectIds = [...gcp.projects];
    if (projectIds.length === 0) {
      try {
        projectIds = await control.projects();
      } catch (err) {
        throw new HotpotError(
          `gcp.endpoint ${redactUrl(gcp.endpoint)} is set but gcp.projects is empty and it is not an emulator: ${redactText((err as Error).message)}. Set gcp.projects (HOTPOT_GCP_PROJECTS).`,
        );
      }
    }
    return { description: `the API at ${redactUrl(gcp.endpoint)}`, gcp, projectIds, control };
  }
  progress.status('emulator: starting the demo estate…');
  const emulator = await startEmulator({ estate: DEMO_ESTATE, ...(feed && { feed }) }).catch((err: Error) => {
    throw new HotpotError(`could not start the Compute Engine emulator: ${err.message}`);
  });
  const projectIds = await emulator.control.projects();
  progress.line(
    `emulator: demo estate (${projectIds.length} projects, seed '${DEMO_ESTATE.seed}') at ${emulator.url}`,
  );
  return {
    description: `the embedded emulator at ${emulator.url}`,
    gcp: { ...gcp, endpoint: emulator.url, credentials: { source: 'none' } },
    projectIds,
    parents: DEMO_PARENTS,
    emulator,
    control: emulator.control,
  };
}
