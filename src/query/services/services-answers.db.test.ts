import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { app, craftedServicesEstate as estate, project } from '../../test-support/services-crafted-estate.js';
import { ingestEnv, type IngestEnv } from '../../test-support/ingest-env.js';
import { findings } from './findings.js';
import { servicesExposure } from './services-exposure.js';

let env: IngestEnv;
before(async () => {
  env = await ingestEnv({ emulator: { estate } });
});
after(() => env?.close());

test('a crafted estate gives the hand-derived exposure and findings, now and as of before a change', async () => {
  const result = await (await env.inventory({ projectIds: [project] })).result();
  assert.equal(result.status, 'ok', JSON.stringify(result.projects));
  const db = env.db.store.db;
  const exposed = (await servicesExposure(db)).rows.map(
    (r) => `${r.kind} ${r.resource} ${r.from} | ${r.deciding_setting}`,
  );
  const expectedExposure = [
    'gkeClusters open-cp any address | masterAuthorizedNetworksConfig.enabled: false (public endpoint)',
    'gkeClusters wide-cp 0.0.0.0/0 | masterAuthorizedNetworksConfig.cidrBlocks: 0.0.0.0/0',
    'sqlInstances open-db 0.0.0.0/0 | settings.ipConfiguration.authorizedNetworks: 0.0.0.0/0',
    'buckets crafted-public allUsers | iamPolicy roles/storage.objectViewer: allUsers (publicAccessPrevention: inherited)',
    'runServices open-noauth any address | ingress: INGRESS_TRAFFIC_ALL; invokerIamDisabled: true',
    'runServices public-api allUsers | ingress: INGRESS_TRAFFIC_ALL; iamPolicy roles/run.invoker: allUsers',
  ];
  assert.deepEqual(exposed, expectedExposure);
  const found = (await findings(db, { keyAgeDays: 90 })).rows.map((r) => `${r.finding} ${r.resource}`);
  assert.deepEqual(found, [
    `old-user-managed-key projects/${project}/serviceAccounts/${app}/keys/k2`,
    `primitive-role projects/${project}`,
    `primitive-role projects/${project}`,
    'default-sa-editor web-running',
  ]);
  const roles = (await findings(db, {})).rows
    .filter((r) => r.finding === 'primitive-role')
    .map((r) => r.deciding_setting);
  assert.deepEqual(roles, [
    'iamPolicy roles/editor: user:dev@example.com',
    'iamPolicy roles/owner: user:admin@example.com',
  ]);

  const before = new Date();
  await new Promise((r) => setTimeout(r, 20));
  await env.emulator.control.mutateRound({ percent: 100, seed: 1 });
  const second = await (await env.inventory({ projectIds: [project] })).result();
  assert.equal(second.status, 'ok', JSON.stringify(second.projects));
  const then = (await servicesExposure(db, { asOf: before })).rows.map(
    (r) => `${r.kind} ${r.resource} ${r.from} | ${r.deciding_setting}`,
  );
  assert.deepEqual(then, expectedExposure);
});
