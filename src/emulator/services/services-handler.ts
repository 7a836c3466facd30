import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { EmulatorState } from '../emulator-state.js';
import {
  GoogleApiError,
  internalError,
  rateLimitExceeded,
  tooManyRequests,
  unavailable,
} from '../google-errors.js';
import { routeService } from './services-api.js';
import { serviceDenied, serviceDisabled } from './service-errors.js';
import { servicesTruth } from './service-objects.js';
import { servicesOf } from './services-api.js';

/** Control path of a project's service objects (ground truth): `GET /_emulator/services/<project>`. */
const servicesControlPrefix = '/_emulator/services/';

/**
 * Answers a request to GKE, Cloud SQL, Cloud Storage, IAM or the project IAM policy (or the services' ground truth)
 * and returns true, or returns false when the path is not theirs. A service the hierarchy has disabled answers
 * 403 accessNotConfigured; faults, quotas and request counts are keyed by project and method like Compute's.
 */
export async function handleServices(
  state: EmulatorState,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<boolean> {
  if (req.method === 'GET' && url.pathname.startsWith(servicesControlPrefix)) {
    const project = decodeURIComponent(url.pathname.slice(servicesControlPrefix.length));
    const found = servicesOf(state.estate, project);
    if (!found) send(res, 404, JSON.stringify({ error: `No project ${project}` }));
    else send(res, 200, JSON.stringify(servicesTruth(found.services)));
    return true;
  }
  const call = routeService(state.estate, req.method ?? 'GET', url.pathname, url.searchParams);
  if (!call) return false;
  state.count(call.project, call.method);
  if (call.orphan) return error(res, call.orphan);
  const found = servicesOf(state.estate, call.project);
  const rm = state.estate.hierarchy.project(call.project);
  if (!found || found.state.forbidden)
    return error(res, serviceDenied(call.permission, `projects/${call.project}`));
  if (rm && !rm.services.has(call.api)) return error(res, serviceDisabled(call.api, rm.number));
  if (state.faults.overQuota(call.project, Date.now())) return error(res, tooManyRequests(1));
  const paged = call.list && !!url.searchParams.get('pageToken');
  const decision = state.faults.decide(call.project, call.method, paged);
  if (decision.latencyMs > 0) await sleep(decision.latencyMs);
  const fault = decision.failure;
  if (fault?.kind === 'connectionReset') {
    req.socket.destroy();
    return true;
  }
  if (fault?.kind === 'permissionDenied')
    return error(res, serviceDenied(call.permission, `projects/${call.project}`));
  if (fault?.kind === 'rateLimitExceeded') return error(res, rateLimitExceeded(call.project));
  if (fault?.kind === 'tooManyRequests') return error(res, tooManyRequests(fault.retryAfterSeconds ?? 1));
  if (fault?.kind === 'internalError') return error(res, internalError());
  if (fault?.kind === 'unavailable') return error(res, unavailable());
  if (fault?.kind === 'emptyObject') return (send(res, 200, '{}'), true);
  const missing = [...decision.unreachable].map((k) => k.slice(k.indexOf('/') + 1));
  let body: Buffer;
  try {
    const answer = call.serve(found.services, url.searchParams, missing);
    const empty = call.list && decision.shaping.some((f) => f.kind === 'emptyListing');
    body = Buffer.from(JSON.stringify(empty ? emptied(answer) : answer));
  } catch (err) {
    if (err instanceof GoogleApiError) return error(res, err);
    throw err;
  }
  if (fault?.kind === 'truncatedBody' || fault?.kind === 'malformedJson') {
    send(res, 200, Buffer.concat([body.subarray(0, Math.floor(body.length / 2)), Buffer.from('<!--')]));
    return true;
  }
  send(res, 200, body);
  return true;
}

/** A listing with its objects left out (an `emptyListing` fault): the envelope only. */
function emptied(answer: object): object {
  return Object.fromEntries(
    Object.entries(answer).filter(([, v]) => !Array.isArray(v) || v.every((x) => typeof x === 'string')),
  );
}

function error(res: ServerResponse, err: GoogleApiError): true {
  send(res, err.code, err.body(), err.headers);
  return true;
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
