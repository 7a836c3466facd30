import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FaultInjector } from '../faults.js';
import { GoogleApiError, internalError, tooManyRequests, unavailable } from '../google-errors.js';
import type { Hierarchy } from './hierarchy.js';
import { hierarchyControlPrefix, serveHierarchyControl } from './hierarchy-control.js';
import {
  denied,
  isResourceManagerPath,
  routeResourceManager,
  unknownRmPath,
  type TagBindingLookup,
} from './rm-api.js';

/** What the Resource Manager emulator needs of the emulator state (EmulatorState has all of it). */
export interface RmContext {
  hierarchy: Hierarchy;
  /** Tag bindings of Compute resources (the full emulator); absent in the standalone one. */
  tagBindings?: TagBindingLookup;
  faults: FaultInjector;
  count(key: string, method: string): void;
  /** The emulator's latency model (the full emulator); its delay is added to every call's. */
  latency?: { delayMs(key: string, method: string, pageItems: number): number };
}

/**
 * Answers a Resource Manager v3 or Service Usage v1 request (or a hierarchy control call) and returns true,
 * or returns false when the path is not theirs. Faults and quotas are keyed by the call's parent (`folders/456`) or project id.
 */
export async function handleResourceManager(
  ctx: RmContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<boolean> {
  if (url.pathname.startsWith(hierarchyControlPrefix)) {
    const answer = await serveHierarchyControl(ctx.hierarchy, req, url.pathname);
    if (!answer) return false;
    send(res, answer.status, Buffer.from(answer.body));
    return true;
  }
  if (!isResourceManagerPath(url.pathname)) return false;
  const call =
    req.method === 'GET' ? routeResourceManager(url.pathname, url.searchParams, ctx.tagBindings) : undefined;
  if (!call) return sendError(res, unknownRmPath(url.pathname));
  ctx.count(call.key, call.method);
  if (ctx.faults.overQuota(call.key, Date.now())) return sendError(res, tooManyRequests(1));
  const decision = ctx.faults.decide(call.key, call.method);
  const pageItems = Number(url.searchParams.get('pageSize') ?? 300) || 300;
  const latencyMs = decision.latencyMs + (ctx.latency?.delayMs(call.key, call.method, pageItems) ?? 0);
  if (latencyMs > 0) await sleep(latencyMs);
  const fault = decision.failure;
  if (fault?.kind === 'connectionReset') {
    req.socket.destroy();
    return true;
  }
  if (fault?.kind === 'permissionDenied') return sendError(res, denied(call.method, call.key));
  if (fault?.kind === 'rateLimitExceeded' || fault?.kind === 'tooManyRequests')
    return sendError(res, tooManyRequests(fault.retryAfterSeconds ?? 1));
  if (fault?.kind === 'internalError') return sendError(res, internalError());
  if (fault?.kind === 'unavailable') return sendError(res, unavailable());
  let body: Buffer;
  try {
    body = Buffer.from(JSON.stringify(call.serve(ctx.hierarchy, url.searchParams)));
  } catch (err) {
    if (err instanceof GoogleApiError) return sendError(res, err);
    throw err;
  }
  if (fault?.kind === 'truncatedBody' || fault?.kind === 'malformedJson') {
    send(res, 200, Buffer.concat([body.subarray(0, Math.floor(body.length / 2)), Buffer.from('<!--')]));
    return true;
  }
  send(res, 200, body);
  return true;
}

function sendError(res: ServerResponse, err: GoogleApiError): true {
  send(res, err.code, Buffer.from(err.body()), err.headers);
  return true;
}

function send(res: ServerResponse, status: number, body: Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=UTF-8',
    'content-length': body.length,
    ...headers,
  });
  res.end(body);
}
