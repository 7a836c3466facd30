import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { estateFromDocument, EstateFileError } from './estate-file.js';
import { compileFilter, UnsupportedFilterError } from './compute/filter.js';
import { generateEstate } from './generate-estate.js';
import { allResourceTypes } from './compute/resource-types.js';

const dump = (seed: number) => {
  const estate = generateEstate({ seed, projects: 2, instances: 30 });
  return estate.projectIds().map((id) =>
    allResourceTypes.map((t) =>
      estate
        .project(id)
        ?.collections[t].all()
        .map((r) => r.json.toString()),
    ),
  );
};

describe('estates', () => {
  it('the same seed gives the same estate, another seed another one', () => {
    assert.deepEqual(dump(3), dump(3));
    assert.notDeepEqual(dump(3), dump(4));
  });

  it('overrides express one huge zone, forbidden and empty projects', () => {
    const estate = generateEstate({
      projects: 3,
      instances: 10,
      overrides: {
        'hotpot-demo-001': { zones: ['us-east1-b'], instances: 3000 },
        'hotpot-demo-002': { forbidden: true },
        'hotpot-demo-003': { instances: 0, disks: 0 },
      },
    });
    const big = estate.project('hotpot-demo-001');
    assert.equal(big?.collections.instances.inScope('zones/us-east1-b').length, 3000);
    assert.equal(estate.project('hotpot-demo-002')?.forbidden, true);
    assert.equal(estate.project('hotpot-demo-003')?.collections.instances.size, 0);
  });

  it('an estate file completes ids, links and kinds and keeps what the user wrote', () => {
    const estate = estateFromDocument({
      seed: 5,
      generate: { projects: 1, instances: 2 },
      projects: [
        {
          id: 'odd-project',
          zones: ['europe-west1-b'],
          resources: {
            instances: [
              { name: 'no-nics', zone: 'us-central1-a', networkInterfaces: [], labels: { owner: 'zoë' } },
            ],
            networks: [{ name: 'net' }],
          },
        },
      ],
    });
    assert.deepEqual(estate.projectIds(), ['hotpot-demo-001', 'odd-project']);
    const project = estate.project('odd-project');
    assert.deepEqual(project?.zones, ['europe-west1-b', 'us-central1-a']);
    const instance = JSON.parse(project?.collections.instances.all()[0]?.json.toString() ?? '{}') as Record<
      string,
      unknown
    >;
    assert.equal(instance['kind'], 'compute#instance');
    assert.match(String(instance['id']), /^\d{19}$/);
    assert.equal(
      instance['zone'],
      'https://www.googleapis.com/compute/v1/projects/odd-project/zones/us-central1-a',
    );
    assert.equal(
      instance['selfLink'],
      'https://www.googleapis.com/compute/v1/projects/odd-project/zones/us-central1-a/instances/no-nics',
    );
    assert.deepEqual(instance['labels'], { owner: 'zoë' });
  });

  it('an estate file with a mistake names it', () => {
    assert.throws(
      () => estateFromDocument({ projects: [{ id: 'p', resources: { vms: [] } }] }),
      (e: Error) => e instanceof EstateFileError && /unknown resource type 'vms'/.test(e.message),
    );
    assert.throws(
      () => estateFromDocument({ projects: [{ id: 'p', resources: { instances: [{ name: 'x' }] } }] }),
      /instances\[0\].*no zone/,
    );
  });
});

describe('filter subset', () => {
  const vm = { name: 'web-01', status: 'RUNNING', labels: { env: 'prod', owner: 'zoë' }, cpus: 4 };
  const cases: [string, boolean][] = [
    ['name = web-01', true],
    ['name = "web-01"', true],
    ['name != web-01', false],
    ['name = web-*', true],
    ['status = RUNNING labels.env = prod', true],
    ['(status = RUNNING) AND (labels.env = dev)', false],
    ['labels.owner = zoë', true],
    ['labels.missing = x', false],
    ['labels.missing != x', true],
    ['name eq web-.*', true],
    ['name eq web', false],
    ['status ne TERMINATED', true],
    ['cpus = 4', true],
  ];
  for (const [filter, expected] of cases)
    it(`${filter} → ${expected}`, () => assert.equal(compileFilter(filter)(vm), expected));
  for (const bad of ['name > a', 'name = a OR name = b', 'name:web', '', '(name = a', 'name eq (']) {
    it(`rejects '${bad}'`, () => assert.throws(() => compileFilter(bad), UnsupportedFilterError));
  }
});
