import type { Scenario } from '../scenario.js';
import { churnBetweenSyncs } from './churn-between-syncs.js';
import { churnDuringListing } from './churn-during-listing.js';
import { clockSkew } from './clock-skew.js';
import { concurrentWorkflows } from './concurrent-workflows.js';
import { failingProjects } from './failing-projects.js';
import { feedFaults } from './feed-faults.js';
import { hostileInput } from './hostile-input.js';
import { fortinetFaults } from './fortinet-faults.js';
import { malformedBodies } from './malformed-bodies.js';
import { pendingScenarios } from './pending.js';
import { postgresRestart } from './postgres-restart.js';
import { secrets } from './secrets.js';
import { servicesFaults } from './services-faults.js';
import { servicesEstate } from './services-estate.js';
import { storms } from './storms.js';
import { temporalRestart } from './temporal-restart.js';
import { vngFaults } from './vng-faults.js';
import { workerDrain } from './worker-drain.js';
import { workerKill } from './worker-kill.js';
import { workerUpgrade } from './worker-upgrade.js';

/** Every fault scenario, in the order of the table. */
export const scenarios: Scenario[] = [
  workerKill,
  storms,
  postgresRestart,
  temporalRestart,
  malformedBodies,
  ...pendingScenarios,
  churnBetweenSyncs,
  churnDuringListing,
  concurrentWorkflows,
  workerUpgrade,
  workerDrain,
  clockSkew,
  failingProjects,
  secrets,
  hostileInput,
  fortinetFaults,
  vngFaults,
  servicesFaults,
  servicesEstate,
  ...feedFaults,
];
