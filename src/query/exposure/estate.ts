import type { PolicyEstate } from './policy-order.js';

/** A network interface: its network URL and external addresses. */
export interface Nic {
  network: string;
  externalIpv4: readonly string[];
  externalIpv6: readonly string[];
}

/** An instance as exposure needs it. */
export interface ExposureInstance {
  project: string;
  id: string;
  name: string;
  zone: string;
  status: string | null;
  tags: readonly string[];
  serviceAccount: string | null;
  /** Secure tag values bound to the instance (`tagValues/123`); null when its bindings were never read. */
  secureTags: readonly string[] | null;
  nics: readonly Nic[];
  /** The `created-by` metadata value: the URL of the managed instance group manager that made it. */
  createdBy: string | null;
}

/** A forwarding rule (regional or global). */
export interface ForwardingRule {
  project: string;
  name: string;
  location: string;
  ipAddress: string | null;
  ipProtocol: string | null;
  portRange: string | null;
  ports: readonly string[];
  allPorts: boolean;
  scheme: string | null;
  target: string | null;
  backendService: string | null;
}

/** What the evaluator reads: everything in URLs is kept as the API gave it; rules and policies in PolicyEstate. */
export interface ExposureEstate extends PolicyEstate {
  instances: readonly ExposureInstance[];
  forwardingRules: readonly ForwardingRule[];
  /** Target pool URL → member instance URLs. */
  targetPools: ReadonlyMap<string, readonly string[]>;
  /** Backend service URL → its backend group URLs and port name. */
  backendServices: ReadonlyMap<string, { groups: readonly string[]; portName: string | null }>;
  /** Instance group URL → its named ports (`http:80`). */
  instanceGroups: ReadonlyMap<string, readonly string[]>;
  /** Manager URL → the URL of the instance group it owns. */
  managers: ReadonlyMap<string, string>;
  /** Target HTTP(S) proxy URL → URL map URL. */
  proxies: ReadonlyMap<string, string>;
  /** URL map URL → backend service URLs it routes to. */
  urlMaps: ReadonlyMap<string, readonly string[]>;
  /** Target instance URL → the instance URL it sends to. */
  targetInstances: ReadonlyMap<string, string>;
  /** Target SSL or TCP proxy URL → its backend service URL. */
  serviceProxies: ReadonlyMap<string, string>;
  /** Unmanaged instance group URL → its member instance URLs (`instanceGroups.listInstances`). */
  groupMembers: ReadonlyMap<string, readonly string[]>;
}
