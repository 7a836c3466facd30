import { tokenProblem } from './credential-text.js';
import { CredentialsError } from './credentials-error.js';
import { registerSecret } from './known-secrets.js';
import { redactText, redactUrl } from './redact-url.js';
import type { VaultAuth } from './types.js';

/** How to reach Vault; `fetch` and `now` are injectable for tests. */
export interface VaultClientOptions {
  address: string;
  namespace?: string;
  auth: VaultAuth;
  fetch?: typeof fetch;
  now?: () => number;
  timeoutMs?: number;
}

/** One KV v2 secret version. */
export interface KvSecret {
  data: Record<string, unknown>;
  version: number;
}

/** A minimal Vault client: KV v2 reads with token or AppRole auth (the AppRole token is cached until its lease nears expiry). */
export interface VaultClient {
  readKv2(mount: string, path: string): Promise<KvSecret>;
}

/** The parts of Vault's JSON responses we read; every field may be absent. */
interface VaultBody {
  errors?: unknown;
  auth?: { client_token?: unknown; lease_duration?: unknown };
  data?: { data?: unknown; metadata?: { version?: unknown; deletion_time?: unknown } } | null;
}

interface VaultResult {
  status: number;
  json: VaultBody;
}

interface CachedToken {
  token: string;
  expiresAt: number;
}

/** Creates a fetch-based Vault client (KV v2 `GET /v1/{mount}/data/{path}`, AppRole `POST /v1/auth/{mount}/login`). */
export function createVaultClient(options: VaultClientOptions): VaultClient {
  const { address, auth, namespace, fetch: fetchFn = fetch, now = Date.now, timeoutMs = 10_000 } = options;
  let cached: CachedToken | undefined;

  async function call(
    method: string,
    apiPath: string,
    headers: Record<string, string>,
    body?: unknown,
  ): Promise<VaultResult> {
    const url = `${address}/v1/${apiPath}`;
    let response: Response;
    try {
      response = await fetchFn(url, {
        method,
        headers: {
          ...headers,
          ...(namespace !== undefined && { 'X-Vault-Namespace': namespace }),
          ...(body !== undefined && { 'Content-Type': 'application/json' }),
        },
        ...(body !== undefined && { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (err) {
      const reason =
        err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err);
      throw new CredentialsError(`cannot reach Vault at ${redactUrl(address)}: ${redactText(reason)}`, true);
    }
    const json: unknown = await response.json().catch(() => undefined);
    return {
      status: response.status,
      json: typeof json === 'object' && json !== null ? (json as VaultBody) : {},
    };
  }

  const secrets = (): string[] => [
    auth.method === 'token' ? auth.token.reveal() : auth.secretId.reveal(),
    ...(cached ? [cached.token] : []),
  ];

  async function token(): Promise<string> {
    if (auth.method === 'token') return auth.token.reveal();
    if (cached && now() < cached.expiresAt) return cached.token;
    const login = await call(
      'POST',
      `auth/${auth.mount}/login`,
      {},
      {
        role_id: auth.roleId,
        secret_id: auth.secretId.reveal(),
      },
    );
    const clientToken: unknown = login.json.auth?.client_token;
    if (typeof clientToken === 'string') registerSecret(clientToken);
    const unusable =
      typeof clientToken === 'string' ? tokenProblem(clientToken, 'the client token it returned') : undefined;
    if (login.status === 200 && unusable !== undefined)
      throw new CredentialsError(
        `Vault AppRole login at ${redactUrl(address)} (auth/${auth.mount}): ${unusable}`,
      );
    if (login.status !== 200 || typeof clientToken !== 'string') {
      throw new CredentialsError(
        `Vault AppRole login at ${redactUrl(address)} (auth/${auth.mount}) failed: ${describe(login, secrets())}`,
        login.status >= 500 || login.status === 429,
      );
    }
    const leaseMs = Number(login.json.auth?.lease_duration ?? 0) * 1000;
    const margin = Math.min(60_000, leaseMs * 0.2);
    cached = {
      token: clientToken,
      expiresAt: leaseMs > 0 ? now() + leaseMs - margin : Number.POSITIVE_INFINITY,
    };
    return clientToken;
  }

  async function readKv2(mount: string, path: string): Promise<KvSecret> {
    const apiPath = `${mount}/data/${path.split('/').map(encodeURIComponent).join('/')}`;
    let result = await call('GET', apiPath, { 'X-Vault-Token': await token() });
    if (result.status === 403 && auth.method === 'approle' && cached) {
      cached = undefined;
      result = await call('GET', apiPath, { 'X-Vault-Token': await token() });
    }
    const where = `${mount}/${path} on Vault ${redactUrl(address)}`;
    if (result.status === 404) {
      const deleted = Boolean(result.json.data?.metadata?.deletion_time);
      throw new CredentialsError(
        deleted
          ? `the latest version of ${where} is deleted`
          : `no secret at ${where} (KV v2 mount "${mount}", path "${path}"): check HOTPOT_VAULT_MOUNT and HOTPOT_VAULT_PATH`,
      );
    }
    if (result.status === 403) {
      throw new CredentialsError(
        `Vault denied reading ${where}: permission denied (the token needs read on ${mount}/data/${path})`,
      );
    }
    const data: unknown = result.json.data?.data;
    if (result.status !== 200 || typeof data !== 'object' || data === null) {
      throw new CredentialsError(
        `reading ${where} failed: ${describe(result, secrets())}`,
        result.status >= 500 || result.status === 429,
      );
    }
    return {
      data: data as Record<string, unknown>,
      version: Number(result.json.data?.metadata?.version ?? 0),
    };
  }

  return { readKv2 };
}

function describe(result: VaultResult, secrets: string[]): string {
  const errors: unknown = result.json.errors;
  const detail =
    Array.isArray(errors) && errors.length > 0
      ? `: ${redactText(errors.map(String).join('; '), secrets).slice(0, 300)}`
      : '';
  return `HTTP ${result.status}${detail}`;
}
