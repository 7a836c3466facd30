import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { FortiObject } from '../../fortinet/types.js';
import { listen } from '../server.js';
import {
  apiAnswer,
  errorEnvelope,
  parseRequest,
  type FortinetAnswer,
  type FortinetRequest,
} from './fortinet-api.js';
import { fortinetFaultKinds, type FortinetEmulatorState, type FortinetFault } from './fortinet-state.js';

/** The control API's prefix: `GET state`, `POST mutate`, `PUT objects`, `DELETE vdoms`, `POST`/`DELETE faults`, `GET requests`. */
export const fortinetControlPrefix = '/_fortiemulator';

type Sent = FortinetAnswer | { raw: string; truncate?: boolean };

/** Serves every emulated FortiGate under `/dev/<device>/api/v2/...`, and the control API. */
export function createFortinetServer(state: FortinetEmulatorState): Server {
  return createServer((req, res) => {
    void answer(state, req)
      .then((a) => send(res, a))
      .catch((err: unknown) =>
        send(res, {
          status: 500,
          body: { status: 'error', http_status: 500, message: (err as Error).message },
        }),
      );
  });
}

/** Listens on host:port (0 = a free port) and returns the base URL. */
export async function listenFortinet(server: Server, port: number, host: string): Promise<string> {
  const bound = await listen(server, port, host);
  return `http://${host}:${bound}`;
}

async function answer(state: FortinetEmulatorState, req: IncomingMessage): Promise<Sent> {
  const url = new URL(req.url ?? '/', 'http://emulator');
  if (url.pathname.startsWith(`${fortinetControlPrefix}/`))
    return control(state, req, url.pathname.slice(fortinetControlPrefix.length));
  const parsed = req.method === 'GET' ? parseRequest(url.pathname, url.searchParams) : undefined;
  if (!parsed) return errorEnvelope({}, 404);
  const device = state.device(parsed.device);
  if (!device) return errorEnvelope(parsed, 404);
  const counter = `${parsed.device}/${parsed.vdom}/${parsed.table}`;
  state.requests[counter] = (state.requests[counter] ?? 0) + 1;
  if (req.headers.authorization !== `Bearer ${state.token}`) return errorEnvelope(parsed, 401);
  const fault = state.takeFault(parsed.device, parsed.vdom, parsed.table);
  const revision = (vdom: string) => device.vdoms[vdom]?.revision ?? '';
  const normal = () => apiAnswer(device, parsed, url.searchParams, revision);
  return fault ? faultAnswer(fault, parsed, normal) : normal();
}

function faultAnswer(fault: FortinetFault, req: FortinetRequest, normal: () => FortinetAnswer): Sent {
  switch (fault.kind) {
    case 'tooManyRequests':
      return { ...errorEnvelope(req, 429), headers: { 'retry-after': String(fault.retryAfterSeconds ?? 1) } };
    case 'internalError':
      return errorEnvelope(req, 500);
    case 'unavailable':
      return errorEnvelope(req, 503);
    case 'unauthorized':
      return errorEnvelope(req, 401);
    case 'forbidden':
      return errorEnvelope(req, 403);
    case 'failedDependency':
      return errorEnvelope(req, 424, -3);
    case 'malformedJson':
      return { raw: '{"http_method":"GET","results":[{"policyid":1,<html>upstream error</html>' };
    case 'truncatedBody':
      return { raw: JSON.stringify(normal().body), truncate: true };
    case 'errorEnvelope':
      return { status: 200, body: errorEnvelope(req, 500, -1).body };
    case 'wrongVdom': {
      const a = normal();
      return { ...a, body: { ...(a.body as object), vdom: `${req.vdom}-other` } };
    }
    case 'emptyListing': {
      const a = normal();
      return a.status === 200 && req.api === 'cmdb' && req.mkey === undefined
        ? { ...a, body: { ...(a.body as object), results: [], size: 0, matched_count: 0, next_idx: -1 } }
        : a;
    }
  }
}

async function control(
  state: FortinetEmulatorState,
  req: IncomingMessage,
  path: string,
): Promise<FortinetAnswer> {
  const route = `${req.method} ${path}`;
  if (route === 'GET /state') return { status: 200, body: state.truth() };
  if (route === 'POST /mutate') return { status: 200, body: state.mutate() };
  if (route === 'GET /requests') return { status: 200, body: state.requests };
  if (route === 'PUT /objects') {
    const body = JSON.parse(await readBody(req)) as {
      device?: string;
      vdom?: string;
      table?: string;
      object?: FortiObject;
    };
    return (
      state.upsert(body) ?? {
        status: 200,
        body: { revision: state.device(body.device ?? '')?.vdoms[body.vdom ?? '']?.revision },
      }
    );
  }
  if (route === 'DELETE /vdoms') {
    const body = JSON.parse(await readBody(req)) as { device?: string; vdom?: string };
    return state.removeVdom(body.device ?? '', body.vdom ?? '')
      ? { status: 200, body: {} }
      : { status: 404, body: { error: `no VDOM '${body.vdom}' on device '${body.device}'` } };
  }
  if (route === 'DELETE /faults') {
    state.faults = [];
    return { status: 200, body: {} };
  }
  if (route === 'POST /faults') {
    const body = JSON.parse(await readBody(req)) as { faults?: FortinetFault[] };
    const faults = Array.isArray(body.faults) ? body.faults : [];
    const bad = faults.find((f) => !fortinetFaultKinds.includes(f?.kind));
    if (bad)
      return {
        status: 400,
        body: {
          error: `unknown fault kind '${String(bad?.kind)}' (known: ${fortinetFaultKinds.join(', ')})`,
        },
      };
    state.faults.push(...faults);
    return { status: 200, body: { active: state.faults.length } };
  }
  return { status: 404, body: { error: `no control route ${route}` } };
}

async function readBody(req: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of req) {
    text += String(chunk);
    if (text.length > 1_000_000) throw new Error('control body too large');
  }
  return text || '{}';
}

function send(res: ServerResponse, a: Sent): void {
  if ('raw' in a) {
    const length = Buffer.byteLength(a.raw);
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': length });
    if (a.truncate) {
      res.write(a.raw.slice(0, Math.floor(a.raw.length / 2)));
      res.destroy();
      return;
    }
    res.end(a.raw);
    return;
  }
  const text = JSON.stringify(a.body);
  res.writeHead(a.status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...(a.headers ?? {}),
  });
  res.end(text);
}
