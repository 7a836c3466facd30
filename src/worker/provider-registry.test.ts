import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { S1Config } from '../config/types.js';
import type { WorkerConfig } from '../provider/provider.js';
import { configuredProviders, parseProviders, providers } from './provider-registry.js';

const gcpOnly = {} as WorkerConfig;
const withS1 = { s1: {} as S1Config } as WorkerConfig;
const names = (list: { name: string }[]) => list.map((p) => p.name);

test('a worker serves GCP always and SentinelOne when the config has an s1 section', () => {
  assert.deepEqual(names(configuredProviders(gcpOnly)), ['gcp']);
  assert.deepEqual(names(configuredProviders(withS1)), ['gcp', 's1']);
});

test('--provider names providers of the registry, each once, in the order given', () => {
  assert.deepEqual(names(parseProviders('s1, gcp,s1', withS1)), ['s1', 'gcp']);
  assert.deepEqual(names(parseProviders('gcp', gcpOnly)), ['gcp']);
});

test('--provider refuses an unknown name, an empty list, and a provider the config does not set up', () => {
  assert.throws(
    () => parseProviders('gcp,aws', withS1),
    /unknown provider 'aws' in --provider: use one or more of gcp, s1/,
  );
  assert.throws(() => parseProviders(' , ', withS1), /--provider needs at least one of gcp, s1/);
  assert.throws(
    () => parseProviders('s1', gcpOnly),
    /--provider s1 needs a SentinelOne console: set s1.endpoint/,
  );
});

test('every provider has a unique name and declarations in the order of its workflow-safe kinds', () => {
  assert.equal(new Set(providers.map((p) => p.name)).size, providers.length);
  for (const p of providers) {
    assert.deepEqual(
      p.resources.map((r) => r.activityName),
      p.kinds.map((k) => k.activityName),
      `${p.name}: declarations follow the workflow-safe kinds`,
    );
  }
});
