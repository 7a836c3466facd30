import { resolve } from 'node:path';
import type { z } from 'zod';
import type { fileSchema, RawCredentials } from './file-schema.js';
import { tokenProblem } from './credential-text.js';
import { isPlainHttp, remoteInsecureProblem } from './insecure-endpoint.js';
import { resolveVault, type KeyProblem } from './resolve-credentials.js';
import { Secret } from './secret.js';
import type { S1Config, S1TokenSource } from './types.js';

type RawS1 = NonNullable<z.infer<typeof fileSchema>['s1']>;

/**
 * The `s1` section as config, or undefined when no console is configured. The token comes from exactly one of
 * `s1.token`, `s1.tokenFile` or `s1.vault` (whose address and auth default to `gcp.credentials.vault`'s).
 */
export function resolveS1(
  raw: RawS1 | undefined,
  gcpVault: RawCredentials['vault'],
  cwd: string,
): { s1?: S1Config; problems: KeyProblem[] } {
  const problems: KeyProblem[] = [];
  if (raw === undefined) return { problems };
  if (raw.endpoint === undefined) {
    problems.push({ key: 's1.endpoint', message: 'required when any s1 key is set (the console URL)' });
    return { problems };
  }
  const sources = [raw.token, raw.tokenFile, raw.vault?.path].filter((v) => v !== undefined).length;
  if (sources !== 1) {
    problems.push({
      key: 's1.token',
      message:
        sources === 0
          ? 'an API token is required: set s1.token (HOTPOT_S1_API_TOKEN), s1.tokenFile or s1.vault.path'
          : 'set only one of s1.token, s1.tokenFile and s1.vault.path',
    });
    return { problems };
  }
  let token: S1TokenSource | undefined;
  if (raw.token !== undefined) {
    const problem = tokenProblem(raw.token, 'the token');
    if (problem !== undefined) problems.push({ key: 's1.token', message: problem });
    token = { source: 'inline', token: new Secret(raw.token.trim()) };
  } else if (raw.tokenFile !== undefined) token = { source: 'file', path: resolve(cwd, raw.tokenFile) };
  else {
    const vault = resolveVault(
      { ...gcpVault, ...raw.vault, field: raw.vault?.field ?? 'token' },
      problems,
      's1.vault',
    );
    token = vault.source;
  }
  const remote = raw.allowInsecureEndpoint
    ? remoteInsecureProblem(raw.endpoint, 's1.allowInsecureEndpoint')
    : undefined;
  if (remote !== undefined) problems.push({ key: 's1.endpoint', message: remote });
  if (isPlainHttp(raw.endpoint) && !raw.allowInsecureEndpoint) {
    problems.push({
      key: 's1.endpoint',
      message:
        'is plain http and would receive the API token in clear text; use https, or set s1.allowInsecureEndpoint (HOTPOT_S1_ALLOW_INSECURE_ENDPOINT=true) for an emulator',
    });
  }
  if (token === undefined || problems.length) return { problems };
  const endpoint = raw.endpoint.replace(/\/+$/, '');
  return {
    s1: {
      endpoint,
      console: raw.console ?? new URL(endpoint).host,
      allowInsecureEndpoint: raw.allowInsecureEndpoint,
      accountIds: raw.accountIds,
      taskQueue: raw.taskQueue,
      pageSize: raw.pageSize,
      requestsPerMinute: raw.requestsPerMinute,
      maxResponseBytes: raw.maxResponseBytes,
      token,
    },
    problems,
  };
}
