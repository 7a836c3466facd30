import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withServices } from './service-results.js';
import type { ProjectResult, ResourceCounts } from './types.js';

const counts: ResourceCounts = {
  listed: 1,
  created: 1,
  changed: 0,
  unchanged: 0,
  deleted: 0,
  apiCalls: 1,
  unreachable: [],
  rejected: 0,
  confirmCalls: 0,
  held: 0,
};
const ok = (resources: string[], status: ProjectResult['status'] = 'ok'): ProjectResult => ({
  projectId: 'p',
  status,
  resources: Object.fromEntries(resources.map((r) => [r, counts])),
});

test('services fold into the project: counts added, disabled ones skipped, a failed one makes it partial', () => {
  const cases: [string, ProjectResult, Parameters<typeof withServices>[1], Partial<ProjectResult>][] = [
    ['all ok', ok(['instances']), [{ service: 'gke', result: ok(['gkeClusters']) }], { status: 'ok' }],
    [
      'skipped',
      ok(['instances']),
      [
        { service: 'sql', skipped: true },
        { service: 'iam', skipped: true },
      ],
      { status: 'ok', skippedServices: ['iam', 'sql'] },
    ],
    [
      'failed',
      ok(['instances']),
      [{ service: 'storage', failed: { type: 'GcpApiDisabled', message: 'm' } }],
      { status: 'partial', failedServices: [{ service: 'storage', type: 'GcpApiDisabled', message: 'm' }] },
    ],
    [
      'partial service',
      ok(['instances']),
      [{ service: 'gke', result: ok(['gkeClusters'], 'partial') }],
      { status: 'partial' },
    ],
    [
      'compute failed stays failed',
      ok([], 'failed'),
      [{ service: 'gke', result: ok(['gkeClusters']) }],
      { status: 'failed' },
    ],
  ];
  for (const [name, compute, services, want] of cases) {
    const got = withServices(compute, services);
    for (const [k, v] of Object.entries(want))
      assert.deepEqual(got[k as keyof ProjectResult], v, `${name}: ${k}`);
  }
  assert.deepEqual(
    Object.keys(withServices(ok(['instances']), [{ service: 'gke', result: ok(['gkeClusters']) }]).resources),
    ['instances', 'gkeClusters'],
  );
});
