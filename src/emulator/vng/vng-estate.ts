import { derivePrng, type Prng } from '../prng.js';
import type {
  VngNetwork,
  VngSecgroupListed,
  VngSecgroupRule,
  VngServer,
  VngServerGroup,
  VngSshKeyListed,
  VngSubnet,
  VngVolume,
  VngWanIp,
} from '../../vng/types.js';

/** One project in one region, as the API serves it: every collection in API form. */
export interface VngScopeEstate {
  projectId: string;
  region: string;
  networks: VngNetwork[];
  subnets: VngSubnet[];
  secgroups: VngSecgroupListed[];
  /** Each group's rules, by group id (the API lists them per group). */
  rules: Record<string, VngSecgroupRule[]>;
  servers: VngServer[];
  volumes: VngVolume[];
  wanIps: VngWanIp[];
  sshKeys: VngSshKeyListed[];
  serverGroups: VngServerGroup[];
}

/** A VNG estate: scopes keyed `<projectId>/<region>`; an estate file is this document as JSON. */
export interface VngEstate {
  seed: string;
  epochMs: number;
  serial: number;
  scopes: Record<string, VngScopeEstate>;
}

/** What a generated estate is built from. */
export interface VngGenerateOptions {
  seed?: string;
  projects?: string[];
  regions?: string[];
  /** Servers per project and region. */
  servers?: number;
}

/** The collections of a scope, in the order the API paths name them. */
export const VNG_COLLECTIONS = [
  'networks',
  'secgroups',
  'servers',
  'volumes',
  'wanIps',
  'sshKeys',
  'serverGroups',
] as const;

const DAY = 86_400_000;
const FLAVORS = [
  { flavorId: 'flav-2c4g', name: 'v2-standard-2c-4g', cpu: 2, memory: 4096 },
  { flavorId: 'flav-4c8g', name: 'v2-standard-4c-8g', cpu: 4, memory: 8192 },
  { flavorId: 'flav-8c16g', name: 'v2-highcpu-8c-16g', cpu: 8, memory: 16384 },
];
const IMAGES = [
  { id: 'img-ubuntu-2204', imageType: 'Ubuntu', imageVersion: '22.04', licence: false },
  { id: 'img-win-2022', imageType: 'Windows', imageVersion: '2022', licence: true },
];

/** A uuid-shaped id with a VNG-style prefix (`ins-`, `vol-`, `net-`, …), from the estate's serial. */
export function vngUuid(estate: VngEstate, prefix: string): string {
  const n = ++estate.serial;
  const prng = derivePrng(estate.seed, 'id', n);
  const hex = [prng.uint32(), prng.uint32()].map((v) => v.toString(16).padStart(8, '0')).join('');
  return `${prefix}-${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(1, 4)}-${n.toString(16).padStart(12, '0')}`;
}

/** ISO time `ms` (second precision, as the API renders `createdAt`). */
export function vngTime(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Builds an estate: deterministic for a seed, scope list, size and epoch. */
export function generateVngEstate(
  options: VngGenerateOptions = {},
  epochMs = Date.UTC(2026, 0, 1),
): VngEstate {
  const estate: VngEstate = { seed: options.seed ?? 'vng', epochMs, serial: 0, scopes: {} };
  for (const projectId of options.projects ?? ['pro-hotpot-demo'])
    for (const region of options.regions ?? ['HCM-3']) {
      const prng = derivePrng(estate.seed, projectId, region);
      estate.scopes[`${projectId}/${region}`] = generateScope(
        estate,
        prng,
        projectId,
        region,
        options.servers ?? 20,
      );
    }
  return estate;
}

function generateScope(
  estate: VngEstate,
  prng: Prng,
  projectId: string,
  region: string,
  servers: number,
): VngScopeEstate {
  const scope: VngScopeEstate = {
    projectId,
    region,
    networks: [],
    subnets: [],
    secgroups: [],
    rules: {},
    servers: [],
    volumes: [],
    wanIps: [],
    sshKeys: [],
    serverGroups: [],
  };
  const at = (days: number) => vngTime(estate.epochMs - days * DAY);
  for (let n = 0; n < 2; n++) {
    const id = vngUuid(estate, 'net');
    scope.networks.push({
      id,
      displayName: `vpc-${n}`,
      cidr: `10.${n}.0.0/16`,
      status: 'ACTIVE',
      createdAt: at(300),
      elasticIps: [],
    });
    for (let s = 0; s < 2; s++)
      scope.subnets.push({
        uuid: vngUuid(estate, 'sub'),
        name: `subnet-${n}-${s}`,
        cidr: `10.${n}.${s}.0/24`,
        networkUuid: id,
        routeTableUuid: `rtb-${n}`,
        status: 'ACTIVE',
        createdAt: at(299),
        updatedAt: at(299),
      });
  }
  addSecgroup(estate, scope, 'default', true, [ingress('IPv4', 'any', 0, 0, undefined, 'self')], at(300));
  addSecgroup(
    estate,
    scope,
    'web',
    false,
    [ingress('IPv4', 'tcp', 443, 443, '0.0.0.0/0'), ingress('IPv6', 'tcp', 443, 443, '::/0')],
    at(200),
  );
  addSecgroup(
    estate,
    scope,
    'ssh-office',
    false,
    [ingress('IPv4', 'tcp', 22, 22, '203.0.113.0/24')],
    at(100),
  );
  for (let k = 0; k < 2; k++) scope.sshKeys.push(makeSshKey(estate, prng, `key-${k}`, at(250)));
  const group: VngServerGroup = {
    uuid: vngUuid(estate, 'svgr'),
    name: 'anti-affinity-web',
    description: 'web tier',
    policyId: 'pol-anti-affinity',
    policyName: 'anti-affinity',
    serverGroupId: prng.int(1000, 9999),
    servers: [],
    createdAt: at(200),
  };
  scope.serverGroups.push(group);
  for (let i = 0; i < servers; i++)
    addServer(estate, scope, prng, `srv-${i}`, estate.epochMs - prng.int(1, 200) * DAY);
  return scope;
}

/** An ingress rule as the API renders it (remote CIDR or, with `remoteGroup`, a group; `'self'` = its own group). */
export function ingress(
  etherType: 'IPv4' | 'IPv6',
  protocol: string,
  min: number,
  max: number,
  cidr?: string,
  remoteGroup?: string,
): Omit<VngSecgroupRule, 'id'> {
  return {
    direction: 'ingress',
    etherType,
    protocol,
    portRangeMin: min,
    portRangeMax: max,
    ...(cidr !== undefined && { remoteIpPrefix: cidr }),
    ...(remoteGroup !== undefined && { remoteGroupId: remoteGroup }),
    description: '',
    status: 'ACTIVE',
  };
}

/** Adds a group with its rules plus an allow-all egress pair (as OpenStack creates every group). */
export function addSecgroup(
  estate: VngEstate,
  scope: VngScopeEstate,
  name: string,
  system: boolean,
  rules: Omit<VngSecgroupRule, 'id'>[],
  createdAt: string,
): VngSecgroupListed {
  const id = vngUuid(estate, 'secg');
  const group = { id, name, description: `${name} group`, status: 'ACTIVE', system, createdAt };
  scope.secgroups.push(group);
  const egress = (['IPv4', 'IPv6'] as const).map(
    (etherType): Omit<VngSecgroupRule, 'id'> => ({
      direction: 'egress',
      etherType,
      protocol: 'any',
      portRangeMin: 0,
      portRangeMax: 0,
      remoteIpPrefix: etherType === 'IPv4' ? '0.0.0.0/0' : '::/0',
      description: '',
      status: 'ACTIVE',
    }),
  );
  scope.rules[id] = [...rules, ...egress].map((r) => ({
    ...r,
    id: vngUuid(estate, 'secr'),
    ...(r.remoteGroupId === 'self' && { remoteGroupId: id }),
    createdAt,
  }));
  return group;
}

/** An SSH key pair with a public key the API would list (a random ed25519-shaped blob). */
export function makeSshKey(estate: VngEstate, prng: Prng, name: string, createdAt: string): VngSshKeyListed {
  const bytes = Buffer.alloc(51);
  bytes.writeUInt32BE(11, 0);
  bytes.write('ssh-ed25519', 4);
  bytes.writeUInt32BE(32, 15);
  for (let i = 19; i < 51; i++) bytes[i] = prng.int(0, 255);
  return {
    id: vngUuid(estate, 'ssh'),
    name,
    pubKey: `ssh-ed25519 ${bytes.toString('base64')} ${name}@hotpot`,
    status: 'ACTIVE',
    createdAt,
  };
}

/** Adds a server with its boot volume, maybe a data volume and a WAN IP; returns it. */
export function addServer(
  estate: VngEstate,
  scope: VngScopeEstate,
  prng: Prng,
  name: string,
  createdMs: number,
): VngServer {
  const uuid = vngUuid(estate, 'ins');
  const subnet = prng.pick(scope.subnets);
  const fixedIp = `${subnet.cidr!.split('.').slice(0, 3).join('.')}.${prng.int(2, 254)}`;
  const nic = {
    uuid: vngUuid(estate, 'port'),
    fixedIp,
    networkUuid: subnet.networkUuid,
    subnetUuid: subnet.uuid,
    interfaceType: 'internal',
    type: 'primary',
    mac: `fa:16:3e:${[0, 0, 0].map(() => prng.int(0, 255).toString(16).padStart(2, '0')).join(':')}`,
    serverUuid: uuid,
    status: 'ACTIVE',
    createdAt: vngTime(createdMs),
  } as VngServer['internalInterfaces'] extends (infer I)[] | undefined ? I : never;
  const groups = [
    scope.secgroups[0]!,
    ...(prng.chance(0.5) ? [scope.secgroups[1]!] : []),
    ...(prng.chance(0.2) ? [scope.secgroups[2]!] : []),
  ];
  if (prng.chance(0.25)) {
    const wan: VngWanIp = {
      uuid: vngUuid(estate, 'wan'),
      ip: `103.${prng.int(1, 250)}.${prng.int(0, 255)}.${prng.int(1, 254)}`,
      fixedIp,
      networkInterfaceId: nic.uuid,
      status: 'ACTIVE',
      createdAt: vngTime(createdMs),
    };
    scope.wanIps.push(wan);
    nic.floatingIp = wan.ip;
    nic.floatingIpId = wan.uuid;
  }
  const bootVolumeId = vngUuid(estate, 'vol');
  const flavor = prng.pick(FLAVORS);
  const server: VngServer = {
    uuid,
    name,
    status: prng.chance(0.9) ? 'ACTIVE' : 'STOPPED',
    createdAt: vngTime(createdMs),
    bootVolumeId,
    encryptionVolume: false,
    flavor: {
      ...flavor,
      zoneId: `${scope.region}-1A`,
      bandwidth: 100,
      bandwidthUnit: 'Mbps',
      gpu: 0,
      group: 'standard',
    },
    image: { ...prng.pick(IMAGES) },
    internalInterfaces: [nic],
    externalInterfaces: [],
    secGroups: groups.map((g) => ({ uuid: g.id, name: g.name })),
    sshKeyName: prng.pick(scope.sshKeys).name!,
    zoneId: `${scope.region}-1A`,
    licence: false,
    product: 'VKS',
  };
  const group = scope.serverGroups[0];
  if (group && prng.chance(0.1)) {
    server.serverGroupId = group.uuid;
    server.serverGroupName = group.name;
    group.servers = [...(group.servers ?? []), { uuid, name }];
  }
  scope.servers.push(server);
  scope.volumes.push(volume(bootVolumeId, `${name}-boot`, 20, true, uuid, scope, createdMs));
  if (prng.chance(0.3))
    scope.volumes.push(
      volume(
        vngUuid(estate, 'vol'),
        `${name}-data`,
        prng.pick([50, 100, 500]),
        false,
        uuid,
        scope,
        createdMs,
      ),
    );
  return server;
}

function volume(
  uuid: string,
  name: string,
  size: number,
  bootable: boolean,
  serverId: string,
  scope: VngScopeEstate,
  ms: number,
): VngVolume {
  return {
    uuid,
    name,
    size,
    status: 'IN-USE',
    bootable,
    bootIndex: bootable ? 0 : -1,
    encryptionType: '',
    iops: '3000',
    multiAttach: false,
    projectId: scope.projectId,
    serverId,
    serverIdList: [serverId],
    volumeTypeId: 'vtype-ssd',
    volumeTypeZoneName: 'SSD',
    zone: { uuid: `${scope.region}-1A`, name: `${scope.region}-1A` },
    createdAt: vngTime(ms),
    updatedAt: vngTime(ms),
  };
}

/** Removes a server, its volumes, its WAN IPs and its server group membership. */
export function removeServer(scope: VngScopeEstate, uuid: string): boolean {
  const at = scope.servers.findIndex((s) => s.uuid === uuid);
  if (at < 0) return false;
  const [server] = scope.servers.splice(at, 1);
  scope.volumes = scope.volumes.filter((v) => v.serverId !== uuid);
  const ports = new Set((server!.internalInterfaces ?? []).map((n) => n.uuid));
  scope.wanIps = scope.wanIps.filter((w) => !ports.has(w.networkInterfaceId));
  for (const g of scope.serverGroups)
    if (g.servers?.some((s) => s.uuid === uuid)) g.servers = g.servers.filter((s) => s.uuid !== uuid);
  return true;
}
