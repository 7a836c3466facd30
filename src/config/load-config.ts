import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { ConfigError, type ConfigProblem } from './config-error.js';
import { ENV_VARS } from './env-vars.js';
import { credentialsSchema, fileSchema, isHostPort, type RawCredentials } from './file-schema.js';
import { insecureEndpoint } from './insecure-endpoint.js';
import { resolveCredentials } from './resolve-credentials.js';
import { resolveVaultLogin, type VaultConnection } from './vault-login.js';
import { resolveS1 } from './s1-config.js';
import { readTemporalProfile, temporalSettings } from './temporal-profile.js';
import { resolveConsoleToken } from './console-token.js';
import { registerSecret } from './known-secrets.js';
import { registerSecretsIn } from './redact-config.js';
import { urlSecrets } from './redact-url.js';
import type { HotpotConfig } from './types.js';

/** Where to load configuration from; `file` is `--config`, else `HOTPOT_CONFIG`, else `./hotpot.yaml` if present. */
export interface LoadConfigOptions {
  env?: NodeJS.ProcessEnv;
  file?: string;
  cwd?: string;
  /** Top-level keys owned by providers (`fortinet`): kept raw in `config.sections` for the provider to check. */
  sections?: readonly string[];
}

type Tree = Record<string, unknown>;

/** Loads the YAML file then the environment (env wins), validates everything and returns a deep-frozen config, or throws one ConfigError listing every problem. Writes nothing. */
export function loadConfig({
  env = process.env,
  file,
  cwd = process.cwd(),
  sections: sectionKeys = [],
}: LoadConfigOptions = {}): HotpotConfig {
  const problems: ConfigProblem[] = [];
  const path = chooseFile(file, env, cwd);
  const fromFile = path === undefined ? {} : readYaml(path, problems);
  const envOrigins = applyEnv(fromFile, env);
  const originOf = (key: string): string | undefined =>
    envOrigins.get(key) ?? (path === undefined ? undefined : `from ${path}`);
  const report = (key: string, message: string): void => {
    problems.push({ key, message, ...withOrigin(originOf(keyOf(key))) });
  };

  const sections = takeSections(fromFile, sectionKeys);
  const main = fileSchema.safeParse(fromFile);
  if (!main.success) reportIssues(main.error.issues, [], report);
  const rawGcp = fromFile.gcp;
  const rawCredentials = isTree(rawGcp) ? rawGcp.credentials : undefined;
  const credentials = credentialsSchema.safeParse(rawCredentials);
  if (!credentials.success) reportIssues(credentials.error.issues, ['gcp', 'credentials'], report);

  let source;
  if (credentials.success) {
    const endpoint = main.success
      ? main.data.gcp.endpoint
      : isTree(rawGcp)
        ? stringOrUndefined(rawGcp.endpoint)
        : undefined;
    const resolved = resolveCredentials(credentials.data ?? {}, endpoint, cwd);
    for (const p of resolved.problems) report(p.key, p.message);
    source = resolved.source;
  }
  if (main.success && source !== undefined) {
    const insecure = insecureEndpoint(main.data.gcp, source, originOf);
    if (insecure !== undefined) report('gcp.endpoint', insecure);
  }
  const s1 = main.success
    ? resolveS1(main.data.s1, credentials.success ? credentials.data?.vault : undefined, cwd)
    : { problems: [] };
  for (const p of s1.problems) report(p.key, p.message);
  const temporalNamed: { profile?: string; configFile?: string } = main.success ? main.data.temporal : {};
  const profile = readTemporalProfile(
    env,
    {
      ...(temporalNamed.profile !== undefined && { profile: temporalNamed.profile }),
      ...(temporalNamed.configFile !== undefined && {
        configFile: resolve(cwd, temporalNamed.configFile),
      }),
    },
    problems,
  );
  const profileAddressUsed = main.success && main.data.temporal.address === undefined;
  if (profileAddressUsed && profile.address !== undefined && !isHostPort(profile.address))
    problems.push({
      key: 'temporal.address',
      origin: 'Temporal config profile',
      message: `must be host:port, got ${JSON.stringify(profile.address)}`,
    });
  const consoleToken = main.success
    ? resolveConsoleToken(main.data.console, env, cwd)
    : { problems: [] as { key: string; message: string }[] };
  for (const p of consoleToken.problems) report(p.key, p.message);
  if (main.success) for (const secret of urlSecrets(main.data.database.url)) registerSecret(secret);
  if (problems.length > 0 || !main.success || source === undefined) throw new ConfigError(problems);

  const { temporal, database, gcp, worker, deletion, log } = main.data;
  const vault = sharedVault(credentials.data?.vault);
  const config: HotpotConfig = {
    temporal: temporalSettings(temporal, profile),
    database: { ...database, url: resolveDatabaseUrl(database.url, cwd) },
    gcp: {
      ...(gcp.endpoint !== undefined && { endpoint: gcp.endpoint }),
      allowInsecureEndpoint: gcp.allowInsecureEndpoint,
      projects: gcp.projects,
      credentials: source,
      requestsPerMinute: gcp.requestsPerMinute,
      pageSize: gcp.pageSize,
      maxResponseBytes: gcp.maxResponseBytes,
      discovery: gcp.discovery,
      feeds: gcp.feeds,
    },
    ...(s1.s1 && { s1: s1.s1 }),
    worker,
    deletion,
    log,
    console: consoleToken.token === undefined ? {} : { token: consoleToken.token },
    sections,
    baseDir: cwd,
    ...(vault && { vault }),
  };
  return deepFreeze(config);
}

function takeSections(tree: Tree, keys: readonly string[]): Record<string, unknown> {
  const sections: Record<string, unknown> = {};
  for (const key of keys) {
    if (!(key in tree)) continue;
    sections[key] = tree[key];
    registerSecretsIn(tree[key]);
    delete tree[key];
  }
  return sections;
}

function sharedVault(raw: RawCredentials['vault']): VaultConnection | undefined {
  if (raw?.address === undefined) return undefined;
  const text = (field: string): string | undefined => raw[field as keyof typeof raw]?.trim();
  return resolveVaultLogin(text, () => undefined);
}

function chooseFile(file: string | undefined, env: NodeJS.ProcessEnv, cwd: string): string | undefined {
  const named = file ?? nonEmpty(env.HOTPOT_CONFIG);
  if (named !== undefined) return resolve(cwd, named);
  const local = resolve(cwd, 'hotpot.yaml');
  return existsSync(local) ? local : undefined;
}

function readYaml(path: string, problems: ConfigProblem[]): Tree {
  const fail = (message: string): Tree => {
    problems.push({ key: '(file)', origin: path, message });
    return {};
  };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return fail(
      code === 'ENOENT' ? 'config file does not exist' : `config file cannot be read (${code ?? 'error'})`,
    );
  }
  const doc = parseDocument(text, { prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = yamlError.linePos?.[0].line;
    return fail(`not valid YAML${line === undefined ? '' : ` at line ${line}`}: ${yamlError.code}`);
  }
  const value: unknown = doc.toJS();
  if (value === null || value === undefined) return {};
  return isTree(value) ? value : fail('must be a YAML mapping of keys like temporal:, database:, gcp:');
}

function applyEnv(tree: Tree, env: NodeJS.ProcessEnv): Map<string, string> {
  const origins = new Map<string, string>();
  for (const v of ENV_VARS) {
    const value = nonEmpty(env[v.name]);
    if (value === undefined) continue;
    const parts = v.key.split('.');
    const leaf = parts.pop() as string;
    const node = parts.reduce<Tree | undefined>((at, part) => {
      const next = at === undefined ? undefined : (at[part] ??= {});
      return isTree(next) ? next : undefined;
    }, tree);
    if (node === undefined) continue;
    node[leaf] = v.list
      ? value
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '')
      : value;
    origins.set(v.key, `env ${v.name}`);
  }
  return origins;
}

function reportIssues(
  issues: z.core.$ZodIssue[],
  prefix: PropertyKey[],
  report: (key: string, message: string) => void,
): void {
  for (const issue of issues) {
    const at = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys) report(formatKey([...at, k]), 'unknown key');
    } else {
      report(formatKey(at), issue.message);
    }
  }
}

function formatKey(path: PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

function keyOf(formatted: string): string {
  return formatted.replace(/\[\d+\]$/, '');
}

function withOrigin(origin: string | undefined): { origin?: string } {
  return origin === undefined ? {} : { origin };
}

/** `pglite://<relative dir>` becomes `pglite://<absolute dir>` (so `pglite:///abs/dir`); other URLs pass through. */
function resolveDatabaseUrl(url: string, cwd: string): string {
  const dir = url.startsWith('pglite://') ? url.slice('pglite://'.length) : undefined;
  if (dir === undefined || dir === 'memory' || isAbsolute(dir)) return url;
  return `pglite://${resolve(cwd, dir)}`;
}

function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
