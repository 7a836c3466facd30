import type { FortiEnvelope, FortiInterface, FortiObject, FortiStatus } from '../../fortinet/types.js';
import { VDOM_TABLES, type EmulatedDevice, type FortinetEstate, type VdomTable } from './fortinet-estate.js';

/** One scope (device × VDOM) as the API renders it now: what a sync of that scope must store. */
export interface FortinetScopeTruth {
  /** `monitor/system/status?vdom=` as answered. */
  status: FortiEnvelope<FortiStatus>;
  /** The device's interfaces that belong to this VDOM. */
  interfaces: FortiInterface[];
  tables: Record<VdomTable, FortiObject[]>;
  /** The policy ids in sequence order. */
  sequence: { vdom: string; policyids: number[] };
}

/** The ground truth: every scope `<device>/<vdom>`, and the mutation round it is at. */
export interface FortinetGroundTruth {
  round: number;
  scopes: Record<string, FortinetScopeTruth>;
}

/** The status answer of a device seen through one VDOM. */
export function statusEnvelope(device: EmulatedDevice, vdom: string): FortiEnvelope<FortiStatus> {
  return {
    http_method: 'GET',
    results: {
      model_name: 'FortiGate',
      model_number: device.model.replace(/^FG/, ''),
      model: device.model,
      hostname: device.hostname,
      log_disk_status: 'available',
    },
    vdom,
    path: 'system',
    name: 'status',
    action: '',
    status: 'success',
    http_status: 200,
    serial: device.serial,
    version: device.version,
    build: device.build,
  };
}

/** Every scope of the estate now (deep copies). */
export function fortinetTruth(estate: FortinetEstate, round: number): FortinetGroundTruth {
  const scopes: Record<string, FortinetScopeTruth> = {};
  for (const device of estate.devices)
    for (const [vdom, v] of Object.entries(device.vdoms)) {
      const tables = Object.fromEntries(VDOM_TABLES.map((t) => [t, structuredClone(v.tables[t])])) as Record<
        VdomTable,
        FortiObject[]
      >;
      scopes[`${device.name}/${vdom}`] = {
        status: statusEnvelope(device, vdom),
        interfaces: structuredClone(device.interfaces.filter((i) => i.vdom === vdom)),
        tables,
        sequence: { vdom, policyids: v.tables['firewall/policy'].map((p) => p.policyid as number) },
      };
    }
  return { round, scopes };
}
