import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { listen } from '../server.js';
import { collectionOf, listAnswer, s1Error, type S1Answer } from './s1-api.js';
import { AGENT_STATE_KEYS, iso, type S1AgentStatePatch } from './s1-estate.js';
import type { S1EmulatorState, S1Fault } from './s1-state.js';

/** The control API's prefix: `GET state`, `POST mutate`, `DELETE`/`PATCH agents/{id}`, `POST`/`DELETE faults`, `GET requests`. */
export const s1ControlPrefix = '/_s1emulator';

/** Serves the emulated SentinelOne API (`/web/api/v2.1/{agents,sites,groups}`) and its control API. */
export function createS1Server(state: S1EmulatorState): Server {
  return createServer((req, res) => {
    void answer(state, req)
      .then((a) => send(res, a))
      .catch((err: unknown) => send(res, s1Error(500, 5000000, 'Emulator failure', (err as Error).message)));
  });
}

/** Listens on host:port (0 = a free port) and returns the base URL. */
export async function listenS1(server: Server, port: number, host: string): Promise<string> {
  const bound = await listen(server, port, host);
  return `http://${host}:${bound}`;
}

async function answer(state: S1EmulatorState, req: IncomingMessage): Promise<S1Answer | 'malformed'> {
  const url = new URL(req.url ?? '/', 'http://emulator');
  if (url.pathname.startsWith(`${s1ControlPrefix}/`))
    return control(state, req, url.pathname.slice(s1ControlPrefix.length));
  const collection = req.method === 'GET' ? collectionOf(url.pathname) : undefined;
  if (!collection) return s1Error(404, 4040010, 'Not Found', url.pathname);
  state.requests[collection] = (state.requests[collection] ?? 0) + 1;
  const fault = state.takeFault(collection);
  if (req.headers.authorization !== `ApiToken ${state.token}` || fault?.kind === 'unauthorized')
    return s1Error(401, 4010010, 'Authentication Failed');
  if (fault) {
    const failed = faultAnswer(fault);
    if (failed) return failed;
  }
  const result = listAnswer(state.truth(), collection, url.searchParams);
  return fault?.kind === 'malformedJson' ? 'malformed' : result;
}

function faultAnswer(fault: S1Fault): S1Answer | undefined {
  switch (fault.kind) {
    case 'tooManyRequests':
      return {
        ...s1Error(429, 4290010, 'Too Many Requests', 'API rate limit exceeded'),
        headers: { 'retry-after': String(fault.retryAfterSeconds ?? 1) },
      };
    case 'internalError':
      return s1Error(500, 5000010, 'Server Error');
    case 'unavailable':
      return s1Error(503, 5030010, 'Service Unavailable');
    default:
      return undefined;
  }
}

async function control(state: S1EmulatorState, req: IncomingMessage, path: string): Promise<S1Answer> {
  const route = `${req.method} ${path}`;
  if (route === 'GET /state') return { status: 200, body: state.truth() };
  if (route === 'POST /mutate') return { status: 200, body: state.mutate() };
  if (route === 'GET /requests') return { status: 200, body: state.requests };
  const agent = /^DELETE \/agents\/(\d+)$/.exec(route)?.[1];
  if (agent !== undefined) {
    const agents = state.estate.agents;
    const at = agents.findIndex((a) => a.id === agent);
    if (at < 0) return s1Error(404, 4040010, 'Not Found', `agent ${agent}`);
    agents.splice(at, 1);
    return { status: 200, body: { removed: agent } };
  }
  const patched = /^PATCH \/agents\/(\d+)$/.exec(route)?.[1];
  if (patched !== undefined) {
    const found = state.estate.agents.find((a) => a.id === patched);
    if (!found) return s1Error(404, 4040010, 'Not Found', `agent ${patched}`);
    const body = JSON.parse(await readBody(req)) as S1AgentStatePatch;
    for (const key of AGENT_STATE_KEYS) if (typeof body[key] === 'boolean') found[key] = body[key];
    found.updatedAt = iso(Date.now());
    return { status: 200, body: found };
  }
  if (route === 'DELETE /faults') {
    state.faults = [];
    return { status: 200, body: {} };
  }
  if (route === 'POST /faults') {
    const body = JSON.parse(await readBody(req)) as { faults?: S1Fault[] };
    state.faults.push(...(body.faults ?? []));
    return { status: 200, body: { active: state.faults.length } };
  }
  return s1Error(404, 4040010, 'Not Found', path);
}

async function readBody(req: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of req) {
    text += String(chunk);
    if (text.length > 1_000_000) throw new Error('control body too large');
  }
  return text || '{}';
}

function send(res: ServerResponse, a: S1Answer | 'malformed'): void {
  const text =
    a === 'malformed'
      ? '{"data": [{"id": "1", "computerName": <!-- upstream error -->'
      : JSON.stringify(a.body);
  const status = a === 'malformed' ? 200 : a.status;
  const headers = a === 'malformed' ? {} : (a.headers ?? {});
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}
