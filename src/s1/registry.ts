import { agentResource } from './agent/resource.js';
import { groupResource } from './group/resource.js';
import type { S1Resource } from './s1-resource.js';
import { siteResource } from './site/resource.js';

/** Every SentinelOne resource Hotpot ingests: adding one is a folder, a line here and its migration rendered by `hotpot migrate render`. */
export const s1Resources = [
  siteResource,
  groupResource,
  agentResource,
] as const satisfies readonly S1Resource<unknown>[];
