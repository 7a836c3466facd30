import { inKindOrder } from '../provider/kind.js';
import { agentResource } from './agent/resource.js';
import { s1Kinds } from './kinds.js';
import { groupResource } from './group/resource.js';
import type { S1Resource } from './s1-resource.js';
import { siteResource } from './site/resource.js';

/**
 * Every SentinelOne resource Hotpot ingests, keyed by its plural in `s1Kinds`: a kind missing on either side does
 * not compile. Adding one is a folder, a line here and its migration rendered by `hotpot migrate render`.
 */
export const s1Resources: S1Resource<unknown>[] = inKindOrder(s1Kinds, {
  sites: siteResource,
  groups: groupResource,
  agents: agentResource,
});
