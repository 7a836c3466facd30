import type { SourceClass } from './public-ranges.js';

/** One exposure: an instance reachable from the internet on a protocol and port range, and the rule deciding it. */
export interface ExposureRow {
  scope: string;
  instance_id: string;
  instance_name: string;
  zone: string;
  status: string | null;
  address: string;
  /** `direct IP` or `forwarding rule <name>`. */
  via: string;
  /** `tcp`, `udp`, `icmp`, a protocol number, `all`, or `other` (every protocol without a row of its own for this address). */
  protocol: string;
  /** `22`, `8000-8080`, `all`, or empty for protocols without ports. */
  ports: string;
  /** Whose traffic this row is: `internet`, `google-lb` (Google's load balancers and health checks) or `iap` (IAP TCP forwarding). */
  source_class: SourceClass;
  /** The deciding rule's source ranges of this address's family, each with `(public)`, `(partly public)`, `(private)`, `(iap)` or `(google-lb)`. */
  source_ranges: string[];
  /** Where the deciding rule lives: `vpc`, `org 123 policy p`, `folder 45 policy q`, `network policy n`, `regional policy r (region)`. */
  rule_level: string;
  /** The project of a VPC rule or network policy; empty for a hierarchical policy's rule. */
  rule_project: string;
  /** A VPC rule's name; a policy rule is `rule <priority>`. */
  rule_name: string;
  rule_priority: number;
  /** Higher-precedence rules (of any level, policy rules with their level) that took part of the deciding rule's sources on these ports. */
  narrowed_by: string[];
}

/** Identity of an exposure for comparing two times: everything but the instance's status. */
export function exposureKey(row: ExposureRow): string {
  return [
    row.scope,
    row.instance_id,
    row.address,
    row.via,
    row.protocol,
    row.ports,
    row.source_class,
    row.rule_level,
    row.rule_project,
    row.rule_name,
    row.rule_priority,
    row.source_ranges.join(','),
  ].join('\u0000');
}

/** The order rows are listed in: project, instance name, address, protocol, ports. */
export function compareRows(a: ExposureRow, b: ExposureRow): number {
  return (
    text(a.scope, b.scope) ||
    text(a.instance_name, b.instance_name) ||
    text(a.instance_id, b.instance_id) ||
    text(a.address, b.address) ||
    text(a.via, b.via) ||
    text(a.protocol, b.protocol) ||
    portStart(a.ports) - portStart(b.ports) ||
    text(a.source_class, b.source_class) ||
    text(a.rule_level, b.rule_level) ||
    a.rule_priority - b.rule_priority ||
    text(a.rule_name, b.rule_name)
  );
}

function portStart(ports: string): number {
  return ports === 'all' || ports === '' ? -1 : Number.parseInt(ports, 10);
}

/** Code-unit order of two strings (stable across locales, and fast). */
export function text(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
