import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { listen } from '../server.js';
import { vngError, vngRouteOf, vserverAnswer, type VngAnswer } from './vng-api.js';
import type { VngEmulatorState, VngFault } from './vng-state.js';

/** The control API's prefix: `GET state`, `POST mutate`, `GET requests`, `GET tokens`, `POST`/`DELETE faults`. */
export const vngControlPrefix = '/_vngemulator';
/** The IAM token endpoint's path (the IAM base is `<url>/iam`). */
export const VNG_TOKEN_PATH = '/iam/v2/auth/token';

type Sent = VngAnswer | { malformed: string };

/** Serves the emulated IAM token endpoint, the vServer API (`/{region}/vserver-gateway/v2/…`) and the control API. */
export function createVngServer(state: VngEmulatorState): Server {
  return createServer((req, res) => {
    void answer(state, req)
      .then((a) => send(res, a))
      .catch((err: unknown) => send(res, vngError(500, `Emulator failure: ${(err as Error).message}`)));
  });
}

/** Listens on host:port (0 = a free port) and returns the base URL. */
export async function listenVng(server: Server, port: number, host: string): Promise<string> {
  return `http://${host}:${await listen(server, port, host)}`;
}

async function answer(state: VngEmulatorState, req: IncomingMessage): Promise<Sent> {
  const url = new URL(req.url ?? '/', 'http://emulator');
  if (url.pathname.startsWith(`${vngControlPrefix}/`))
    return control(state, req, url.pathname.slice(vngControlPrefix.length));
  if (url.pathname === VNG_TOKEN_PATH && req.method === 'POST') return token(state, req);
  const route = req.method === 'GET' ? vngRouteOf(url.pathname) : undefined;
  if (!route) return vngError(404, `No handler for ${req.method} ${url.pathname}`);
  const key = Object.keys(state.estate.scopes).find((k) => {
    const s = state.estate.scopes[k]!;
    return s.projectId === route.projectId && s.region.toLowerCase() === route.region;
  });
  state.requests[route.path] = (state.requests[route.path] ?? 0) + 1;
  const fault = state.takeFault(key, route.path);
  if (fault?.kind === 'expireToken') state.tokens.clear();
  const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  if (!state.tokenValid(bearer) || fault?.kind === 'unauthorized')
    return vngError(401, 'Token is expired or invalid');
  if (fault?.kind === 'forbidden') return vngError(403, `Permission denied on project ${route.projectId}`);
  if (key === undefined)
    return vngError(404, `Project ${route.projectId} not found in region ${route.region}`);
  const failed = fault && faultAnswer(fault);
  if (failed) return failed;
  const result = vserverAnswer(
    state.estate.scopes[key]!,
    route,
    url.searchParams,
    fault?.kind === 'lyingEmpty',
  );
  if (fault?.kind === 'malformedJson')
    return { malformed: '{"listData": [{"uuid": "ins-1", <!-- gateway error -->' };
  if (fault?.kind === 'truncated') {
    const text = JSON.stringify(result.body);
    return { malformed: text.slice(0, Math.max(1, Math.floor(text.length / 2))) };
  }
  return result;
}

async function token(state: VngEmulatorState, req: IncomingMessage): Promise<Sent> {
  state.requests.token = (state.requests.token ?? 0) + 1;
  const body = new URLSearchParams(await readBody(req, ''));
  const fault = state.takeFault(undefined, 'token');
  const failed = fault && faultAnswer(fault);
  if (failed) return failed;
  const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  const [id, ...secret] = Buffer.from(basic ?? '', 'base64')
    .toString()
    .split(':');
  if (body.get('grant_type') !== 'client_credentials')
    return {
      status: 400,
      body: { errors: [{ code: 'INVALID_GRANT_TYPE', message: 'grant_type must be client_credentials' }] },
    };
  if (id !== state.clientId || secret.join(':') !== state.clientSecret)
    return {
      status: 401,
      body: {
        errors: [
          { code: 'IAM_AUTHENTICATION_FAILED', message: 'Authentication failed: wrong client id or secret' },
        ],
      },
    };
  return {
    status: 200,
    body: {
      access_token: state.issueToken(),
      expires_in: state.tokenSeconds,
      token_type: 'Bearer',
      refresh_expires_in: 0,
    },
  };
}

function faultAnswer(fault: VngFault): VngAnswer | undefined {
  switch (fault.kind) {
    case 'tooManyRequests':
      return {
        ...vngError(429, 'Too many requests'),
        headers: { 'retry-after': String(fault.retryAfterSeconds ?? 1) },
      };
    case 'internalError':
      return vngError(500, 'Internal server error');
    case 'unavailable':
      return vngError(503, 'Service unavailable');
    default:
      return undefined;
  }
}

async function control(state: VngEmulatorState, req: IncomingMessage, path: string): Promise<VngAnswer> {
  const route = `${req.method} ${path}`;
  if (route === 'GET /state') return { status: 200, body: state.truth() };
  if (route === 'GET /estate') return { status: 200, body: state.estate };
  if (route === 'POST /mutate') return { status: 200, body: state.mutate() };
  if (route === 'GET /requests') return { status: 200, body: state.requests };
  if (route === 'GET /tokens')
    return { status: 200, body: { issued: state.tokensIssued, live: state.tokens.size } };
  if (route === 'DELETE /faults') {
    state.faults = [];
    return { status: 200, body: {} };
  }
  if (route === 'POST /faults') {
    const body = JSON.parse(await readBody(req, '{}')) as { faults?: VngFault[] };
    state.faults.push(...(body.faults ?? []));
    return { status: 200, body: { active: state.faults.length } };
  }
  return vngError(404, `No control route ${route}`);
}

async function readBody(req: IncomingMessage, empty: string): Promise<string> {
  let text = '';
  for await (const chunk of req) {
    text += String(chunk);
    if (text.length > 1_000_000) throw new Error('request body too large');
  }
  return text || empty;
}

function send(res: ServerResponse, a: Sent): void {
  const text = 'malformed' in a ? a.malformed : JSON.stringify(a.body);
  const status = 'malformed' in a ? 200 : a.status;
  const headers = 'malformed' in a ? {} : (a.headers ?? {});
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}
