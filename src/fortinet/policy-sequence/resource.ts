import {
  FORTINET_LOCATION,
  fortiKey,
  tablePages,
  type FortinetContext,
  type FortinetResource,
} from '../fortinet-resource.js';
import type { FortinetClient } from '../fortinet-client.js';
import { fortinetKind } from '../kinds.js';
import { fortinetScope } from '../scope.js';
import { orVdomGone } from '../vdom-list.js';

/**
 * A VDOM's policy sequence: the `policyid`s in the order `cmdb/firewall/policy` lists them, which is the order
 * FortiOS evaluates them in (first match wins). No API object carries a policy's position, so this one object is
 * Hotpot's own: `{ vdom, policyids }`, its history records every reordering.
 */
export interface FortiPolicySequence {
  vdom: string;
  policyids: number[];
}

const names = fortinetKind('fortinet-policy-sequences');

/** The VDOM's policy order, or 'vdom-gone' when the VDOM is proven gone (no sequence, not an empty one). */
function sequence(client: FortinetClient, ctx: FortinetContext): Promise<FortiPolicySequence | 'vdom-gone'> {
  return orVdomGone(client, ctx.api, ctx.scope, async () => {
    const { vdom } = fortinetScope(ctx.scope);
    const policyids: number[] = [];
    const spec = { path: 'firewall', name: 'policy' };
    const pages = tablePages<{ policyid: number }>(client, ctx, spec, { format: 'policyid' }, 'fail');
    for await (const page of pages)
      for (const item of page.items) policyids.push(Number(fortiKey('fortinet.policy', 'policyid', item)));
    return { vdom, policyids };
  });
}

function vdomOf(item: FortiPolicySequence): string {
  if (typeof item?.vdom !== 'string' || item.vdom === '') throw new Error(`${names.kind} without a vdom`);
  return item.vdom;
}

/** The policy order of each VDOM, one row per scope (id: the VDOM name). */
export const policySequenceResource: FortinetResource<FortiPolicySequence> = {
  ...names,
  columns: { policy_ids: 'text[]', policy_count: 'integer' },
  listColumns: ['policy_count'],
  async *list(client, ctx) {
    const now = await sequence(client, ctx);
    yield { items: now === 'vdom-gone' ? [] : [now], locations: [FORTINET_LOCATION], unreachable: [] };
  },
  async get(client, ctx) {
    const now = await sequence(client, ctx);
    return now === 'vdom-gone' ? 'gone' : now;
  },
  convert(item) {
    const vdom = vdomOf(item);
    return {
      id: vdom,
      name: `${vdom} policy sequence`,
      location: FORTINET_LOCATION,
      creation_timestamp: null,
      policy_ids: item.policyids.map(String),
      policy_count: item.policyids.length,
    };
  },
  identify: vdomOf,
};
