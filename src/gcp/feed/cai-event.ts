import type { ResourceDefinition } from '../../provider/resource.js';
import type { FeedChange } from '../../ingest/feed-writer.js';

/** A Cloud Asset feed message (a TemporalAsset, as JSON): the fields Hotpot reads. */
export interface CaiFeedMessage {
  asset?: CaiAsset;
  priorAsset?: CaiAsset;
  priorAssetState?: 'PRESENT' | 'INVALID' | 'DOES_NOT_EXIST' | 'DELETED' | 'PRIOR_ASSET_STATE_UNSPECIFIED';
  window?: { startTime?: string };
  deleted?: boolean;
}

/** A Cloud Asset: its full resource name, type and (with content type RESOURCE) the API object as `data`. */
export interface CaiAsset {
  name?: string;
  assetType?: string;
  resource?: { data?: Record<string, unknown>; location?: string; parent?: string };
}

/** A feed message read: the change for one kind, or why it is skipped (counted, acknowledged). */
export type CaiEvent =
  | { resource: ResourceDefinition; assetType: string; change: FeedChange }
  | { skipped: 'unknown-kind' | 'malformed'; assetType: string; reason: string; projectId?: string };

const projectOfName = /^\/\/[a-z.]+\.googleapis\.com\/projects\/([^/]+)\//;

/** The declarations keyed by each Cloud Asset type they declare (`assetTypes`); a type declared twice throws. */
export function kindsByAssetType(resources: readonly ResourceDefinition<unknown, never>[]) {
  const byType = new Map<string, ResourceDefinition>();
  for (const r of resources)
    for (const t of r.assetTypes ?? []) {
      const other = byType.get(t);
      if (other) throw new Error(`asset type ${t} is declared by both ${other.kind} and ${r.kind}`);
      byType.set(t, r as unknown as ResourceDefinition);
    }
  return byType;
}

/** Reads one message's JSON: its kind by asset type, project, id, object (null when deleted) and event time. */
export function readCaiMessage(
  text: string,
  messageId: string,
  byType: ReadonlyMap<string, ResourceDefinition>,
): CaiEvent {
  let message: CaiFeedMessage;
  try {
    message = JSON.parse(text) as CaiFeedMessage;
  } catch {
    return { skipped: 'malformed', assetType: '', reason: `message ${messageId} is not JSON` };
  }
  const asset = message.asset ?? message.priorAsset;
  const assetType = asset?.assetType ?? '';
  const projectId = projectOfName.exec(asset?.name ?? '')?.[1];
  const resource = byType.get(assetType);
  if (!resource)
    return { skipped: 'unknown-kind', assetType, projectId, reason: `asset type ${assetType || '(none)'}` };
  const time = new Date(message.window?.startTime ?? '');
  if (!projectId || Number.isNaN(time.getTime()))
    return {
      skipped: 'malformed',
      assetType,
      projectId,
      reason: `message ${messageId}: ${projectId ? 'no window.startTime' : `no project in ${asset?.name}`}`,
    };
  const deleted = message.deleted === true;
  const data = deleted ? undefined : message.asset?.resource?.data;
  const prior = message.priorAssetState === 'PRESENT' ? message.priorAsset?.resource?.data : undefined;
  const idOf = (o: Record<string, unknown> | undefined) => {
    try {
      return o ? resource.identify(o) : undefined;
    } catch {
      return undefined;
    }
  };
  const id = idOf(data) ?? idOf(prior);
  if (!id || (!deleted && !data))
    return { skipped: 'malformed', assetType, projectId, reason: `message ${messageId}: no resource id` };
  const priorId = idOf(prior);
  return {
    resource,
    assetType,
    change: {
      scope: projectId,
      id,
      item: deleted ? null : data,
      ...(priorId && priorId !== id ? { priorId } : {}),
      ...(prior && priorId === id ? { prior } : {}),
      time,
      messageId,
    },
  };
}
