/** SentinelOne Management API v2.1 objects as Hotpot reads them (the fields it uses; the API sends more). */

/** One network interface an agent reports. */
export interface S1NetworkInterface {
  id?: string;
  name?: string;
  /** IPv4 addresses. */
  inet?: string[];
  /** IPv6 addresses. */
  inet6?: string[];
  /** The MAC address. */
  physical?: string;
  gatewayIp?: string | null;
  gatewayMacAddress?: string | null;
}

/** Cloud metadata an agent reports, under its provider's key in `cloudProviders` (e.g. `GCP`, `AWS`, `Azure`). */
export interface S1CloudProvider {
  cloudInstanceId?: string;
  cloudAccount?: string;
  cloudLocation?: string;
  cloudNetwork?: string;
  cloudImage?: string;
  cloudInstanceSize?: string;
  cloudTags?: string[];
  gcpServiceAccount?: string;
  [field: string]: unknown;
}

/** An agent (`GET /web/api/v2.1/agents`). */
export interface S1Agent {
  id: string;
  uuid?: string;
  computerName?: string;
  osName?: string;
  osType?: string;
  osRevision?: string;
  agentVersion?: string;
  accountId?: string;
  accountName?: string;
  siteId?: string;
  siteName?: string;
  groupId?: string;
  groupName?: string;
  networkInterfaces?: S1NetworkInterface[];
  externalIp?: string | null;
  lastIpToMgmt?: string | null;
  lastActiveDate?: string | null;
  isActive?: boolean;
  isDecommissioned?: boolean;
  isUninstalled?: boolean;
  infected?: boolean;
  activeThreats?: number;
  threatRebootRequired?: boolean;
  networkStatus?: string;
  machineType?: string;
  domain?: string;
  cloudProviders?: Record<string, S1CloudProvider>;
  createdAt?: string;
  updatedAt?: string;
  registeredAt?: string;
  [field: string]: unknown;
}

/** A site (`GET /web/api/v2.1/sites`, listed under `data.sites`). */
export interface S1Site {
  id: string;
  name?: string;
  accountId?: string;
  accountName?: string;
  state?: string;
  siteType?: string;
  suite?: string;
  isDefault?: boolean;
  activeLicenses?: number;
  totalLicenses?: number;
  unlimitedLicenses?: boolean;
  createdAt?: string;
  updatedAt?: string;
  [field: string]: unknown;
}

/** A group (`GET /web/api/v2.1/groups`). */
export interface S1Group {
  id: string;
  name?: string;
  siteId?: string;
  type?: string;
  isDefault?: boolean;
  inherits?: boolean;
  rank?: number | null;
  totalAgents?: number;
  createdAt?: string;
  updatedAt?: string;
  [field: string]: unknown;
}

/** The paging part of every list response. */
export interface S1Pagination {
  nextCursor: string | null;
  totalItems: number;
}

/** The API's error body. */
export interface S1ErrorBody {
  errors: { code?: number; detail?: string | null; title?: string }[];
}
