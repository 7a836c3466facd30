import type { Estate, ProjectState, StoredResource } from '../estate.js';
import { parseStored } from '../estate.js';
import { applyOps, type MutationOp } from '../explicit-mutations.js';
import { replaceResource, type MutationChange } from '../project-edits.js';
import type { Prng } from '../prng.js';
import { allResourceTypes } from './resource-types.js';
import { lastSegment } from './urls.js';
import { rfc3339 } from './values.js';

/** The infra types seeded rounds mutate, after instances, disks and networks. */
export const infraMutableTypes = [
  'instanceGroupManagers',
  'instanceTemplates',
  'images',
  'snapshots',
  'machineImages',
  'vpnGateways',
  'vpnTunnels',
  'interconnectAttachments',
  'resourcePolicies',
  'projects',
  'targetVpnGateways',
  'packetMirrorings',
  'interconnects',
] as const;

/** One of the infra types seeded rounds mutate. */
export type InfraMutableType = (typeof infraMutableTypes)[number];

/** True for the infra types (handled here rather than by the instance/disk/network mutations). */
export function isInfraMutable(type: string): type is InfraMutableType {
  return (infraMutableTypes as readonly string[]).includes(type);
}

/** What one seeded step knows. */
export interface InfraStep {
  prng: Prng;
  round: number;
  k: number;
  nowMs: number;
}

/**
 * One seeded action on an infra resource. Creates clone the target under a new name; deletes of a resource
 * another one refers to become updates; managers and the project are only updated; templates (immutable in
 * Compute) are never updated in place, a new one is created instead.
 */
export function mutateInfra(
  estate: Estate,
  project: ProjectState,
  type: InfraMutableType,
  action: 'create' | 'update' | 'delete' | 'recreate',
  target: StoredResource | undefined,
  step: InfraStep,
): MutationChange[] {
  if (!target) return [];
  const fixed = type === 'projects' || type === 'instanceGroupManagers';
  const act = fixed ? 'update' : type === 'instanceTemplates' && action === 'update' ? 'create' : action;
  if (act === 'create') return [clone(project, type, target, step)];
  if (act === 'recreate' || (act === 'delete' && !referenced(project, target))) {
    const ref = { project: project.id, type, name: target.name, location: lastSegment(target.scope) };
    return applyOps(estate, [{ op: act, ...ref } as MutationOp], step.prng, step.nowMs);
  }
  const r = parseStored<Record<string, unknown>>(target);
  update(type, r, step.prng);
  replaceResource(project, type, target, r);
  return [{ op: 'update', project: project.id, type, name: target.name, scope: target.scope }];
}

function clone(
  project: ProjectState,
  type: InfraMutableType,
  at: StoredResource,
  step: InfraStep,
): MutationChange {
  const r = parseStored<Record<string, unknown>>(at);
  const name = `${at.name.slice(0, 40)}-r${step.round}-${step.k}`;
  r['name'] = name;
  r['id'] = step.prng.uint64String();
  r['creationTimestamp'] = rfc3339(step.nowMs);
  r['selfLink'] = String(r['selfLink']).replace(/[^/]+$/, name);
  project.putObject(type, r);
  return { op: 'create', project: project.id, type, name, scope: at.scope };
}

function update(type: InfraMutableType, r: Record<string, unknown>, prng: Prng): void {
  const note = `changed in a mutation round (${prng.uint32()})`;
  if (type === 'projects') {
    const metadata = (r['commonInstanceMetadata'] ??= { kind: 'compute#metadata' }) as {
      fingerprint?: string;
      items?: { key: string; value: string }[];
    };
    const items = (metadata.items ??= []);
    const oslogin = items.find((i) => i.key === 'enable-oslogin');
    if (oslogin) oslogin.value = oslogin.value === 'TRUE' ? 'FALSE' : 'TRUE';
    else items.push({ key: 'enable-oslogin', value: 'TRUE' });
    metadata.fingerprint = prng.base64();
    return;
  }
  r['description'] = note;
  if (type === 'instanceGroupManagers') {
    const policy = (r['updatePolicy'] ??= {}) as { type?: string };
    policy.type = policy.type === 'PROACTIVE' ? 'OPPORTUNISTIC' : 'PROACTIVE';
    r['fingerprint'] = prng.base64();
  } else if (type === 'vpnTunnels') {
    const up = r['status'] !== 'ESTABLISHED';
    r['status'] = up ? 'ESTABLISHED' : 'NO_INCOMING_PACKETS';
    r['detailedStatus'] = up ? 'Tunnel is up and running.' : 'No incoming packets from peer.';
  } else if (type === 'packetMirrorings') {
    r['enable'] = r['enable'] === 'FALSE' ? 'TRUE' : 'FALSE';
  } else if (type === 'resourcePolicies') {
    const retention = (r['snapshotSchedulePolicy'] as { retentionPolicy?: { maxRetentionDays?: number } })
      ?.retentionPolicy;
    if (retention) retention.maxRetentionDays = (retention.maxRetentionDays ?? 7) + 7;
  } else {
    r['labels'] = { ...(r['labels'] as object), tier: prng.pick(['gold', 'silver', 'bronze']) };
    r['labelFingerprint'] = prng.base64();
  }
}

/** True when another resource of the project names this one's selfLink. */
function referenced(project: ProjectState, at: StoredResource): boolean {
  const link = parseStored<{ selfLink?: string }>(at).selfLink;
  if (!link) return false;
  const needle = Buffer.from(`"${link}"`);
  return allResourceTypes.some((t) =>
    project.collections[t].all().some((r) => r !== at && r.json.includes(needle)),
  );
}
