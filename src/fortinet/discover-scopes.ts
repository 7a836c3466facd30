import type { ConfigService } from '../config/types.js';
import { HotpotError } from '../errors.js';
import { TokenBucket } from '../provider/token-bucket.js';
import { FortinetCaller } from './fortinet-caller.js';
import { createFortinetClient } from './fortinet-client.js';
import type { FortinetConfig } from './fortinet-config.js';
import { fortinetScopeId, parseFortinetScope } from './scope.js';
import { listVdoms } from './vdom-list.js';

/** The scopes of the devices configured `vdoms: all`, as their VDOM lists say now, and which scopes they accept. */
export interface DiscoveredFortinetScopes {
  scopes: string[];
  /** Any `<device>/<vdom>` of such a device: a VDOM gone from the list is synced to delete its rows with evidence. */
  accepts(scope: string): boolean;
}

/**
 * Asks each device configured `vdoms: all` for its VDOMs (`cmdb/system/vdom`), with the token read now and the
 * same retry rules as a sync; a device whose list cannot be read fails the whole call with an error naming it.
 */
export async function discoverFortinetScopes(
  config: FortinetConfig,
  credentials: ConfigService,
): Promise<DiscoveredFortinetScopes> {
  const all = config.devices.filter((d) => d.vdoms === 'all');
  const names = new Set(all.map((d) => d.name));
  const accepts = (scope: string) => names.has(parseFortinetScope(scope)?.device ?? '');
  if (!all.length) return { scopes: [], accepts };
  const client = createFortinetClient(all, credentials, {
    ...(config.maxResponseBytes !== undefined && { maxResponseBytes: config.maxResponseBytes }),
  });
  try {
    const scopes: string[] = [];
    for (const device of all) {
      const caller = new FortinetCaller({
        bucket: new TokenBucket(config.requestsPerMinute),
        maxAttempts: 4,
      });
      try {
        for (const vdom of await listVdoms(client, caller, device.name))
          scopes.push(fortinetScopeId(device.name, vdom));
      } catch (err) {
        throw new HotpotError(
          `fortinet device '${device.name}' (vdoms: all): its VDOM list could not be read: ${(err as Error).message}`,
        );
      }
    }
    return { scopes, accepts };
  } finally {
    await client.close();
  }
}
