/**
 * VNG Cloud vServer API v2 objects as Hotpot reads them (the fields it uses; the API sends more). Shapes from
 * vngcloud/terraform-provider-vngcloud's generated vserver client (client/vserver/model_*.go); see docs/vng.md.
 */

/** A network interface of a server (`internalInterfaces` / `externalInterfaces`). */
export interface VngInterface {
  uuid?: string;
  fixedIp?: string;
  floatingIp?: string;
  floatingIpId?: string;
  interfaceType?: string;
  mac?: string;
  networkUuid?: string;
  subnetUuid?: string;
  portUuid?: string;
  serverUuid?: string;
  status?: string;
  type?: string;
  product?: string;
  createdAt?: string;
  updatedAt?: string;
}

/** A server's flavor, as embedded in it. */
export interface VngFlavor {
  flavorId?: string;
  name?: string;
  cpu?: number;
  memory?: number;
  gpu?: number;
  bandwidth?: number;
  bandwidthUnit?: string;
  group?: string;
  zoneId?: string;
  [field: string]: unknown;
}

/** A server (`GET /v2/{projectId}/servers`). */
export interface VngServer {
  uuid: string;
  name?: string;
  status?: string;
  createdAt?: string;
  bootVolumeId?: string;
  encryptionVolume?: boolean;
  flavor?: VngFlavor;
  image?: { id?: string; imageType?: string; imageVersion?: string; licence?: boolean; [f: string]: unknown };
  internalInterfaces?: VngInterface[];
  externalInterfaces?: VngInterface[];
  secGroups?: { uuid?: string; name?: string }[];
  serverGroupId?: string;
  serverGroupName?: string;
  sshKeyName?: string;
  hostGroupId?: string;
  zoneId?: string;
  licence?: boolean;
  product?: string;
  metadata?: string;
  [field: string]: unknown;
}

/** A block volume (`GET /v2/{projectId}/volumes`). */
export interface VngVolume {
  uuid: string;
  name?: string;
  size?: number;
  status?: string;
  bootable?: boolean;
  bootIndex?: number;
  encryptionType?: string;
  iops?: string;
  multiAttach?: boolean;
  projectId?: string;
  serverId?: string;
  serverIdList?: string[];
  volumeTypeId?: string;
  volumeTypeZoneName?: string;
  zone?: { uuid?: string; name?: string; [f: string]: unknown };
  createdAt?: string;
  updatedAt?: string;
  [field: string]: unknown;
}

/** A network (VPC) (`GET /v2/{projectId}/networks`). */
export interface VngNetwork {
  id: string;
  displayName?: string;
  cidr?: string;
  status?: string;
  createdAt?: string;
  elasticIps?: unknown[];
  [field: string]: unknown;
}

/** A subnet (`GET /v2/{projectId}/networks/{networkId}/subnets`, a bare array). */
export interface VngSubnet {
  uuid: string;
  name?: string;
  cidr?: string;
  networkUuid?: string;
  routeTableUuid?: string;
  interfaceAclPolicyUuid?: string;
  status?: string;
  createdAt?: string;
  updatedAt?: string;
  deletedAt?: string | null;
  [field: string]: unknown;
}

/** A security group rule (`GET /v2/{projectId}/secgroups/{id}/secGroupRules`, under `data`). */
export interface VngSecgroupRule {
  id: string;
  direction?: string;
  etherType?: string;
  protocol?: string;
  portRangeMin?: number;
  portRangeMax?: number;
  remoteIpPrefix?: string;
  remoteGroupId?: string;
  description?: string;
  status?: string;
  createdAt?: string;
  [field: string]: unknown;
}

/** A security group as the API lists it (`GET /v2/{projectId}/secgroups`). */
export interface VngSecgroupListed {
  id: string;
  name?: string;
  description?: string;
  status?: string;
  system?: boolean;
  createdAt?: string;
  [field: string]: unknown;
}

/** A security group as Hotpot stores it: the listed group with its rules listing under `rules`. */
export interface VngSecgroup extends VngSecgroupListed {
  rules: VngSecgroupRule[];
}

/** A WAN (public/floating) IP (`GET /v2/{projectId}/wanIps`). */
export interface VngWanIp {
  uuid: string;
  ip?: string;
  fixedIp?: string;
  networkInterfaceId?: string;
  status?: string;
  createdAt?: string;
  [field: string]: unknown;
}

/** An SSH key pair as the API lists it (`GET /v2/{projectId}/sshKeys`): it carries the public key. */
export interface VngSshKeyListed {
  id: string;
  name?: string;
  pubKey?: string;
  privateKey?: string;
  status?: string;
  createdAt?: string;
  [field: string]: unknown;
}

/** An SSH key pair as Hotpot stores it: the key material removed, its SHA-256 fingerprint in its place. */
export interface VngSshKey {
  id: string;
  name?: string;
  status?: string;
  createdAt?: string;
  fingerprint: string | null;
  [field: string]: unknown;
}

/** A server group (`GET /v2/{projectId}/serverGroups`). */
export interface VngServerGroup {
  uuid: string;
  name?: string;
  description?: string;
  policyId?: string;
  policyName?: string;
  serverGroupId?: number;
  servers?: { uuid?: string; name?: string; [f: string]: unknown }[];
  createdAt?: string;
  [field: string]: unknown;
}

/** The paging envelope of every paged vServer listing. */
export interface VngPaging<T> {
  listData: T[];
  page: number;
  pageSize: number;
  totalPage: number;
  totalItem: number;
}

/** The IAM token answer (`POST {iam}/v2/auth/token`, OAuth2 client credentials). */
export interface VngTokenAnswer {
  access_token: string;
  expires_in: number;
  token_type?: string;
  refresh_expires_in?: number;
}
