import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { providerInventoryInput } from '../client/provider-inventory-input.js';
import { ProviderInventoryWorkflow } from './workflows/provider-inventory.workflow.js';
import { providerInventoryWorkflowId } from './workflows/names.js';
import { s1Provider } from '../s1/provider.js';
import { s1Env, type S1Env } from '../test-support/s1-env.js';

const console = 'provider-inventory-test';
let env: S1Env;

before(async () => {
  env = await s1Env({
    console,
    s1: { generate: { seed: 'provider-inventory', sites: 2, groupsPerSite: 2, standaloneAgents: 15 } },
    providers: ['s1'],
  });
});
after(() => env?.close());

async function storedIds(table: string, scope = console): Promise<string[]> {
  const rows = await sql<{ id: string }>`
    select id from ${sql.table(table)} where scope = ${scope} order by id`.execute(env.db.store.db);
  return rows.rows.map((r) => r.id);
}

function sync(waves?: string[][], scope = console) {
  const input = providerInventoryInput(waves ? { ...s1Provider, kindWaves: waves } : s1Provider, scope);
  return env.temporal.client.workflow.execute(ProviderInventoryWorkflow, {
    taskQueue: env.config.s1.taskQueue,
    workflowId: providerInventoryWorkflowId(s1Provider.name, scope),
    args: [{ ...input, sessionHeartbeatTimeout: '10s' }],
  });
}

test('the generic workflow syncs a provider scope from its declarations alone, equal to the emulator truth', async () => {
  const result = await sync();
  assert.equal(result.status, 'ok', JSON.stringify(result));
  assert.equal(result.scope, console);
  const truth = await env.s1.control.truth();
  for (const kind of s1Provider.kinds) {
    const want = truth[kind.plural as 'sites' | 'groups' | 'agents'].map((o) => o.id).sort();
    assert.deepEqual(await storedIds(kind.table), want, kind.plural);
    assert.equal(result.resources[kind.plural]?.listed, want.length, `${kind.plural} listed`);
  }
});

test('waves name which kinds run: a scope synced with only the agents wave stores agents and nothing else', async () => {
  const scope = 'provider-inventory-agents-only';
  const result = await sync([['IngestS1Agents']], scope);
  assert.equal(result.status, 'ok');
  assert.deepEqual(Object.keys(result.resources), ['agents']);
  const truth = await env.s1.control.truth();
  assert.deepEqual(await storedIds('s1_agents', scope), truth.agents.map((a) => a.id).sort());
  assert.deepEqual(await storedIds('s1_sites', scope), [], 'no sites: the waves did not name them');
  assert.deepEqual(await storedIds('s1_groups', scope), []);
});

test('the default waves are the kinds in declaration order, each alone', () => {
  const input = providerInventoryInput(s1Provider, 'x', { allowMassDeletion: true });
  assert.deepEqual(input.waves, [['IngestS1Sites'], ['IngestS1Groups'], ['IngestS1Agents']]);
  assert.equal(input.allowMassDeletion, true);
  assert.deepEqual(input.permanentFailures, [...s1Provider.permanentFailures]);
});
