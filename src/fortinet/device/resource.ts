import { checkEnvelope, type EnvelopeExpectation } from '../envelope.js';
import {
  FORTINET_LOCATION,
  int,
  str,
  type FortinetContext,
  type FortinetResource,
} from '../fortinet-resource.js';
import type { FortinetClient } from '../fortinet-client.js';
import { fortinetKind } from '../kinds.js';
import { fortinetScope } from '../scope.js';
import type { FortiEnvelope, FortiStatus } from '../types.js';
import { orVdomGone } from '../vdom-list.js';

/** The device as `monitor/system/status?vdom=` answers it: the whole envelope (serial, version, build beside `results`). */
export type FortiDeviceStatus = FortiEnvelope<FortiStatus>;

const names = fortinetKind('fortinet-devices');

async function status(client: FortinetClient, ctx: FortinetContext): Promise<FortiDeviceStatus> {
  const { device, vdom } = fortinetScope(ctx.scope);
  const expect: EnvelopeExpectation = { path: 'system', name: 'status', vdom, results: 'object' };
  return ctx.api.get(client, device, 'monitor/system/status', { vdom }, (code, body) => {
    if (code !== 200) return undefined;
    const envelope = checkEnvelope<FortiStatus>(body, expect);
    if (typeof envelope.serial !== 'string' || envelope.serial === '') throw new Error('no serial');
    return envelope;
  });
}

function serialOf(item: FortiDeviceStatus): string {
  if (typeof item?.serial !== 'string' || item.serial === '')
    throw new Error(`${names.kind} without a serial`);
  return item.serial;
}

/**
 * The FortiGate itself, one row per VDOM scope keyed by serial: the status answer kept whole, since serial, version
 * and build are envelope fields and hostname and model are in `results`.
 */
export const deviceResource: FortinetResource<FortiDeviceStatus> = {
  ...names,
  columns: {
    serial: { type: 'text', index: 'btree' },
    hostname: 'text',
    version: 'text',
    build: 'integer',
    model: 'text',
    model_name: 'text',
  },
  listColumns: ['serial', 'hostname', 'version', 'build', 'model'],
  async *list(client, ctx) {
    const now = await orVdomGone(client, ctx.api, ctx.scope, () => status(client, ctx));
    yield { items: now === 'vdom-gone' ? [] : [now], locations: [FORTINET_LOCATION], unreachable: [] };
  },
  async get(client, ctx, ref) {
    const now = await orVdomGone(client, ctx.api, ctx.scope, () => status(client, ctx));
    return now !== 'vdom-gone' && now.serial === ref.id ? now : 'gone';
  },
  convert(item) {
    const serial = serialOf(item);
    const results = item.results ?? {};
    return {
      id: serial,
      name: str(results.hostname) ?? serial,
      location: FORTINET_LOCATION,
      creation_timestamp: null,
      serial,
      hostname: str(results.hostname),
      version: str(item.version),
      build: int(item.build),
      model: str(results.model),
      model_name: str(results.model_name),
    };
  },
  identify: serialOf,
};
