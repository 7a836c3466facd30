import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { ENV_VARS } from '../config/env-vars.js';
import { kustomizationDirs, renderManifests, type K8sObject } from './render-manifests.js';

const root = fileURLToPath(new URL('../../deploy/kubernetes/', import.meta.url));
const dirs = kustomizationDirs(root);
let rendered: Record<string, K8sObject[]>;
before(async () => {
  rendered = await renderManifests(dirs);
});

interface Container {
  name: string;
  args: string[];
  ports?: { name: string; containerPort: number }[];
  env?: { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[];
  envFrom?: { configMapRef?: { name: string } }[];
  livenessProbe?: { httpGet?: { path: string; port: string | number } };
  readinessProbe?: { httpGet?: { path: string; port: string | number } };
  resources: { requests: { memory: string }; limits: { memory: string } };
}
interface Pod {
  metadata: { labels: Record<string, string> };
  spec: {
    terminationGracePeriodSeconds?: number;
    containers: Container[];
    volumes?: { name: string; secret?: { secretName: string } }[];
  };
}

const find = (objects: K8sObject[], kind: string, name: string): K8sObject => {
  const found = objects.find((o) => o.kind === kind && o.metadata.name === name);
  assert.ok(found, `${kind}/${name} is rendered`);
  return found;
};
const podOf = (o: K8sObject) => (o as unknown as { spec: { template: Pod } }).spec.template;
const configOf = (objects: K8sObject[]) =>
  find(objects, 'ConfigMap', 'hotpot-config').data as Record<string, string>;

test('the base and every overlay render with kustomize and pass the strict k8s.io/api schema check', () => {
  assert.ok(dirs.length >= 3, `base and at least two overlays: ${dirs.join(', ')}`);
  for (const dir of dirs) {
    const kinds = rendered[dir]!.map((o) => `${o.kind}/${o.metadata.name}`).sort();
    for (const expected of [
      'ConfigMap/hotpot-config',
      'Deployment/hotpot-console',
      'Deployment/hotpot-worker',
      'Job/hotpot-migrate',
      'PodDisruptionBudget/hotpot-worker',
      'Service/hotpot-console',
      'ServiceAccount/hotpot',
    ])
      assert.ok(kinds.includes(expected), `${dir}: ${expected} in ${kinds.join(', ')}`);
    for (const o of rendered[dir]!) assert.equal(o.metadata.namespace, 'hotpot', `${dir}: ${o.kind}`);
  }
});

test('the worker: probes on the metrics port, grace period past heartbeat and drain, memory from the benchmark', () => {
  for (const dir of dirs) {
    const objects = rendered[dir]!;
    const config = configOf(objects);
    const pod = podOf(find(objects, 'Deployment', 'hotpot-worker'));
    const c = pod.spec.containers[0]!;
    const metrics = c.ports?.find((p) => p.name === 'metrics');
    assert.equal(String(metrics?.containerPort), config.HOTPOT_METRICS_PORT, dir);
    assert.equal(config.HOTPOT_METRICS_HOST, '0.0.0.0', dir);
    assert.deepEqual(c.livenessProbe?.httpGet, { path: '/healthz', port: 'metrics' }, dir);
    assert.deepEqual(c.readinessProbe?.httpGet, { path: '/readyz', port: 'metrics' }, dir);
    // The worker exits 1 past its drain bound, then closes store and Temporal; a SIGKILL before that loses its
    // sessions until the 30 s holder heartbeat timeout (docs/deploy.md), so the grace period covers drain + close.
    const grace = pod.spec.terminationGracePeriodSeconds ?? 30;
    assert.ok(grace * 1000 >= Number(config.HOTPOT_DRAIN_TIMEOUT_MS) + 10_000, `${dir}: grace ${grace} s`);
    // docs/benchmark.md: worker peak RSS 392-418 MB at 223k resources with default settings.
    assert.ok(mebibytes(c.resources.requests.memory) * 1.048576 >= 418, dir);
    assert.ok(mebibytes(c.resources.limits.memory) > mebibytes(c.resources.requests.memory), dir);
    assert.deepEqual(c.args, ['worker'], dir);
    const pdb = find(objects, 'PodDisruptionBudget', 'hotpot-worker').spec as {
      maxUnavailable?: number;
      selector: { matchLabels: Record<string, string> };
    };
    for (const [k, v] of Object.entries(pdb.selector.matchLabels))
      assert.equal(pod.metadata.labels[k], v, dir);
    assert.equal(pdb.maxUnavailable, 1, dir);
    const job = podOf(find(objects, 'Job', 'hotpot-migrate')).spec.containers[0]!;
    assert.deepEqual(job.args, ['migrate'], dir);
  }
});

test('secrets come from Secrets; the ConfigMap holds only variables Hotpot or Temporal reads, none secret', () => {
  const known = new Set([
    ...ENV_VARS.map((v) => v.name),
    'TEMPORAL_TLS',
    'TEMPORAL_TLS_CLIENT_CERT_PATH',
    'TEMPORAL_TLS_CLIENT_KEY_PATH',
    'TEMPORAL_TLS_SERVER_CA_CERT_PATH',
    'TEMPORAL_TLS_SERVER_NAME',
  ]);
  const secret = /API_KEY|TOKEN|PASSWORD|SECRET_ID|DATABASE_URL|CREDENTIALS_JSON/;
  for (const dir of dirs) {
    const objects = rendered[dir]!;
    for (const key of Object.keys(configOf(objects))) {
      assert.ok(known.has(key), `${dir}: ${key} is read by nothing`);
      assert.doesNotMatch(key, secret, `${dir}: ${key} belongs in a Secret`);
    }
    for (const name of ['hotpot-worker', 'hotpot-console']) {
      const c = podOf(find(objects, 'Deployment', name)).spec.containers[0]!;
      for (const e of c.env ?? [])
        if (secret.test(e.name))
          assert.ok(e.valueFrom?.secretKeyRef, `${dir}: ${name} ${e.name} from a Secret`);
    }
    const worker = podOf(find(objects, 'Deployment', 'hotpot-worker')).spec;
    const db = worker.containers[0]!.env?.find((e) => e.name === 'HOTPOT_DATABASE_URL');
    assert.equal(db?.valueFrom?.secretKeyRef?.name, 'hotpot-secrets', dir);
  }
  const cloud = rendered[dirs.find((d) => d.endsWith('temporal-cloud'))!]!;
  const apiKey = podOf(find(cloud, 'Deployment', 'hotpot-worker')).spec.containers[0]!.env?.find(
    (e) => e.name === 'TEMPORAL_API_KEY',
  );
  assert.ok(apiKey?.valueFrom?.secretKeyRef, 'temporal-cloud: TEMPORAL_API_KEY from a Secret');
});

let broken: string | undefined;
after(() => broken && rmSync(broken, { recursive: true, force: true }));

test('a broken manifest fails the check: unknown field, wrong type, patch of a missing object', async () => {
  broken = mkdtempSync(path.join(tmpdir(), 'hotpot-k8s-'));
  const cases: [file: string, from: string, to: string, message: RegExp][] = [
    [
      'base/worker-deployment.yaml',
      'path: /readyz',
      'paht: /readyz',
      /Deployment hotpot-worker.*unknown field "paht"/s,
    ],
    ['base/worker-deployment.yaml', 'replicas: 2', 'replicas: two', /Deployment hotpot-worker.*replicas/s],
    [
      'base/worker-pdb.yaml',
      'kind: PodDisruptionBudget',
      'kind: PodDisruptionBudgett',
      /PodDisruptionBudgett/,
    ],
  ];
  for (const [file, from, to, message] of cases) {
    const copy = path.join(broken, String(cases.findIndex((c) => c[0] === file && c[1] === from)));
    cpSync(root, copy, { recursive: true });
    const text = readFileSync(path.join(copy, file), 'utf8');
    assert.ok(text.includes(from), `${file} has ${from}`);
    writeFileSync(path.join(copy, file), text.replace(from, to));
    await assert.rejects(renderManifests([path.join(copy, path.dirname(file))]), message, `${file}: ${to}`);
  }
  // kustomize applies a patch whose target matches nothing as a no-op, so the test checks targets itself.
  const copy = path.join(broken, 'patch-target');
  cpSync(root, copy, { recursive: true });
  const file = path.join(copy, 'overlays/mtls/kustomization.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('name: hotpot-worker', 'name: hotpot-workr'));
  const dir = path.dirname(file);
  const objects = (await renderManifests([dir]))[dir]!;
  assert.deepEqual(missingPatchTargets(dir, objects), ['Deployment/hotpot-workr']);
});

test('every patch of every overlay targets an object that is rendered', () => {
  for (const dir of dirs) assert.deepEqual(missingPatchTargets(dir, rendered[dir]!), [], dir);
});

function missingPatchTargets(dir: string, objects: K8sObject[]): string[] {
  const file = parse(readFileSync(path.join(dir, 'kustomization.yaml'), 'utf8')) as {
    patches?: { target?: { kind: string; name: string } }[];
  };
  return (file.patches ?? [])
    .flatMap((p) => (p.target ? [p.target] : []))
    .filter((t) => !objects.some((o) => o.kind === t.kind && o.metadata.name === t.name))
    .map((t) => `${t.kind}/${t.name}`);
}

function mebibytes(q: string): number {
  const m = /^(\d+)(Mi|Gi)$/.exec(q);
  assert.ok(m, q);
  return Number(m[1]) * (m[2] === 'Gi' ? 1024 : 1);
}
