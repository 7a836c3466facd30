import { refNames } from '../../../fortinet/fortinet-resource.js';
import type { FortigateVdom } from './fortigate-estate.js';
import { where } from './forti-objects.js';

/**
 * Pure: a note for each FortiOS feature a VDOM uses that decides exposure but is not modelled, so the answer never
 * silently ignores it: IPv6 destinations (`dstaddr6`, where IPv6 VIPs of `firewall/vip6` are named), IP pools a
 * policy source-NATs to (`ippool enable` + `poolname`), and VIPs no policy names, which only central NAT
 * (`central-nat enable`, where VIPs apply without a policy reference) would make reachable.
 */
export function unmodelledNotes(vdom: FortigateVdom, notes: Set<string>): void {
  const named = new Set<string>();
  for (const policy of vdom.policies) {
    for (const name of refNames(policy.dstaddr)) {
      named.add(name);
      for (const member of refNames(vdom.vipgrps.get(name)?.member)) named.add(member);
    }
    if (policy.status === 'disable') continue;
    const v6 = refNames(policy.dstaddr6).filter((n) => n !== 'all' && n !== 'none');
    if (v6.length)
      notes.add(
        `${where(vdom)} policy ${policy.policyid} names IPv6 destinations (${v6.join(', ')}): IPv6 VIPs (firewall/vip6) are not modelled`,
      );
    if (policy.nat === 'enable' && policy.ippool === 'enable')
      notes.add(
        `${where(vdom)} policy ${policy.policyid} source-NATs to IP pool ${refNames(policy.poolname).join(', ') || '(none named)'}: IP pools are not modelled, the VM's GCP firewall is not evaluated for it`,
      );
  }
  const unnamed = [...vdom.vips.keys()].filter((name) => !named.has(name));
  if (unnamed.length)
    notes.add(
      `${where(vdom)} ${unnamed.length} VIP(s) named by no policy (${unnamed.slice(0, 5).join(', ')}${unnamed.length > 5 ? ', …' : ''}): under central NAT a VIP applies without a policy naming it, which is not modelled`,
    );
}
