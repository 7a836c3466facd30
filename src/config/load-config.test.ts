import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { HotpotError } from '../errors.js';
import { ConfigError } from './config-error.js';
import { loadConfig } from './load-config.js';
import { fakeKey, tempDir, writeFile } from './testing/test-fixtures.js';

type Env = Record<string, string>;

function problemsOf(env: Env, yaml?: string, cwd = tempDir()): string[] {
  const file = yaml === undefined ? undefined : writeFile(cwd, 'custom.yaml', yaml);
  try {
    loadConfig({ env, cwd, ...(file !== undefined && { file }) });
  } catch (err) {
    assert.ok(err instanceof ConfigError, String(err));
    return err.message.split('\n').slice(1);
  }
  assert.fail('expected a ConfigError');
}

describe('loadConfig', () => {
  it('gives the documented defaults and a frozen object', () => {
    const cwd = tempDir();
    const config = loadConfig({ env: {}, cwd });
    assert.deepEqual(config, {
      temporal: { address: '127.0.0.1:7233', namespace: 'default', taskQueue: 'hotpot-ingest-gcp' },
      database: {
        url: `pglite://${cwd}/.hotpot/data`,
        connectTimeoutMs: 10_000,
        statementTimeoutMs: 300_000,
      },
      gcp: {
        allowInsecureEndpoint: false,
        projects: [],
        credentials: { source: 'adc' },
        requestsPerMinute: 1200,
        pageSize: 500,
        maxResponseBytes: 268_435_456,
        discovery: { parents: [], include: [], exclude: [], labels: '', requestsPerMinute: 300 },
        feeds: { subscriptions: [], maxOutstanding: 200, maxEventAgeSeconds: 518_400, holeGraceSeconds: 30 },
      },
      worker: {
        maxConcurrentSessions: 10,
        maxConcurrentActivities: 20,
        pagesInHand: 6,
        inventoryConcurrency: 10,
        skipKinds: [],
        metricsPort: 0,
        metricsHost: '127.0.0.1',
        drainTimeoutMs: 30_000,
        tracing: { exporter: 'none', serviceName: 'hotpot-worker', sdkDisabled: false },
      },
      deletion: { maxShare: 0.5, minRows: 20 },
      log: { level: 'info', format: 'text' },
      console: {},
      sections: {},
      baseDir: cwd,
    });
    assert.ok(Object.isFrozen(config.gcp.projects) && Object.isFrozen(config.gcp.credentials));
    assert.throws(() => {
      (config.temporal as { address: string }).address = 'x:1';
    }, TypeError);
  });

  it('reads every setting from the environment', () => {
    const cwd = tempDir();
    const config = loadConfig({
      cwd,
      env: {
        TEMPORAL_ADDRESS: 'temporal.internal:7233',
        TEMPORAL_NAMESPACE: 'prod',
        OTEL_TRACES_EXPORTER: 'otlp',
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/custom/traces',
        OTEL_SERVICE_NAME: 'hotpot-prod',
        OTEL_SDK_DISABLED: 'true',
        HOTPOT_TASK_QUEUE: 'q',
        HOTPOT_TEMPORAL_UI_URL: 'http://localhost:8233',
        HOTPOT_DATABASE_URL: 'postgres://hotpot@db:5432/hotpot',
        HOTPOT_GCP_ENDPOINT: 'http://127.0.0.1:8085',
        HOTPOT_GCP_PROJECTS: ' proj-one, proj-two ,,example.com:proj-three',
        HOTPOT_GCP_REQUESTS_PER_MINUTE: '600',
        HOTPOT_GCP_PAGE_SIZE: '100',
        HOTPOT_GCP_MAX_RESPONSE_BYTES: '1048576',
        HOTPOT_MAX_SESSIONS: '3',
        HOTPOT_MAX_ACTIVITIES: '7',
        HOTPOT_PAGES_IN_HAND: '3',
        HOTPOT_INVENTORY_CONCURRENCY: '2',
        HOTPOT_LOG_LEVEL: 'debug',
        HOTPOT_CONSOLE_TOKEN: 'console-token-7f3a-0123',
        HOTPOT_GCP_FEED_SUBSCRIPTIONS: 'projects/p/subscriptions/a,projects/p/subscriptions/b',
        HOTPOT_GCP_FEED_MAX_EVENT_AGE_SECONDS: '600',
      },
    });
    assert.equal(config.console.token?.reveal(), 'console-token-7f3a-0123');
    assert.deepEqual(JSON.parse(JSON.stringify(config)), {
      temporal: {
        address: 'temporal.internal:7233',
        namespace: 'prod',
        taskQueue: 'q',
        uiUrl: 'http://localhost:8233',
      },
      database: {
        url: 'postgres://hotpot@db:5432/hotpot',
        connectTimeoutMs: 10_000,
        statementTimeoutMs: 300_000,
      },
      gcp: {
        endpoint: 'http://127.0.0.1:8085',
        allowInsecureEndpoint: false,
        projects: ['proj-one', 'proj-two', 'example.com:proj-three'],
        credentials: { source: 'none' },
        requestsPerMinute: 600,
        pageSize: 100,
        maxResponseBytes: 1_048_576,
        discovery: { parents: [], include: [], exclude: [], labels: '', requestsPerMinute: 300 },
        feeds: {
          subscriptions: ['projects/p/subscriptions/a', 'projects/p/subscriptions/b'],
          maxOutstanding: 200,
          maxEventAgeSeconds: 600,
          holeGraceSeconds: 30,
        },
      },
      worker: {
        maxConcurrentSessions: 3,
        maxConcurrentActivities: 7,
        pagesInHand: 3,
        inventoryConcurrency: 2,
        skipKinds: [],
        metricsPort: 0,
        metricsHost: '127.0.0.1',
        drainTimeoutMs: 30_000,
        tracing: {
          exporter: 'otlp',
          endpoint: 'http://collector:4318',
          tracesEndpoint: 'http://collector:4318/custom/traces',
          serviceName: 'hotpot-prod',
          sdkDisabled: true,
        },
      },
      deletion: { maxShare: 0.5, minRows: 20 },
      log: { level: 'debug', format: 'text' },
      console: { token: '<redacted>' },
      sections: {},
      baseDir: cwd,
    });
  });

  it('lets the environment win over the file, and the file over defaults', () => {
    const cwd = tempDir();
    writeFile(
      cwd,
      'hotpot.yaml',
      'temporal:\n  address: from-file:1\n  namespace: file-ns\ngcp:\n  pageSize: 50\n',
    );
    const config = loadConfig({ env: { TEMPORAL_ADDRESS: 'from-env:2' }, cwd });
    assert.equal(config.temporal.address, 'from-env:2');
    assert.equal(config.temporal.namespace, 'file-ns');
    assert.equal(config.gcp.pageSize, 50);
  });

  it('finds the file by --config, then HOTPOT_CONFIG, then ./hotpot.yaml', () => {
    const cwd = tempDir();
    writeFile(cwd, 'hotpot.yaml', 'temporal: { namespace: local }\n');
    writeFile(cwd, 'env.yaml', 'temporal: { namespace: from-env-var }\n');
    writeFile(cwd, 'flag.yaml', 'temporal: { namespace: from-flag }\n');
    const ns = (env: Env, file?: string): string =>
      loadConfig({ env, cwd, ...(file !== undefined && { file }) }).temporal.namespace;
    assert.equal(ns({}), 'local');
    assert.equal(ns({ HOTPOT_CONFIG: 'env.yaml' }), 'from-env-var');
    assert.equal(ns({ HOTPOT_CONFIG: 'env.yaml' }, 'flag.yaml'), 'from-flag');
  });

  const databaseUrls: [string, string | RegExp][] = [
    ['pglite://memory', 'pglite://memory'],
    ['pglite://data/db', 'pglite://<cwd>/data/db'],
    ['pglite:///var/lib/hotpot', 'pglite:///var/lib/hotpot'],
    ['postgres://u:p@host:5432/hotpot', 'postgres://u:p@host:5432/hotpot'],
    ['postgresql://host/hotpot', 'postgresql://host/hotpot'],
    ['mysql://host/db', /database\.url \(env HOTPOT_DATABASE_URL\): must be postgres/],
    ['pglite://', /database\.url/],
    ['postgres://bad host/db', /database\.url/],
  ];
  for (const [url, expected] of databaseUrls) {
    it(`database url ${url}`, () => {
      const cwd = tempDir();
      const env = { HOTPOT_DATABASE_URL: url };
      if (typeof expected === 'string') {
        assert.equal(loadConfig({ env, cwd }).database.url, expected.replace('<cwd>', cwd));
      } else {
        assert.match(problemsOf(env, undefined, cwd).join('\n'), expected);
      }
    });
  }

  const badValues: [string, Env, RegExp][] = [
    [
      'malformed endpoint',
      { HOTPOT_GCP_ENDPOINT: 'localhost:8085' },
      /gcp\.endpoint \(env HOTPOT_GCP_ENDPOINT\): must be an http\(s\) URL/,
    ],
    ['malformed UI URL', { HOTPOT_TEMPORAL_UI_URL: 'ftp://x' }, /temporal\.uiUrl/],
    [
      'malformed Vault address',
      { VAULT_ADDR: 'vault:8200', HOTPOT_VAULT_PATH: 'p', VAULT_TOKEN: 't' },
      /gcp\.credentials\.vault\.address \(env VAULT_ADDR\)/,
    ],
    [
      'Temporal address without port',
      { TEMPORAL_ADDRESS: 'localhost' },
      /temporal\.address .*must be host:port/,
    ],
    ['negative number', { HOTPOT_GCP_REQUESTS_PER_MINUTE: '-5' }, /gcp\.requestsPerMinute .*at least 1/],
    [
      'non-numeric number',
      { HOTPOT_MAX_SESSIONS: 'ten' },
      /worker\.maxConcurrentSessions \(env HOTPOT_MAX_SESSIONS\): must be a whole number/,
    ],
    ['fractional number', { HOTPOT_INVENTORY_CONCURRENCY: '1.5' }, /worker\.inventoryConcurrency/],
    [
      'no pages in hand',
      { HOTPOT_PAGES_IN_HAND: '0' },
      /worker\.pagesInHand \(env HOTPOT_PAGES_IN_HAND\).*at least 1/,
    ],
    ['page size over 500', { HOTPOT_GCP_PAGE_SIZE: '501' }, /gcp\.pageSize .*between 1 and 500/],
    [
      'bad project id',
      { HOTPOT_GCP_PROJECTS: 'ok-project,Bad_Project' },
      /gcp\.projects\[1\] \(env HOTPOT_GCP_PROJECTS\): "Bad_Project" is not a GCP project id/,
    ],
    ['bad log level', { HOTPOT_LOG_LEVEL: 'verbose' }, /log\.level .*one of debug, info, warn, error/],
    [
      'unknown credential source',
      { HOTPOT_GCP_CREDENTIALS_SOURCE: 'kerberos' },
      /gcp\.credentials\.source \(env HOTPOT_GCP_CREDENTIALS_SOURCE\): unknown credential source "kerberos"/,
    ],
    ['none without endpoint', { HOTPOT_GCP_CREDENTIALS_SOURCE: 'none' }, /only valid with gcp\.endpoint/],
    [
      'vault without address or auth',
      { HOTPOT_VAULT_PATH: 'gcp/sa' },
      /vault\.address: required[\s\S]*vault\.token/,
    ],
    [
      'AppRole without secret id',
      { VAULT_ADDR: 'http://v:8200', HOTPOT_VAULT_PATH: 'p', VAULT_ROLE_ID: 'r' },
      /vault\.secretId: required/,
    ],
    [
      'inline JSON that is not JSON',
      { HOTPOT_GCP_CREDENTIALS_JSON: '{not json' },
      /gcp\.credentials\.json \(env HOTPOT_GCP_CREDENTIALS_JSON\): .*not valid JSON/,
    ],
    [
      'missing key file',
      { GOOGLE_APPLICATION_CREDENTIALS: '/nonexistent/key.json' },
      /gcp\.credentials\.keyFile \(env GOOGLE_APPLICATION_CREDENTIALS\): key file \/nonexistent\/key\.json does not exist/,
    ],
  ];
  for (const [name, env, expected] of badValues) {
    it(`reports ${name}`, () => {
      assert.match(problemsOf(env).join('\n'), expected);
    });
  }

  it('reports a key file that is a directory or unreadable', (t) => {
    const dir = tempDir();
    assert.match(problemsOf({ GOOGLE_APPLICATION_CREDENTIALS: dir }).join('\n'), /is a directory/);
    if (process.getuid?.() === 0) return t.skip('root reads any file');
    const key = writeFile(dir, 'key.json', fakeKey('a@b.iam.gserviceaccount.com'));
    chmodSync(key, 0o000);
    assert.match(problemsOf({ GOOGLE_APPLICATION_CREDENTIALS: key }).join('\n'), /not readable/);
  });

  it('reports unknown keys at every level of the file, naming the file', () => {
    const yaml = 'temporall: {}\ntemporal:\n  adress: x\ngcp:\n  credentials:\n    vault:\n      tokn: x\n';
    const lines = problemsOf({}, yaml).sort();
    assert.equal(lines.length, 3);
    assert.match(
      lines[0] ?? '',
      /^ {2}- gcp\.credentials\.vault\.tokn \(from .*custom\.yaml\): unknown key$/,
    );
    assert.match(lines[1] ?? '', /^ {2}- temporal\.adress \(from .*custom\.yaml\): unknown key$/);
    assert.match(lines[2] ?? '', /^ {2}- temporall \(from .*custom\.yaml\): unknown key$/);
  });

  it('lists every problem at once, each naming its key and source', () => {
    const yaml = 'gcp:\n  pageSize: 0\n  extra: 1\nlog:\n  level: loud\n';
    const env = {
      HOTPOT_GCP_ENDPOINT: 'nope',
      HOTPOT_MAX_SESSIONS: '-1',
      HOTPOT_DATABASE_URL: 'sqlite://x',
      GOOGLE_APPLICATION_CREDENTIALS: '/missing.json',
    };
    const lines = problemsOf(env, yaml);
    const keys = lines.map((l) => /^ {2}- (\S+)/.exec(l)?.[1]).sort();
    assert.deepEqual(keys, [
      'database.url',
      'gcp.credentials.keyFile',
      'gcp.endpoint',
      'gcp.extra',
      'gcp.pageSize',
      'log.level',
      'worker.maxConcurrentSessions',
    ]);
  });

  it('reports a missing, invalid or non-mapping file', () => {
    const cwd = tempDir();
    assert.match(
      problemsOf({ HOTPOT_CONFIG: 'absent.yaml' }, undefined, cwd).join('\n'),
      /absent\.yaml\): config file does not exist/,
    );
    assert.match(problemsOf({}, 'temporal: [unclosed\n').join('\n'), /not valid YAML/);
    assert.match(problemsOf({}, '- a\n- b\n').join('\n'), /must be a YAML mapping/);
  });

  it('throws a HotpotError with exit code 2 and leaves the disk untouched', () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'sub'));
    const before = readdirSync(cwd, { recursive: true });
    assert.throws(
      () => loadConfig({ env: { HOTPOT_GCP_PAGE_SIZE: 'x' }, cwd }),
      (err) => err instanceof HotpotError && err.exitCode === 2,
    );
    assert.deepEqual(readdirSync(cwd, { recursive: true }), before);
  });
});

describe('credential source', () => {
  const dir = tempDir();
  const key = writeFile(dir, 'key.json', fakeKey('sa@demo.iam.gserviceaccount.com'));
  const vault = { VAULT_ADDR: 'http://vault:8200/', HOTPOT_VAULT_PATH: '/gcp/sa/' };
  const cases: [string, Env, unknown][] = [
    ['nothing set: ADC', {}, { source: 'adc' }],
    ['endpoint only: none', { HOTPOT_GCP_ENDPOINT: 'http://127.0.0.1:8085' }, { source: 'none' }],
    [
      'explicit adc with endpoint',
      { HOTPOT_GCP_ENDPOINT: 'https://e:1', HOTPOT_GCP_CREDENTIALS_SOURCE: 'adc' },
      { source: 'adc' },
    ],
    ['key file', { GOOGLE_APPLICATION_CREDENTIALS: key }, { source: 'keyFile', path: key }],
    ['relative key file', { GOOGLE_APPLICATION_CREDENTIALS: 'key.json' }, { source: 'keyFile', path: key }],
    [
      'inline over key file',
      { HOTPOT_GCP_CREDENTIALS_JSON: fakeKey('x@y.z'), GOOGLE_APPLICATION_CREDENTIALS: key },
      { source: 'inline', json: '<redacted>' },
    ],
    [
      'vault with token',
      { ...vault, VAULT_TOKEN: 'hvs.t', VAULT_NAMESPACE: 'team' },
      {
        source: 'vault',
        address: 'http://vault:8200',
        mount: 'secret',
        path: 'gcp/sa',
        field: 'credentials',
        namespace: 'team',
        auth: { method: 'token', token: '<redacted>' },
      },
    ],
    [
      'vault with AppRole',
      {
        ...vault,
        VAULT_ROLE_ID: 'role',
        VAULT_SECRET_ID: 'sid',
        HOTPOT_VAULT_MOUNT: 'kv',
        HOTPOT_VAULT_FIELD: 'key',
      },
      {
        source: 'vault',
        address: 'http://vault:8200',
        mount: 'kv',
        path: 'gcp/sa',
        field: 'key',
        auth: { method: 'approle', roleId: 'role', secretId: '<redacted>', mount: 'approle' },
      },
    ],
  ];
  for (const [name, env, expected] of cases) {
    it(name, () => {
      const config = loadConfig({ env, cwd: dir });
      assert.deepEqual(JSON.parse(JSON.stringify(config.gcp.credentials)), expected);
    });
  }

  it('reads the source from the file too', () => {
    const yaml = `gcp:\n  credentials:\n    source: keyFile\n    keyFile: ${key}\n`;
    const config = loadConfig({ env: {}, cwd: dir, file: writeFile(dir, 'c.yaml', yaml) });
    assert.deepEqual(config.gcp.credentials, { source: 'keyFile', path: key });
  });
});
