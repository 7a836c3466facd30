import type { compute_v1 } from '@googleapis/compute';
import { baseFields, type NetworkSide, type ProjectContext } from './generate-network.js';
import { regionOfZone, zoneUrl } from './urls.js';
import { defaultServiceAccount, publicIp, publicIpv6, randomLabels } from './values.js';

/** Per-project counts of compute-side resources; `disks` counts disks beyond each instance's boot disk. */
export interface ComputeCounts {
  instances: number;
  disks: number;
  instanceGroupsPerZone: number;
}

/** Where NIC number `k` of an instance attaches, or undefined when the project has no network. */
export type NicTarget = (k: number) => { network: string; subnetwork?: string; prefix: string } | undefined;

const statuses = [
  'RUNNING',
  'RUNNING',
  'RUNNING',
  'RUNNING',
  'RUNNING',
  'RUNNING',
  'RUNNING',
  'TERMINATED',
  'TERMINATED',
  'STOPPING',
  'STAGING',
  'SUSPENDED',
  'PROVISIONING',
  'REPAIRING',
];
const machineTypes = [
  'e2-medium',
  'e2-standard-4',
  'n2-standard-8',
  'n1-standard-1',
  'c3-highcpu-22',
  't2d-standard-2',
];
const debianImage =
  'https://www.googleapis.com/compute/v1/projects/debian-cloud/global/images/debian-12-bookworm-v20240110';
const debianLicense =
  'https://www.googleapis.com/compute/v1/projects/debian-cloud/global/licenses/debian-12-bookworm';

/** The number of NICs of generated instance `i`: mostly 1, some 2, every 97th 8 and every 89th none. */
function nicCountFor(i: number): number {
  if (i % 97 === 13) return 8;
  if (i % 89 === 7) return 0;
  return i % 10 === 3 ? 2 : 1;
}

/** A disk; `users` are the URLs of the instances it is attached to. */
export function makeDisk(
  ctx: ProjectContext,
  name: string,
  zone: string,
  boot: boolean,
  users: string[],
): compute_v1.Schema$Disk {
  const { prng } = ctx;
  const base = baseFields(ctx, 'compute#disk', name, `${zoneUrl(ctx.project, zone)}/disks/${name}`);
  return {
    ...base,
    sizeGb: String(boot ? prng.pick([10, 20, 50]) : prng.pick([100, 200, 500, 1000])),
    zone: zoneUrl(ctx.project, zone),
    status: 'READY',
    type: `${zoneUrl(ctx.project, zone)}/diskTypes/${prng.pick(['pd-balanced', 'pd-ssd', 'pd-standard'])}`,
    ...(boot
      ? { sourceImage: debianImage, sourceImageId: prng.uint64String(), licenses: [debianLicense] }
      : {}),
    ...(users.length > 0 ? { users, lastAttachTimestamp: base.creationTimestamp } : {}),
    labels: randomLabels(prng),
    labelFingerprint: prng.base64(),
    physicalBlockSizeBytes: '4096',
    architecture: 'X86_64',
  };
}

/** An instance with its boot disk; data disks are attached afterwards with `attachDisk`. */
export function makeInstance(
  ctx: ProjectContext,
  name: string,
  zone: string,
  nics: number,
  target: NicTarget,
) {
  const { prng, project } = ctx;
  const selfLink = `${zoneUrl(project, zone)}/instances/${name}`;
  const boot = makeDisk(ctx, `${name}-boot`, zone, true, [selfLink]);
  const base = baseFields(ctx, 'compute#instance', name, selfLink);
  const status = prng.pick(statuses);
  const spot = prng.chance(0.1);
  const networkInterfaces: compute_v1.Schema$NetworkInterface[] = [];
  for (let k = 0; k < nics; k++) {
    const t = target(k);
    if (!t) break;
    const ipv6 = prng.chance(0.05);
    networkInterfaces.push({
      kind: 'compute#networkInterface',
      name: `nic${k}`,
      network: t.network,
      ...(t.subnetwork ? { subnetwork: t.subnetwork } : {}),
      networkIP: `${t.prefix}.${prng.int(2, 254)}`,
      fingerprint: prng.base64(),
      stackType: ipv6 ? 'IPV4_IPV6' : 'IPV4_ONLY',
      accessConfigs:
        k === 0 && prng.chance(0.6)
          ? [
              {
                kind: 'compute#accessConfig',
                type: 'ONE_TO_ONE_NAT',
                name: 'External NAT',
                natIP: publicIp(prng),
                networkTier: 'PREMIUM',
              },
            ]
          : [],
      ...(ipv6
        ? {
            ipv6AccessType: 'EXTERNAL',
            ipv6AccessConfigs: [
              {
                kind: 'compute#accessConfig',
                type: 'DIRECT_IPV6',
                name: 'external-ipv6',
                externalIpv6: publicIpv6(prng),
                externalIpv6PrefixLength: 96,
                networkTier: 'PREMIUM',
              },
            ],
          }
        : {}),
    });
  }
  const instance: compute_v1.Schema$Instance = {
    ...base,
    description: '',
    zone: zoneUrl(project, zone),
    status,
    machineType: `${zoneUrl(project, zone)}/machineTypes/${prng.pick(machineTypes)}`,
    cpuPlatform: 'Intel Cascade Lake',
    canIpForward: false,
    deletionProtection: prng.chance(0.05),
    startRestricted: false,
    networkInterfaces,
    disks: [
      {
        kind: 'compute#attachedDisk',
        type: 'PERSISTENT',
        mode: 'READ_WRITE',
        source: boot.selfLink,
        deviceName: 'persistent-disk-0',
        index: 0,
        boot: true,
        autoDelete: true,
        interface: 'SCSI',
        diskSizeGb: boot.sizeGb,
        licenses: [debianLicense],
        architecture: 'X86_64',
      },
    ],
    metadata: {
      kind: 'compute#metadata',
      fingerprint: prng.base64(),
      items: [
        { key: 'startup-script', value: '#!/bin/bash\necho "hello from hotpot"\n' },
        { key: 'enable-oslogin', value: prng.pick(['TRUE', 'FALSE']) },
      ],
    },
    tags: { items: prng.chance(0.5) ? ['http-server', 'ssh'] : ['ssh'], fingerprint: prng.base64() },
    labels: randomLabels(prng),
    labelFingerprint: prng.base64(),
    fingerprint: prng.base64(),
    serviceAccounts: [
      {
        email: defaultServiceAccount(ctx.projectNumber),
        scopes: ['https://www.googleapis.com/auth/cloud-platform'],
      },
    ],
    scheduling: spot
      ? {
          onHostMaintenance: 'TERMINATE',
          automaticRestart: false,
          preemptible: true,
          provisioningModel: 'SPOT',
          instanceTerminationAction: 'STOP',
        }
      : {
          onHostMaintenance: 'MIGRATE',
          automaticRestart: true,
          preemptible: false,
          provisioningModel: 'STANDARD',
        },
    shieldedInstanceConfig: { enableSecureBoot: false, enableVtpm: true, enableIntegrityMonitoring: true },
    ...(status === 'RUNNING' ? { lastStartTimestamp: base.creationTimestamp } : {}),
  };
  return { instance, boot };
}

/** Attaches a data disk to an instance and records the instance among the disk's users. */
function attachDisk(instance: compute_v1.Schema$Instance, disk: compute_v1.Schema$Disk): void {
  const disks = (instance.disks ??= []);
  disks.push({
    kind: 'compute#attachedDisk',
    type: 'PERSISTENT',
    mode: 'READ_WRITE',
    source: disk.selfLink,
    deviceName: `data-${disks.length}`,
    index: disks.length,
    boot: false,
    autoDelete: false,
    interface: 'SCSI',
    diskSizeGb: disk.sizeGb,
    architecture: 'X86_64',
  });
  disk.users = [...(disk.users ?? []), instance.selfLink ?? ''];
  disk.lastAttachTimestamp = disk.creationTimestamp;
}

/** Receives each generated resource as soon as it is complete, so objects die young and GC stays cheap. */
export type Emit = (
  type: 'instances' | 'disks' | 'instanceGroups',
  resource: { name?: string | null; zone?: string | null },
) => void;

/** Generates instances (spread over zones), boot and extra disks (some attached as data disks) and unmanaged groups. */
export function generateComputeSide(
  ctx: ProjectContext,
  counts: ComputeCounts,
  net: NetworkSide,
  emit: Emit,
): void {
  const { prng, zones } = ctx;
  if (zones.length === 0) return;
  const width = Math.max(5, String(counts.instances).length);
  const dataDisks = new Map<number, number[]>();
  const unattached: number[] = [];
  for (let d = 0; d < counts.disks; d++) {
    const z = d % zones.length;
    const inZone = Math.floor((counts.instances - 1 - z) / zones.length) + 1;
    if (inZone > 0 && prng.chance(0.6)) {
      const owner = z + zones.length * prng.int(0, inZone - 1);
      dataDisks.set(owner, [...(dataDisks.get(owner) ?? []), d]);
    } else unattached.push(d);
  }
  const diskName = (d: number) => `data-${String(d).padStart(width, '0')}`;
  for (let i = 0; i < counts.instances; i++) {
    const zone = zones[i % zones.length] ?? '';
    const region = regionOfZone(zone);
    const name = `${prng.pick(['web', 'api', 'db', 'batch', 'cache'])}-${String(i).padStart(width, '0')}`;
    const { instance, boot } = makeInstance(ctx, name, zone, nicCountFor(i), (k) =>
      net.networks.length ? net.subnet(i + k, region) : undefined,
    );
    emit('disks', boot);
    for (const d of dataDisks.get(i) ?? []) {
      const disk = makeDisk(ctx, diskName(d), zone, false, []);
      attachDisk(instance, disk);
      emit('disks', disk);
    }
    emit('instances', instance);
  }
  for (const d of unattached)
    emit('disks', makeDisk(ctx, diskName(d), zones[d % zones.length] ?? '', false, []));
  zones.forEach((zone, z) => {
    for (let g = 0; g < counts.instanceGroupsPerZone; g++) {
      const name = `ig-${zone}-${g}`;
      const target = net.networks.length ? net.subnet(g, regionOfZone(zone)) : undefined;
      const group: compute_v1.Schema$InstanceGroup = {
        ...baseFields(
          ctx,
          'compute#instanceGroup',
          name,
          `${zoneUrl(ctx.project, zone)}/instanceGroups/${name}`,
        ),
        description: '',
        zone: zoneUrl(ctx.project, zone),
        size: 0,
        fingerprint: prng.base64(),
        namedPorts: [{ name: 'http', port: 80 + z }],
        ...(target
          ? { network: target.network, ...(target.subnetwork ? { subnetwork: target.subnetwork } : {}) }
          : {}),
      };
      emit('instanceGroups', group);
    }
  });
}
