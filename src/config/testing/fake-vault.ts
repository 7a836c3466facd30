import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local Vault stand-in for tests that answers like Vault's KV v2 and AppRole APIs (documented response shapes). */
export interface FakeVault {
  address: string;
  /** Writes a new version of `mount/path` (like `vault kv put`). */
  put(mount: string, path: string, data: Record<string, unknown>): void;
  addToken(token: string): void;
  revokeAll(): void;
  addAppRole(roleId: string, secretId: string, leaseSeconds: number): void;
  deny(mount: string, path: string): void;
  requests: { method: string; url: string; headers: IncomingMessage['headers'] }[];
  logins(): number;
  close(): Promise<void>;
}

/** Starts a fake Vault on 127.0.0.1 with a random port. */
export async function startFakeVault(): Promise<FakeVault> {
  const secrets = new Map<string, Record<string, unknown>[]>();
  const tokens = new Set<string>();
  const roles = new Map<string, { secretId: string; lease: number }>();
  const denied = new Set<string>();
  const requests: FakeVault['requests'] = [];
  let logins = 0;

  const send = (res: ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
      const login = /^\/v1\/auth\/([^/]+)\/login$/.exec(req.url ?? '');
      if (req.method === 'POST' && login?.[1] === 'approle') {
        const body = JSON.parse(Buffer.concat(chunks).toString() || '{}') as {
          role_id?: string;
          secret_id?: string;
        };
        const role = roles.get(body.role_id ?? '');
        if (!role || role.secretId !== body.secret_id)
          return send(res, 400, { errors: ['invalid role or secret ID'] });
        logins += 1;
        const token = `hvs.approle-${logins}`;
        tokens.add(token);
        const auth = {
          client_token: token,
          accessor: 'acc',
          policies: ['default'],
          lease_duration: role.lease,
          renewable: true,
        };
        return send(res, 200, {
          request_id: 'r',
          lease_id: '',
          renewable: false,
          lease_duration: 0,
          data: null,
          auth,
        });
      }
      const read = /^\/v1\/([^/]+)\/data\/(.+)$/.exec(req.url ?? '');
      if (req.method !== 'GET' || !read) return send(res, 404, { errors: [] });
      const key = `${read[1]}/${decodeURIComponent(read[2] ?? '')}`;
      const token = req.headers['x-vault-token'];
      if (typeof token !== 'string' || !tokens.has(token) || denied.has(key)) {
        return send(res, 403, { errors: ['permission denied'] });
      }
      const versions = secrets.get(key);
      if (!versions) return send(res, 404, { errors: [] });
      const metadata = {
        created_time: new Date().toISOString(),
        custom_metadata: null,
        deletion_time: '',
        destroyed: false,
        version: versions.length,
      };
      const data = { data: versions.at(-1), metadata };
      send(res, 200, {
        request_id: 'r',
        lease_id: '',
        renewable: false,
        lease_duration: 0,
        data,
        wrap_info: null,
        warnings: null,
        auth: null,
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    address: `http://127.0.0.1:${port}`,
    put: (mount, path, data) =>
      secrets.set(`${mount}/${path}`, [...(secrets.get(`${mount}/${path}`) ?? []), data]),
    addToken: (token) => tokens.add(token),
    revokeAll: () => tokens.clear(),
    addAppRole: (roleId, secretId, lease) => roles.set(roleId, { secretId, lease }),
    deny: (mount, path) => denied.add(`${mount}/${path}`),
    requests,
    logins: () => logins,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
