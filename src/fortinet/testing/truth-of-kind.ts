import type { FortinetGroundTruth } from '../../emulator/fortinet/index.js';
import type { VdomTable } from '../../emulator/fortinet/fortinet-estate.js';

const TABLE_OF: Record<string, VdomTable> = {
  'fortinet-addresses': 'firewall/address',
  'fortinet-addrgrps': 'firewall/addrgrp',
  'fortinet-vips': 'firewall/vip',
  'fortinet-vipgrps': 'firewall/vipgrp',
  'fortinet-services': 'firewall.service/custom',
  'fortinet-service-groups': 'firewall.service/group',
  'fortinet-static-routes': 'router/static',
  'fortinet-policies': 'firewall/policy',
};

/**
 * What a sync of `scope` must store for a kind, straight from the emulator's ground truth, in API order; nothing
 * for a scope in `gone` (a VDOM deleted from its device), a throw for any other scope the truth lacks.
 */
export function truthOfKind(
  truth: FortinetGroundTruth,
  scope: string,
  plural: string,
  gone: ReadonlySet<string> = new Set(),
): unknown[] {
  const s = truth.scopes[scope];
  if (!s && gone.has(scope)) return [];
  if (!s) throw new Error(`no scope ${scope} in the ground truth`);
  if (plural === 'fortinet-devices') return [s.status];
  if (plural === 'fortinet-interfaces') return s.interfaces;
  if (plural === 'fortinet-policy-sequences') return [s.sequence];
  const table = TABLE_OF[plural];
  if (!table) throw new Error(`no table for ${plural}`);
  return s.tables[table];
}
