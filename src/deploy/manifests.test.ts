import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ENV_VARS } from '../config/env-vars.js';
import { atPointer, kustomizationDirs, readKustomization, type K8sObject } from './manifests.js';

const root = fileURLToPath(new URL('../../deploy/kubernetes/', import.meta.url));
const base = readKustomization(path.join(root, 'base'));

const name = z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
const quantity = z.string().regex(/^\d+(\.\d+)?(m|Mi|Gi|Ki)?$/);
const probe = z
  .strictObject({
    httpGet: z
      .strictObject({ path: z.string().startsWith('/'), port: z.union([name, z.number()]) })
      .optional(),
    tcpSocket: z.strictObject({ port: z.union([name, z.number()]) }).optional(),
    periodSeconds: z.number().int().positive().optional(),
    failureThreshold: z.number().int().positive().optional(),
  })
  .refine((p) => (p.httpGet ? 1 : 0) + (p.tcpSocket ? 1 : 0) === 1, 'one handler');
const container = z.strictObject({
  name,
  image: z.string(),
  args: z.array(z.string()).min(1),
  ports: z.array(z.strictObject({ name, containerPort: z.number().int().min(1).max(65535) })).optional(),
  envFrom: z.array(z.strictObject({ configMapRef: z.strictObject({ name }) })).optional(),
  env: z
    .array(
      z.strictObject({
        name: z.string(),
        value: z.string().optional(),
        valueFrom: z.strictObject({ secretKeyRef: z.strictObject({ name, key: z.string() }) }).optional(),
      }),
    )
    .optional(),
  livenessProbe: probe.optional(),
  readinessProbe: probe.optional(),
  startupProbe: probe.optional(),
  resources: z.strictObject({
    requests: z.strictObject({ cpu: quantity, memory: quantity }),
    limits: z.strictObject({ memory: quantity }),
  }),
  securityContext: z.strictObject({
    allowPrivilegeEscalation: z.literal(false),
    readOnlyRootFilesystem: z.literal(true),
    capabilities: z.strictObject({ drop: z.tuple([z.literal('ALL')]) }),
  }),
  volumeMounts: z
    .array(z.strictObject({ name, mountPath: z.string(), readOnly: z.boolean().optional() }))
    .optional(),
});
const podSpec = z.strictObject({
  serviceAccountName: name,
  restartPolicy: z.enum(['Always', 'OnFailure', 'Never']).optional(),
  terminationGracePeriodSeconds: z.number().int().positive().optional(),
  securityContext: z.strictObject({
    runAsNonRoot: z.literal(true),
    runAsUser: z.number().int().positive(),
    runAsGroup: z.number().int().positive(),
    seccompProfile: z.strictObject({ type: z.literal('RuntimeDefault') }),
  }),
  containers: z.array(container).min(1),
  volumes: z.array(z.looseObject({ name })).optional(),
});
const template = z.strictObject({
  metadata: z.strictObject({
    labels: z.record(z.string(), z.string()),
    annotations: z.record(z.string(), z.string()).optional(),
  }),
  spec: podSpec,
});
const selector = z.strictObject({ matchLabels: z.record(z.string(), z.string()) });
const meta = z.strictObject({ name });

/** The kinds the manifests may use, each with its apiVersion and the fields this project writes. */
const KINDS: Record<string, { apiVersion: string; schema: z.ZodType }> = {
  ServiceAccount: {
    apiVersion: 'v1',
    schema: z.strictObject({
      apiVersion: z.string(),
      kind: z.string(),
      metadata: meta,
      automountServiceAccountToken: z.boolean(),
    }),
  },
  ConfigMap: {
    apiVersion: 'v1',
    schema: z.strictObject({
      apiVersion: z.string(),
      kind: z.string(),
      metadata: meta,
      data: z.record(z.string(), z.string()),
    }),
  },
  Service: {
    apiVersion: 'v1',
    schema: z.strictObject({
      apiVersion: z.string(),
      kind: z.string(),
      metadata: meta,
      spec: z.strictObject({
        selector: z.record(z.string(), z.string()),
        ports: z.array(
          z.strictObject({ name, port: z.number().int(), targetPort: z.union([name, z.number()]) }),
        ),
      }),
    }),
  },
  Deployment: {
    apiVersion: 'apps/v1',
    schema: z.strictObject({
      apiVersion: z.string(),
      kind: z.string(),
      metadata: meta,
      spec: z.strictObject({
        replicas: z.number().int().positive(),
        selector,
        strategy: z.looseObject({ type: z.literal('RollingUpdate') }).optional(),
        template,
      }),
    }),
  },
  Job: {
    apiVersion: 'batch/v1',
    schema: z.strictObject({
      apiVersion: z.string(),
      kind: z.string(),
      metadata: meta,
      spec: z.strictObject({
        backoffLimit: z.number().int(),
        ttlSecondsAfterFinished: z.number().int(),
        template,
      }),
    }),
  },
  PodDisruptionBudget: {
    apiVersion: 'policy/v1',
    schema: z.strictObject({
      apiVersion: z.string(),
      kind: z.string(),
      metadata: meta,
      spec: z.strictObject({ maxUnavailable: z.number().int().positive(), selector }),
    }),
  },
};

const find = (kind: string, n: string): K8sObject => {
  const found = base.objects.find((o) => o.kind === kind && o.metadata.name === n);
  assert.ok(found, `${kind}/${n} is in the base`);
  return found;
};
const podOf = (o: K8sObject) =>
  (o as unknown as { spec: { template: z.infer<typeof template> } }).spec.template;

test('every object of the base is a known kind and apiVersion and matches its schema', () => {
  assert.ok(base.objects.length >= 7);
  for (const o of base.objects) {
    const kind = KINDS[o.kind];
    assert.ok(kind, `unknown kind ${o.kind}`);
    assert.equal(o.apiVersion, kind.apiVersion, `${o.kind}/${o.metadata.name}`);
    const parsed = kind.schema.safeParse(o);
    assert.ok(parsed.success, `${o.kind}/${o.metadata.name}: ${parsed.error?.message ?? ''}`);
  }
});

test('selectors match their pod labels; services, probes and secrets point at what exists', () => {
  for (const o of base.objects.filter((x) => x.kind === 'Deployment')) {
    const spec = o.spec as { selector: { matchLabels: Record<string, string> } };
    const labels = podOf(o).metadata.labels;
    for (const [k, v] of Object.entries(spec.selector.matchLabels))
      assert.equal(labels[k], v, o.metadata.name);
    for (const c of podOf(o).spec.containers) {
      const ports = new Set((c.ports ?? []).map((p) => p.name));
      for (const p of [c.livenessProbe, c.readinessProbe, c.startupProbe])
        if (p)
          assert.ok(ports.has(String(p.httpGet?.port ?? p.tcpSocket?.port)), `${o.metadata.name} probe port`);
      const volumes = new Set((podOf(o).spec.volumes ?? []).map((v) => v.name));
      for (const m of c.volumeMounts ?? [])
        assert.ok(volumes.has(m.name), `${o.metadata.name} mount ${m.name}`);
    }
  }
  const pdb = find('PodDisruptionBudget', 'hotpot-worker').spec as { selector: { matchLabels: object } };
  assert.deepEqual(pdb.selector.matchLabels, podOf(find('Deployment', 'hotpot-worker')).metadata.labels);
  const svc = find('Service', 'hotpot-console').spec as { selector: object };
  assert.deepEqual(svc.selector, podOf(find('Deployment', 'hotpot-console')).metadata.labels);
});

test('every ConfigMap key is an environment variable Hotpot or Temporal reads', () => {
  const known = new Set([
    ...ENV_VARS.map((v) => v.name),
    'TEMPORAL_API_KEY',
    'TEMPORAL_TLS',
    'TEMPORAL_TLS_CLIENT_CERT_PATH',
    'TEMPORAL_TLS_CLIENT_KEY_PATH',
    'TEMPORAL_TLS_SERVER_CA_CERT_PATH',
    'TEMPORAL_TLS_SERVER_NAME',
  ]);
  for (const dir of kustomizationDirs(root)) {
    const k = readKustomization(dir);
    const data = { ...(find('ConfigMap', 'hotpot-config').data as object) };
    for (const p of k.patches.filter((x) => x.target.kind === 'ConfigMap'))
      for (const op of p.ops) Object.assign(data, { [op.path.split('/').pop()!]: op.value });
    for (const key of Object.keys(data)) assert.ok(known.has(key), `${dir}: ${key} is read by nothing`);
  }
});

test('the worker: probes on the metrics port, grace period past the drain bound, memory from the benchmark', () => {
  const worker = find('Deployment', 'hotpot-worker');
  const config = find('ConfigMap', 'hotpot-config').data as Record<string, string>;
  const pod = podOf(worker).spec;
  const c = pod.containers[0]!;
  const metricsPort = c.ports?.find((p) => p.name === 'metrics')?.containerPort;
  assert.equal(String(metricsPort), config.HOTPOT_METRICS_PORT);
  assert.equal(config.HOTPOT_METRICS_HOST, '0.0.0.0');
  assert.equal(c.livenessProbe?.httpGet?.path, '/healthz');
  assert.equal(c.readinessProbe?.httpGet?.path, '/readyz');
  // The worker exits 1 past its drain bound; Kubernetes must not SIGKILL it before that.
  assert.ok(pod.terminationGracePeriodSeconds! * 1000 >= Number(config.HOTPOT_DRAIN_TIMEOUT_MS) + 10_000);
  // docs/benchmark.md: worker peak RSS 392–418 MB at 223k resources with default settings.
  assert.ok(mebibytes(c.resources.requests.memory) * 1.048576 >= 418);
  assert.ok(mebibytes(c.resources.limits.memory) > mebibytes(c.resources.requests.memory));
  assert.deepEqual(c.args, ['worker']);
  assert.deepEqual(
    find('Job', 'hotpot-migrate') && podOf(find('Job', 'hotpot-migrate')).spec.containers[0]!.args,
    ['migrate'],
  );
});

test('every overlay patches objects of the base at paths that exist', () => {
  const overlays = kustomizationDirs(root).filter((d) => d !== path.join(root, 'base'));
  assert.ok(overlays.length >= 2);
  for (const dir of overlays) {
    const k = readKustomization(dir);
    assert.deepEqual(k.file.resources, ['../../base'], dir);
    for (const patch of k.patches) {
      const target = k.objects.find(
        (o) => o.kind === patch.target.kind && o.metadata.name === patch.target.name,
      );
      assert.ok(target, `${dir}: no ${patch.target.kind}/${patch.target.name}`);
      for (const op of patch.ops) {
        assert.ok(op.op === 'add' || op.op === 'replace', `${dir}: op ${op.op}`);
        const parent = op.path.slice(0, op.path.lastIndexOf('/'));
        const at = op.op === 'replace' ? atPointer(target, op.path) : atPointer(target, parent);
        assert.notEqual(
          at,
          undefined,
          `${dir}: ${op.op} ${op.path} on ${patch.target.kind}/${patch.target.name}`,
        );
      }
    }
  }
});

function mebibytes(q: string): number {
  const m = /^(\d+)(Mi|Gi)$/.exec(q);
  assert.ok(m, q);
  return Number(m[1]) * (m[2] === 'Gi' ? 1024 : 1);
}
