import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runServiceExposure } from './evaluate-run.js';

const base = { scope: 'p', resource: 'api', location: 'us-central1' };
const invokers = (role: string, ...members: string[]) => ({ bindings: [{ role, members }] });

// Cloud Run docs: ingress "all" lets the internet reach the run.app URL; allUsers (or any Google account through
// allAuthenticatedUsers) as roles/run.invoker allows unauthenticated invocation; invokerIamDisabled skips the
// IAM check; internal ingress and a disabled default URL keep the internet out.
test('Cloud Run: ingress all with a public invoker (or no invoker check) is exposed; internal ingress never', () => {
  const all = { ingress: 'INGRESS_TRAFFIC_ALL', uri: 'https://api-x.a.run.app' };
  const cases: [string, object, object | undefined, string[]][] = [
    ['allUsers invoker', all, invokers('roles/run.invoker', 'allUsers'), ['allUsers']],
    [
      'any Google account',
      all,
      invokers('roles/run.invoker', 'allAuthenticatedUsers'),
      ['allAuthenticatedUsers'],
    ],
    ['one caller only', all, invokers('roles/run.invoker', 'serviceAccount:c@p.iam.gserviceaccount.com'), []],
    ['no policy bindings', all, { version: 1 }, []],
    ['viewer is no invoker', all, invokers('roles/run.viewer', 'allUsers'), []],
    ['invoker check disabled', { ...all, invokerIamDisabled: true }, { version: 1 }, ['any address']],
    [
      'internal only',
      { ingress: 'INGRESS_TRAFFIC_INTERNAL_ONLY' },
      invokers('roles/run.invoker', 'allUsers'),
      [],
    ],
    [
      'internal and load balancing',
      { ingress: 'INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER' },
      invokers('roles/run.invoker', 'allUsers'),
      [],
    ],
    [
      'default URL disabled',
      { ...all, defaultUriDisabled: true },
      invokers('roles/run.invoker', 'allUsers'),
      [],
    ],
  ];
  for (const [name, service, policy, from] of cases)
    assert.deepEqual(
      runServiceExposure(base, service, policy).map((r) => r.from),
      from,
      name,
    );
  const [row] = runServiceExposure(base, all, invokers('roles/run.invoker', 'allUsers'));
  assert.equal(row?.deciding_setting, 'ingress: INGRESS_TRAFFIC_ALL; iamPolicy roles/run.invoker: allUsers');
  assert.equal(row?.service, 'run');
});
