import type { FeedFaults } from './feed-publisher.js';
import { groupMemberLists } from './compute/group-members.js';
import { instanceTagBindingLists } from './compute/tag-bindings.js';
import type { IncomingMessage } from 'node:http';
import type { EmulatorState, MutationRequest } from './emulator-state.js';
import { MutationError } from './explicit-mutations.js';
import { FaultSpecError, type FaultSpec } from './faults.js';
import { readControlJson, RequestTooLarge, reservedIn, ControlBadRequest } from './control-input.js';
import { allResourceTypes } from './compute/resource-types.js';
import { LatencyModel, latencyModels } from './latency-model.js';

/** The reserved path prefix of the control API. */
export const controlPrefix = '/_emulator';

/** A control API answer: status and JSON body. */
export interface ControlResponse {
  status: number;
  body: string | Buffer;
}

/** Serves `/_emulator/…` (documented in docs/emulator.md). */
export async function serveControl(
  state: EmulatorState,
  req: IncomingMessage,
  pathname: string,
): Promise<ControlResponse> {
  const route = `${req.method ?? 'GET'} ${pathname.slice(controlPrefix.length) || '/'}`;
  try {
    const reserved = reservedIn(pathname.split('/'));
    if (reserved) throw new ControlBadRequest(`The path segment '${reserved}' is reserved`);
    const state_ = /^GET \/projects\/([^/]+)\/state$/.exec(route);
    if (state_?.[1]) return groundTruth(state, decodeURIComponent(state_[1]));
    const quota = /^PUT \/quotas\/([^/]+)$/.exec(route);
    if (quota?.[1]) {
      const body = (await readControlJson(req)) as { requestsPerMinute?: number | null };
      if (body.requestsPerMinute !== null && typeof body.requestsPerMinute !== 'number')
        throw new ControlBadRequest('Body must be {"requestsPerMinute": number | null}');
      state.faults.setQuota(decodeURIComponent(quota[1]), body.requestsPerMinute);
      return ok({ quotas: state.faults.quotaList() });
    }
    switch (route) {
      case 'GET /projects':
        return ok(state.estate.projectIds());
      case 'GET /round':
        return ok({ round: state.round });
      case 'POST /mutations': {
        const body = (await readControlJson(req)) as MutationRequest;
        if (!body || typeof body !== 'object' || !('round' in body || 'ops' in body))
          throw new ControlBadRequest('Body must be {"round": {"percent": n, …}} or {"ops": [...]}');
        return ok(state.mutate(body));
      }
      case 'GET /feed':
        if (!state.feed) throw new ControlBadRequest('No feed topic is configured');
        return ok({ faults: state.feed.faults, stats: state.feed.stats });
      case 'PUT /feed/faults': {
        if (!state.feed) throw new ControlBadRequest('No feed topic is configured');
        state.feed.faults = feedFaultsOf(await readControlJson(req));
        return ok({ faults: state.feed.faults });
      }
      case 'GET /faults':
        return ok({ faults: state.faults.list(), quotas: state.faults.quotaList() });
      case 'POST /faults':
        return ok(state.faults.add((await readControlJson(req)) as FaultSpec));
      case 'DELETE /faults':
        state.faults.clear();
        return ok({ faults: [], quotas: {} });
      case 'GET /requests':
        return ok(state.countsJson());
      case 'DELETE /requests':
        state.counts.clear();
        return ok({});
      case 'GET /latency':
        return ok({ model: state.latency.name, givenMs: state.latency.givenJson() });
      case 'PUT /latency': {
        const body = (await readControlJson(req)) as { model?: unknown };
        const model = latencyModels.find((m) => m === body?.model);
        if (!model)
          throw new ControlBadRequest(
            `Body must be {"model": ${latencyModels.map((m) => `"${m}"`).join(' | ')}}`,
          );
        state.latency = new LatencyModel(model, state.estate.seed);
        return ok({ model });
      }
      case 'DELETE /latency':
        state.latency.clear();
        return ok({ model: state.latency.name });
      case 'POST /reset':
        state.reset();
        return ok({ round: 0 });
    }
    return {
      status: 404,
      body: JSON.stringify({ error: `No control endpoint ${route}; see docs/emulator.md` }),
    };
  } catch (err) {
    if (err instanceof RequestTooLarge) return { status: 413, body: JSON.stringify({ error: err.message }) };
    if (err instanceof ControlBadRequest || err instanceof MutationError || err instanceof FaultSpecError) {
      return { status: 400, body: JSON.stringify({ error: err.message }) };
    }
    throw err;
  }
}

/**
 * Every served object of a project — or of an organization or folder (`organizations/N`: its hierarchical
 * firewall policies) — by type, each zonal group's member list (`instanceGroupMembers`) and each instance's tag
 * bindings (`instanceTagBindings`).
 */
function groundTruth(state: EmulatorState, projectId: string): ControlResponse {
  const project = state.estate.project(projectId) ?? state.estate.node(projectId);
  if (!project) return { status: 404, body: JSON.stringify({ error: `Unknown project '${projectId}'` }) };
  const parts: (string | Buffer)[] = [
    JSON.stringify({
      projectId,
      round: state.round,
      forbidden: project.forbidden,
      zones: project.zones,
      regions: project.regions,
    }).slice(0, -1),
    ',"resources":{',
  ];
  allResourceTypes.forEach((type, t) => {
    parts.push(`${t ? ',' : ''}"${type}":[`);
    project.collections[type].all().forEach((r, i) => parts.push(i ? ',' : '', r.json));
    parts.push(']');
  });
  parts.push(`,"instanceGroupMembers":${JSON.stringify(groupMemberLists(project))}`);
  parts.push(`,"instanceTagBindings":${JSON.stringify(instanceTagBindingLists(project))}`);
  parts.push('}}');
  return { status: 200, body: Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p))) };
}

function ok(value: unknown): ControlResponse {
  return { status: 200, body: JSON.stringify(value) };
}

/** Feed faults from a control body: delayMs [min, max] ≥ 0, duplicate, reorder and drop probabilities, reorderMs ≥ 0. */
function feedFaultsOf(body: unknown): FeedFaults {
  const b = (body ?? {}) as Partial<Record<keyof FeedFaults, unknown>>;
  const ms = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 600_000;
  const p = (v: unknown) => typeof v === 'number' && v >= 0 && v <= 1;
  const delay = b.delayMs ?? [0, 0];
  if (!Array.isArray(delay) || delay.length !== 2 || !delay.every(ms) || delay[0] > delay[1])
    throw new ControlBadRequest('delayMs must be [min, max] milliseconds, 0 ≤ min ≤ max ≤ 600000');
  for (const k of ['duplicate', 'reorder', 'drop'] as const)
    if (b[k] !== undefined && !p(b[k])) throw new ControlBadRequest(`${k} must be a probability from 0 to 1`);
  if (b.reorderMs !== undefined && !ms(b.reorderMs))
    throw new ControlBadRequest('reorderMs must be 0–600000');
  return {
    delayMs: [delay[0] as number, delay[1] as number],
    duplicate: (b.duplicate as number | undefined) ?? 0,
    reorder: (b.reorder as number | undefined) ?? 0,
    reorderMs: (b.reorderMs as number | undefined) ?? 1000,
    drop: (b.drop as number | undefined) ?? 0,
  };
}
