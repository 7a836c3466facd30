import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { EstateFileError, estateFromDocument } from './estate-file.js';

test('an estate file with a null resource, a duplicate project id or a non-array projects is a clear error, not a TypeError', () => {
  const cases: [unknown, RegExp][] = [
    [
      { projects: [{ id: 'proj-a', resources: { instances: [null] } }] },
      /resources\.instances\[0\] must be an API object, got null/,
    ],
    [
      { projects: [{ id: 'proj-a', resources: { disks: ['x'] } }] },
      /resources\.disks\[0\] must be an API object/,
    ],
    [{ projects: [{ id: 'proj-a' }, { id: 'proj-a' }] }, /project id 'proj-a' appears twice/],
    [{ projects: { id: 'proj-a' } }, /"projects" must be an array/],
  ];
  for (const [doc, want] of cases)
    assert.throws(
      () => estateFromDocument(doc),
      (err: Error) => err instanceof EstateFileError && want.test(err.message),
      JSON.stringify(doc),
    );
});

test('hotpot emulator refuses negative, non-numeric and absurd counts before generating anything', () => {
  const main = fileURLToPath(new URL('../cli/main.js', import.meta.url));
  for (const value of ['1e12', '-3', 'ten', '2000000']) {
    const run = spawnSync(
      process.execPath,
      [main, 'emulator', '--port', '0', '--instances-per-project', value],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    assert.equal(run.status, 1, `${value}: ${run.stderr}`);
    assert.match(run.stderr, /--instances-per-project must be a whole number from 0 to 1000000/, value);
  }
});

test('an estate file whose generate section would exhaust memory is refused, naming the key', () => {
  const cases: [unknown, RegExp][] = [
    [{ instances: 1e12 }, /generate\.instances must be a whole number from 0 to 1000000, got 1000000000000/],
    [{ disks: -1 }, /generate\.disks must be a whole number from 0 to 1000000, got -1/],
    [{ networks: '10' }, /generate\.networks must be a whole number .* got "10"/],
    [{ projects: 1e9 }, /generate\.projects must be a whole number from 0 to 100000/],
    [{ instancesPerProject: 5 }, /generate\.instancesPerProject is not a known key/],
    [
      { projects: 100, instances: 1_000_000 },
      /about \d+ resources, above the 5000000 .* lower generate\.instances/,
    ],
    [{ zones: 40, instanceGroupsPerZone: 1_000_000 }, /lower generate\.instanceGroupsPerZone/],
    [
      {
        projects: ['a', 'b'],
        overrides: { b: { instances: 1_000_000, disks: 1_000_000 }, a: { disks: 4e6 } },
      },
      /generate\.overrides\.a\.disks must be a whole number from 0 to 1000000/,
    ],
    [
      { projects: 10, overrides: { 'hotpot-demo-001': { instances: 1_000_000 } }, instances: 500_000 },
      /above the 5000000 .* lower generate\.overrides\.hotpot-demo-001\.instances/,
    ],
    [[1, 2], /"generate" must be an object of counts/],
    [{ withServices: 'yes' }, /generate\.withServices must be true or false/],
    [{ serviceCounts: { clusters: 2 } }, /generate\.serviceCounts\.clusters is not a known key/],
    [{ serviceCounts: { buckets: -2 } }, /generate\.serviceCounts\.buckets must be a whole number/],
  ];
  for (const [generate, want] of cases)
    assert.throws(
      () => estateFromDocument({ generate }),
      (err: Error) => err instanceof EstateFileError && want.test(err.message),
      JSON.stringify(generate),
    );
  assert.doesNotThrow(() => estateFromDocument({ generate: { projects: 2, instances: 1000, zones: 2 } }));
  assert.doesNotThrow(() =>
    estateFromDocument({
      generate: {
        projects: 2,
        withServices: true,
        serviceCounts: { buckets: 4 },
        overrides: { 'hotpot-demo-001': { withServices: false } },
      },
    }),
  );
});

test('SIGTERM while a large estate is still being generated ends hotpot emulator at once', async () => {
  const main = fileURLToPath(new URL('../cli/main.js', import.meta.url));
  const child = spawn(
    process.execPath,
    [main, 'emulator', '--port', '0', '--projects', '4', '--instances-per-project', '1000000'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
  await new Promise<void>((resolve) =>
    child.stdout.on('data', () => out.includes('Control API') && resolve()),
  );
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code)),
  );
  child.kill('SIGTERM');
  const guard = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const how = await exited;
  clearTimeout(guard);
  assert.equal(how, 'SIGTERM', 'ended by the signal itself, not killed after the guard (SIGKILL)');
});

test('once the estate is built, SIGTERM stops hotpot emulator and it exits 0', async () => {
  const main = fileURLToPath(new URL('../cli/main.js', import.meta.url));
  const child = spawn(
    process.execPath,
    [main, 'emulator', '--port', '0', '--projects', '1', '--instances-per-project', '5'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
  await new Promise<void>((resolve) =>
    child.stdout.on('data', () => out.includes('Control API') && resolve()),
  );
  await new Promise<void>((resolve) => {
    const check = () => out.includes('Estate generated') && resolve();
    check();
    child.stdout.on('data', check);
  });
  let err = '';
  child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => resolve(`${code ?? signal} ${err}`)),
  );
  child.kill('SIGTERM');
  assert.equal(await exited, '0 ');
});
