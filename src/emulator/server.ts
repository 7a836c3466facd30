import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { routeCompute, routeFirewallPolicies, serveCompute } from './compute/compute-api.js';
import { controlPrefix, serveControl } from './control-api.js';
import type { EmulatorState } from './emulator-state.js';
import { handleResourceManager } from './resource-manager/rm-handler.js';
import { handleServices } from './services/services-handler.js';
import { instanceTagBindings } from './compute/tag-bindings.js';
import { serveEffectiveFirewalls } from './compute/effective-firewalls-route.js';
import {
  GoogleApiError,
  internalError,
  notFound,
  permissionDenied,
  rateLimitExceeded,
  tooManyRequests,
  unavailable,
} from './google-errors.js';
import type { ActiveFault } from './faults.js';

/** Serves the Compute API and the control API of one emulator state over plain HTTP. */
export function createEmulatorServer(state: EmulatorState): Server {
  const server = createServer((req, res) => {
    handle(state, req, res).catch((err: unknown) => {
      if (!res.headersSent)
        send(res, 500, JSON.stringify({ error: `Emulator failure: ${(err as Error).message}` }));
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 60_000;
  return server;
}

/** Listens on host:port (port 0 picks a free one) and resolves with the bound port. */
export async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return (server.address() as AddressInfo).port;
}

async function handle(state: EmulatorState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://emulator');
  if (await handleServices(state, req, res, url)) return;
  const rm = {
    hierarchy: state.estate.hierarchy,
    faults: state.faults,
    count: state.count.bind(state),
    tagBindings: (parent: string) => instanceTagBindings(state.estate, parent),
    latency: state.latency,
  };
  if (await handleResourceManager(rm, req, res, url)) return;
  if (url.pathname.startsWith(`${controlPrefix}/`) || url.pathname === controlPrefix) {
    const answer = await serveControl(state, req, url.pathname);
    return send(res, answer.status, answer.body);
  }
  const effective = req.method === 'GET' ? serveEffectiveFirewalls(state, url) : undefined;
  if (effective instanceof GoogleApiError) return sendError(res, effective);
  if (effective !== undefined) return send(res, 200, JSON.stringify(effective));
  const nodeOf = (name: string) =>
    state.estate
      .nodeIds()
      .find((n) => state.estate.node(n)?.collections.firewallPolicies.get('global', name));
  const routed =
    req.method === 'GET'
      ? (routeCompute(url.pathname) ?? routeFirewallPolicies(url.pathname, url.searchParams, nodeOf))
      : req.method === 'POST'
        ? routeCompute(url.pathname)
        : undefined;
  const call = routed && (routed.verb === 'listInstances') === (req.method === 'POST') ? routed : undefined;
  if (!call) return sendError(res, notFound(url.pathname.replace(/^\/compute\/v1\//, '')));
  state.count(call.project, call.method);
  if (state.faults.overQuota(call.project, Date.now()))
    return sendError(res, rateLimitExceeded(call.project));
  const paged = call.verb !== 'get' && !!url.searchParams.get('pageToken');
  const decision = state.faults.decide(call.project, call.method, paged);
  const pageItems = Number(url.searchParams.get('maxResults') ?? 500) || 500;
  const latencyMs = decision.latencyMs + state.latency.delayMs(call.project, call.method, pageItems);
  if (latencyMs > 0) await sleep(latencyMs);
  const failure = decision.failure;
  if (failure?.kind === 'connectionReset') {
    req.socket.destroy();
    return;
  }
  const permission = `compute.${call.type}.${call.verb === 'get' ? 'get' : 'list'}`;
  const failed = failure && failureError(failure, call.project, permission);
  if (failed) return sendError(res, failed);
  if (failure?.kind === 'emptyObject') return send(res, 200, '{}');
  const body = serveCompute(state, call, url.searchParams, decision.unreachable, decision.shaping);
  if (body instanceof GoogleApiError) return sendError(res, body);
  if (failure?.kind === 'truncatedBody') {
    res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8', 'content-length': body.length });
    res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.destroy());
    return;
  }
  if (failure?.kind === 'malformedJson')
    return send(
      res,
      200,
      Buffer.concat([body.subarray(0, Math.floor(body.length / 2)), Buffer.from('<!-- upstream error -->')]),
    );
  send(res, 200, body);
}

function failureError(fault: ActiveFault, project: string, permission: string): GoogleApiError | undefined {
  switch (fault.kind) {
    case 'permissionDenied':
      return permissionDenied(permission, project);
    case 'rateLimitExceeded':
      return rateLimitExceeded(project);
    case 'tooManyRequests':
      return tooManyRequests(fault.retryAfterSeconds ?? 1);
    case 'internalError':
      return internalError();
    case 'unavailable':
      return unavailable();
    default:
      return undefined;
  }
}

function sendError(res: ServerResponse, err: GoogleApiError): void {
  send(res, err.code, err.body(), err.headers);
}

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  const buf = typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, {
    'content-type': 'application/json; charset=UTF-8',
    'content-length': buf.length,
    ...headers,
  });
  res.end(buf);
}
