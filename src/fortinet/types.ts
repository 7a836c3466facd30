/**
 * FortiOS REST API v2 shapes as Hotpot reads them (FortiOS 7.x `cmdb/...` tables and `monitor/system/status`);
 * where each field comes from is recorded in docs/fortinet.md. Objects are kept raw: these types name only what
 * Hotpot reads, every other field travels untouched.
 */

/** A reference to another object by name (`srcintf`, `srcaddr`, `service`, `member`, …): `[{ name, q_origin_key }]`. */
export interface FortiRef {
  name: string;
  q_origin_key?: string;
}

/** The envelope every FortiOS REST answer wraps its `results` in. */
export interface FortiEnvelope<R = unknown> {
  http_method: string;
  http_status: number;
  status: 'success' | 'error';
  results?: R;
  revision?: string;
  vdom?: string;
  path?: string;
  name?: string;
  mkey?: string | number;
  serial?: string;
  version?: string;
  build?: number;
  /** Table rows the request matched (before `start`/`count`): the pager's stop rule. */
  matched_count?: number;
  size?: number;
  action?: string;
  /** FortiOS error code of an `error` answer (negative, e.g. -3 entry not found). */
  error?: number;
}

/** Any FortiOS table object: the named fields are read, the rest is kept raw. */
export type FortiObject = Record<string, unknown>;

/** `cmdb/firewall/policy`: one IPv4/IPv6 policy; evaluated in the table's order (its sequence), first match wins. */
export interface FortiPolicy extends FortiObject {
  policyid: number;
  name?: string;
  uuid?: string;
  status?: 'enable' | 'disable';
  action?: 'accept' | 'deny' | 'ipsec';
  srcintf?: FortiRef[];
  dstintf?: FortiRef[];
  srcaddr?: FortiRef[];
  dstaddr?: FortiRef[];
  service?: FortiRef[];
  schedule?: string;
  nat?: 'enable' | 'disable';
  'srcaddr-negate'?: 'enable' | 'disable';
  'dstaddr-negate'?: 'enable' | 'disable';
  'service-negate'?: 'enable' | 'disable';
  'internet-service'?: 'enable' | 'disable';
  'internet-service-src'?: 'enable' | 'disable';
  'src-vendor-mac'?: FortiRef[];
  comments?: string;
}

/** `cmdb/firewall/address`: `type` ipmask (`subnet` "a.b.c.d m.m.m.m"), iprange (`start-ip`/`end-ip`), fqdn, geography, … */
export interface FortiAddress extends FortiObject {
  name: string;
  uuid?: string;
  type?: string;
  subnet?: string;
  'start-ip'?: string;
  'end-ip'?: string;
  fqdn?: string;
  country?: string;
  'associated-interface'?: string;
  comment?: string;
}

/** `cmdb/firewall/addrgrp`: a group of addresses (and groups) by name. */
export interface FortiAddrgrp extends FortiObject {
  name: string;
  member?: FortiRef[];
  exclude?: 'enable' | 'disable';
  'exclude-member'?: FortiRef[];
}

/** `cmdb/firewall/vip`: destination NAT from `extip[:extport]` on `extintf` to `mappedip[:mappedport]`. */
export interface FortiVip extends FortiObject {
  name: string;
  id?: number;
  uuid?: string;
  type?: string;
  extip?: string;
  mappedip?: { range: string }[];
  extintf?: string;
  portforward?: 'enable' | 'disable';
  protocol?: 'tcp' | 'udp' | 'sctp' | 'icmp';
  extport?: string;
  mappedport?: string;
  comment?: string;
}

/** `cmdb/firewall/vipgrp`: VIPs grouped for a policy's `dstaddr`. */
export interface FortiVipgrp extends FortiObject {
  name: string;
  interface?: string;
  member?: FortiRef[];
}

/** `cmdb/firewall.service/custom`: a service; `tcp-portrange` "80 443 8000-8080[:src]", `protocol` TCP/UDP/SCTP, ICMP, IP, ALL. */
export interface FortiService extends FortiObject {
  name: string;
  protocol?: string;
  'protocol-number'?: number;
  'tcp-portrange'?: string;
  'udp-portrange'?: string;
  'sctp-portrange'?: string;
  category?: string;
}

/** `cmdb/firewall.service/group`: services grouped by name. */
export interface FortiServiceGroup extends FortiObject {
  name: string;
  member?: FortiRef[];
}

/** `cmdb/system/interface`: a global table; each interface belongs to one VDOM (`vdom`) and may carry `role` wan/lan/dmz. */
export interface FortiInterface extends FortiObject {
  name: string;
  vdom?: string;
  ip?: string;
  type?: string;
  role?: string;
  status?: 'up' | 'down';
  alias?: string;
  allowaccess?: string;
}

/** `cmdb/router/static`: a static route, keyed by `seq-num`. */
export interface FortiStaticRoute extends FortiObject {
  'seq-num': number;
  dst?: string;
  gateway?: string;
  device?: string;
  distance?: number;
  status?: 'enable' | 'disable';
}

/** `monitor/system/status` results: the device as its VDOM sees it (serial, version, hostname and the envelope's build). */
export interface FortiStatus extends FortiObject {
  hostname?: string;
  model_name?: string;
  model_number?: string;
  model?: string;
  serial?: string;
  version?: string;
  build?: number;
}
