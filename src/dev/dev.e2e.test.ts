import { gcpServices } from '../gcp/services/kinds.js';
import { projectKinds, type ComputePlural } from '../gcp/compute/kinds.js';
import assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { EmulatorControlClient, emulatorComputeClient } from '../emulator/index.js';
import { HierarchyControlClient } from '../emulator/resource-manager/hierarchy-control.js';
import { providerInventoryWorkflowId, s1InventoryWorkflowId } from '../ingest/workflows/names.js';
import { packageRoot } from '../package-root.js';
import { mapLimited } from '../provider/map-limited.js';
import { freePort } from '../temporal/free-port.js';
import type { DevState } from './dev-state.js';
import { DEMO_ESTATE } from './estate-source.js';
import { testTempDir } from '../test-support/temp-dir.js';

const run = promisify(execFile);
const main = path.join(packageRoot, 'dist', 'cli', 'main.js');
const cwd = testTempDir('dev-e2e');
const env = {
  PATH: process.env.PATH ?? '',
  HOME: cwd,
  HOTPOT_CACHE_DIR: process.env.HOTPOT_CACHE_DIR ?? path.join(os.homedir(), '.cache', 'hotpot'),
};
let dev: ChildProcess;
let stdout = '';
let stderr = '';
let state: DevState;
let control: EmulatorControlClient;

async function hotpot<T>(...args: string[]): Promise<T> {
  const { stdout: out } = await run(process.execPath, [main, ...args], { cwd, env });
  return JSON.parse(out) as T;
}

async function truthIds(kind: ComputePlural): Promise<string[]> {
  const truths = await Promise.all((await syncedProjects()).map((p) => control.groundTruth(p)));
  return truths.flatMap((t) => t.resources[kind].map((r) => `${t.projectId}/${r.id}`)).sort();
}

/** Hierarchical firewall policies of the demo organization and its folders, as the emulator's Compute API lists them. */
async function nodePolicies(): Promise<number> {
  const compute = emulatorComputeClient(state.emulatorUrl!);
  const nodes = DEMO_ESTATE.organizations.flatMap((o) => [
    `organizations/${o.id}`,
    ...o.folders.map((f) => `folders/${f.id}`),
  ]);
  const lists = await Promise.all(nodes.map((parentId) => compute.firewallPolicies.list({ parentId })));
  return lists.reduce((n, l) => n + (l.data.items?.length ?? 0), 0);
}

/** The emulator's projects with Compute enabled: the ones discovery syncs. */
async function syncedProjects(): Promise<string[]> {
  const truth = await new HierarchyControlClient(state.emulatorUrl!).projects();
  return truth.filter((p) => p.services.includes('compute.googleapis.com')).map((p) => p.id);
}

const ids = (rows: { scope: string; id: string }[]) => rows.map((r) => `${r.scope}/${r.id}`).sort();

before(async () => {
  const [temporalPort, uiPort] = [await freePort(), await freePort()];
  dev = spawn(
    process.execPath,
    [main, 'dev', '--temporal-port', String(temporalPort), '--ui-port', String(uiPort)],
    { cwd, env },
  );
  dev.stdout!.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  dev.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const deadline = Date.now() + 240_000;
  while (!stdout.includes('Press Ctrl-C')) {
    if (dev.exitCode !== null) assert.fail(`hotpot dev exited ${dev.exitCode}:\n${stderr}`);
    if (Date.now() > deadline) assert.fail(`no summary within 240 s:\n${stdout}\n${stderr}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  state = JSON.parse(fs.readFileSync(path.join(cwd, '.hotpot', 'dev.json'), 'utf8')) as DevState;
  control = new EmulatorControlClient(state.emulatorUrl!);
});

after(() => {
  if (dev.exitCode === null) dev.kill('SIGKILL');
  fs.rmSync(cwd, { recursive: true, force: true });
});

/** A project's objects of every kind a sync stores: its Compute kinds, and its services' objects where the demo enables the service. */
async function projectTruth(project: string) {
  const [truth, services] = await Promise.all([control.groundTruth(project), control.serviceTruth(project)]);
  const enabled: readonly string[] = DEMO_ESTATE.projects.find((p) => p.id === project)?.services ?? [];
  const serviceObjects = Object.entries(services)
    .filter(([plural]) =>
      enabled.includes(gcpServices.find((s) => s.kinds.includes(plural as never))?.api ?? ''),
    )
    .reduce((n, [, objects]) => n + objects.length, 0);
  return { ...truth, serviceObjects };
}

test('the summary shows the demo estate and the Temporal UI link', async () => {
  const truths = await Promise.all((await syncedProjects()).map(projectTruth));
  const count = (t: (typeof truths)[number]) =>
    projectKinds.reduce((n, k) => n + t.resources[k.plural].length, 0) + t.serviceObjects;
  for (const t of truths)
    assert.match(stdout, new RegExp(`${t.projectId}\\s+ok\\s+${count(t)}\\s+${count(t)}\\s+0\\s+0`));
  const policies = await nodePolicies();
  assert.ok(policies > 0, 'the demo organization has hierarchical firewall policies');
  const total = truths.reduce((n, t) => n + count(t), 0) + policies;
  assert.match(stdout, new RegExp(`total\\s+ok\\s+${total}\\s+${total}\\s+0\\s+0`));
  assert.match(
    stdout,
    new RegExp(`^instances\\s+${truths.reduce((n, t) => n + t.resources.instances.length, 0)}\\s`, 'm'),
  );
  assert.ok(stdout.includes(`Temporal Web UI:  ${state.uiUrl}`));
  assert.ok(stdout.includes(`Web console:      ${state.consoleUrl}`));
  const overview = (await (await fetch(`${state.consoleUrl}/?format=json`)).json()) as {
    counts: { kind: string; count: number }[];
  };
  const instances = overview.counts.filter((c) => c.kind === 'instances').reduce((n, c) => n + c.count, 0);
  assert.equal(instances, (await truthIds('instances')).length);
});

test(
  'query commands (through the running dev) match the emulator ground truth, including --as-of after a mutation round',
  { timeout: 600_000 },
  async () => {
    await mapLimited(projectKinds, 3, async ({ plural: kind }) =>
      assert.deepEqual(ids(await hotpot(`inventory`, kind, '--json')), await truthIds(kind), kind),
    );
    const before = await truthIds('instances');
    const initial = await Promise.all((await syncedProjects()).map(projectTruth));
    const initialTotal = initial.reduce(
      (n, t) => n + projectKinds.reduce((m, k) => m + t.resources[k.plural].length, 0) + t.serviceObjects,
      0,
    );
    const initialNodePolicies = await nodePolicies();
    const t0 = new Date().toISOString();
    const outcome = await hotpot<{ round: number; result: { status: string } }>(
      'dev',
      'mutate',
      '--percent',
      '20',
      '--seed',
      '3',
      '--json',
    );
    assert.equal(outcome.result.status, 'ok');
    const afterIds = await truthIds('instances');
    assert.notDeepEqual(afterIds, before);
    assert.deepEqual(ids(await hotpot('inventory', 'instances', '--json')), afterIds);
    assert.deepEqual(ids(await hotpot('inventory', 'instances', '--as-of', t0, '--json')), before);
    const changes = await hotpot<{ change: string; kind: string; scope: string; id: string }[]>(
      'changes',
      '--since',
      t0,
      '--json',
    );
    const of = (change: string) => ids(changes.filter((c) => c.kind === 'instances' && c.change === change));
    assert.deepEqual(
      of('deleted'),
      before.filter((id) => !afterIds.includes(id)),
    );
    assert.deepEqual(
      of('created'),
      afterIds.filter((id) => !before.includes(id)),
    );
    const all = await hotpot<{ status: string; created: number; workflow_id: string }[]>('runs', '--json');
    const isS1 = (r: { workflow_id: string }) => r.workflow_id.startsWith(s1InventoryWorkflowId(''));
    assert.deepEqual(
      all.filter(isS1).map((r) => r.status),
      ['ok', 'ok'],
      'the demo SentinelOne console is synced after each GCP sync',
    );
    const isVng = (r: { workflow_id: string }) => r.workflow_id.startsWith('vng-inventory/');
    assert.deepEqual(
      all.filter(isVng).map((r) => r.status),
      ['ok', 'ok'],
      'the demo VNG project (one scope) is synced after each GCP sync',
    );
    const isFortinet = (r: { workflow_id: string }) =>
      r.workflow_id.startsWith(providerInventoryWorkflowId('fortinet', ''));
    assert.deepEqual(
      all.filter(isFortinet).map((r) => r.status),
      ['ok', 'ok'],
      'the demo FortiGate is synced after each GCP sync',
    );
    const runs = all.filter((r) => !isS1(r) && !isFortinet(r) && !isVng(r));
    assert.deepEqual(
      runs.map((r) => r.status),
      ['ok', 'ok'],
    );
    assert.equal(
      runs[1]!.created,
      initialTotal + initialNodePolicies,
      'the first run created every resource of the synced round-0 projects and their organization and folders',
    );
  },
);

test('SIGINT stops everything it started', async () => {
  const temporalPid = Number(/\(pid (\d+)\)/.exec(stderr)?.[1]);
  assert.ok(temporalPid > 0, 'dev server pid printed');
  const exited = new Promise<number | null>((resolve) => dev.once('exit', (code) => resolve(code)));
  dev.kill('SIGINT');
  assert.equal(await exited, 0, stderr);
  assert.throws(() => process.kill(temporalPid, 0), /ESRCH/, 'Temporal dev server still running');
  assert.equal(fs.existsSync(path.join(cwd, '.hotpot', 'dev.json')), false);
  assert.equal(fs.existsSync(path.join(cwd, '.hotpot', 'data.lock')), false);
});
