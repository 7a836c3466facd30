import type { compute_v1 } from '@googleapis/compute';

const base = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

/** A realistic daily snapshot schedule. */
export function resourcePolicyFixture(
  overrides: compute_v1.Schema$ResourcePolicy = {},
): compute_v1.Schema$ResourcePolicy {
  return {
    kind: 'compute#resourcePolicy',
    id: '5900000000000000001',
    name: 'daily',
    creationTimestamp: '2024-03-01T10:00:00.000-08:00',
    region: `${base}/regions/us-central1`,
    selfLink: `${base}/regions/us-central1/resourcePolicies/daily`,
    status: 'READY',
    snapshotSchedulePolicy: {
      schedule: { dailySchedule: { daysInCycle: 1, startTime: '04:00' } },
      retentionPolicy: { maxRetentionDays: 14, onSourceDiskDelete: 'KEEP_AUTO_SNAPSHOTS' },
    },
    ...overrides,
  };
}
