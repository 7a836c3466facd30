import { closeSync, openSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CredentialsError } from './credentials-error.js';
import type { RawCredentials } from './file-schema.js';
import { Secret } from './secret.js';
import { parseServiceAccountKey } from './service-account-key.js';
import type { GcpCredentialSource } from './types.js';
import { resolveVaultLogin, trimSlashes } from './vault-login.js';

const SOURCES = ['adc', 'none', 'keyFile', 'inline', 'vault'] as const;
type Source = (typeof SOURCES)[number];

/** A problem found while resolving credentials, by key. */
export interface KeyProblem {
  key: string;
  message: string;
}

/** Picks the credential source (explicit `source`, else inline JSON, Vault path, key file, `none` with an endpoint, ADC) and checks it. */
export function resolveCredentials(
  raw: RawCredentials,
  endpoint: string | undefined,
  cwd: string,
): { source?: GcpCredentialSource; problems: KeyProblem[] } {
  const problems: KeyProblem[] = [];
  const explicit = raw.source;
  if (explicit !== undefined && !(SOURCES as readonly string[]).includes(explicit)) {
    const message = `unknown credential source ${JSON.stringify(explicit)}; use one of ${SOURCES.join(', ')}`;
    return { problems: [{ key: 'gcp.credentials.source', message }] };
  }
  const chosen = (explicit ?? inferSource(raw, endpoint)) as Source;
  const problem = (key: string, message: string): { problems: KeyProblem[] } => {
    problems.push({ key: `gcp.credentials.${key}`, message });
    return { problems };
  };
  switch (chosen) {
    case 'adc':
      if (raw.keyFile?.trimStart().startsWith('{'))
        return problem(
          'keyFile',
          'holds JSON, but Google ADC reads GOOGLE_APPLICATION_CREDENTIALS as a path: set it to a key file path, or use source inline with HOTPOT_GCP_CREDENTIALS_JSON',
        );
      return { source: { source: 'adc' }, problems };
    case 'none':
      if (endpoint === undefined) {
        return problem(
          'source',
          'source "none" (unauthenticated) is only valid with gcp.endpoint set (an emulator)',
        );
      }
      return { source: { source: 'none' }, problems };
    case 'keyFile': {
      if (raw.keyFile === undefined) return problem('keyFile', 'required when the source is keyFile');
      if (raw.keyFile.trimStart().startsWith('{')) return inlineKeyFile(raw.keyFile, problems);
      const path = resolve(cwd, raw.keyFile);
      const unreadable = checkReadableFile(path);
      if (unreadable) return problem('keyFile', unreadable);
      return { source: { source: 'keyFile', path }, problems };
    }
    case 'inline': {
      if (raw.json === undefined) return problem('json', 'required when the source is inline');
      try {
        parseServiceAccountKey(raw.json, 'the inline credentials JSON');
      } catch (err) {
        if (err instanceof CredentialsError) return problem('json', err.message);
        throw err;
      }
      return { source: { source: 'inline', json: new Secret(raw.json) }, problems };
    }
    case 'vault':
      return resolveVault(raw.vault ?? {}, problems);
  }
}

/** GOOGLE_APPLICATION_CREDENTIALS holding the key JSON itself (some platforms do that): inline credentials, never echoed. */
function inlineKeyFile(
  json: string,
  problems: KeyProblem[],
): { source?: GcpCredentialSource; problems: KeyProblem[] } {
  try {
    parseServiceAccountKey(json, 'the key JSON');
  } catch (err) {
    if (!(err instanceof CredentialsError)) throw err;
    const message = `holds JSON, not a key file path, and ${err.message}; set it to the path of a key file, or put the key JSON in HOTPOT_GCP_CREDENTIALS_JSON`;
    problems.push({ key: 'gcp.credentials.keyFile', message });
    return { problems };
  }
  return { source: { source: 'inline', json: new Secret(json) }, problems };
}

function inferSource(raw: RawCredentials, endpoint: string | undefined): Source {
  if (raw.json !== undefined) return 'inline';
  if (raw.vault?.path !== undefined) return 'vault';
  if (raw.keyFile !== undefined) return 'keyFile';
  return endpoint === undefined ? 'adc' : 'none';
}

/** Checks a Vault section (KV v2 path, and a login: token or AppRole); problems are keyed under `prefix`. */
export function resolveVault(
  vault: NonNullable<RawCredentials['vault']>,
  problems: KeyProblem[],
  prefix = 'gcp.credentials.vault',
): { source?: Extract<GcpCredentialSource, { source: 'vault' }>; problems: KeyProblem[] } {
  const add = (key: string, message: string): void => {
    problems.push({ key: `${prefix}.${key}`, message });
  };
  const text = (field: string): string | undefined => {
    const value = vault[field as keyof typeof vault];
    return value === undefined ? undefined : value.trim();
  };
  if (vault.path === undefined)
    add('path', 'required for the vault source (the secret path under the KV v2 mount)');
  const login = resolveVaultLogin(text, add);
  if (problems.length > 0 || login === undefined || vault.path === undefined) return { problems };
  return {
    source: {
      source: 'vault',
      ...login,
      mount: trimSlashes(vault.mount ?? 'secret'),
      path: trimSlashes(vault.path),
      field: vault.field ?? 'credentials',
    },
    problems,
  };
}

function checkReadableFile(path: string): string | undefined {
  try {
    if (statSync(path).isDirectory()) return `${path} is a directory, not a key file`;
    closeSync(openSync(path, 'r'));
    return undefined;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return `key file ${path} does not exist`;
    if (code === 'EACCES' || code === 'EPERM') return `key file ${path} is not readable (permission denied)`;
    return `key file ${path} cannot be read (${code ?? 'unknown error'})`;
  }
}
