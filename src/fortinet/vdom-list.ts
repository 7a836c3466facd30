import { ApplicationFailure } from '@temporalio/common';
import { checkEnvelope } from './envelope.js';
import type { FortinetCaller } from './fortinet-caller.js';
import type { FortinetClient } from './fortinet-client.js';
import { FortinetFailureType } from './failure-types.js';
import { fortinetScope, VDOM_NAME } from './scope.js';

/** The fields Hotpot reads of a `cmdb/system/vdom` row (terraform-provider-fortios `fortios_system_vdom`). */
interface FortiVdom {
  name: string;
}

/**
 * A device's VDOMs from `cmdb/system/vdom` (a global table, asked without `vdom=`), through the paced, retrying
 * caller: an answer that is not a well-formed success envelope of that table, or holds a row without a valid VDOM
 * name, is malformed (retried, then the failure names the device). Never an empty list: FortiOS always has `root`.
 */
export async function listVdoms(
  client: FortinetClient,
  api: FortinetCaller,
  device: string,
): Promise<string[]> {
  return api.get(client, device, 'cmdb/system/vdom', {}, (status, body) => {
    if (status !== 200) return undefined;
    const echoed = (body as { vdom?: unknown } | null)?.vdom;
    const envelope = checkEnvelope<FortiVdom[]>(body, {
      path: 'system',
      name: 'vdom',
      vdom: typeof echoed === 'string' ? echoed : '(a VDOM name)',
      results: 'array',
    });
    const names = envelope.results!.map((row) => row.name);
    const bad = names.find((n) => typeof n !== 'string' || !VDOM_NAME.test(n));
    if (bad !== undefined || names.length === 0)
      throw new Error(names.length ? `a VDOM row named ${JSON.stringify(bad)}` : 'no VDOM at all');
    return [...new Set(names)].sort();
  });
}

/** Whether `err` is FortiOS's 424 (failed dependency), what a request through an unknown VDOM answers. */
function isFailedDependency(err: unknown): boolean {
  return err instanceof ApplicationFailure && err.type === FortinetFailureType.FailedDependency;
}

/**
 * Runs a call of a scope; when it fails with 424 and the scope's device is configured `vdoms: all`, asks the
 * device's VDOM list: a well-formed list without the scope's VDOM proves the VDOM gone (`'vdom-gone'`, the
 * evidence that deletes its rows); otherwise the 424 stands. A device with a listed VDOM keeps failing loudly.
 */
export async function orVdomGone<T>(
  client: FortinetClient,
  api: FortinetCaller,
  scope: string,
  call: () => Promise<T>,
): Promise<T | 'vdom-gone'> {
  try {
    return await call();
  } catch (err) {
    const { device, vdom } = fortinetScope(scope);
    if (!isFailedDependency(err) || client.device(device)?.vdoms !== 'all') throw err;
    const vdoms = await listVdoms(client, api, device);
    if (vdoms.includes(vdom)) throw err;
    return 'vdom-gone';
  }
}
