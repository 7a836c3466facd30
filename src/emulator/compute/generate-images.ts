import type { compute_v1 } from '@googleapis/compute';
import { baseFields } from './generate-network.js';
import { workloads } from './generate-templates.js';
import { objectOf, type InfraContext } from './infra-context.js';
import { lastSegment, projectUrl, regionOfZone, regionUrl } from './urls.js';
import { randomLabels } from './values.js';

const debianLicense =
  'https://www.googleapis.com/compute/v1/projects/debian-cloud/global/licenses/debian-12-bookworm';

/** Daily snapshot schedules per region (`daily-snapshots-<region>`, numbered beyond the first). */
export function generateResourcePolicies(infra: InfraContext): void {
  const ctx = infra.part('resource-policies');
  for (const region of ctx.regions)
    for (let p = 0; p < infra.counts.resourcePoliciesPerRegion; p++) {
      const name = p === 0 ? `daily-snapshots-${region}` : `daily-snapshots-${region}-${p}`;
      const days = ctx.prng.pick([7, 14, 30]);
      infra.state.putObject('resourcePolicies', {
        ...baseFields(
          ctx,
          'compute#resourcePolicy',
          name,
          `${regionUrl(ctx.project, region)}/resourcePolicies/${name}`,
        ),
        description: `Keeps ${days} days of daily snapshots`,
        region: regionUrl(ctx.project, region),
        status: 'READY',
        snapshotSchedulePolicy: {
          schedule: {
            dailySchedule: { daysInCycle: 1, startTime: `0${ctx.prng.int(0, 6)}:00`, duration: 'PT14400S' },
          },
          retentionPolicy: { maxRetentionDays: days, onSourceDiskDelete: 'KEEP_AUTO_SNAPSHOTS' },
          snapshotProperties: { storageLocations: [region.split('-')[0] ?? 'us'], guestFlush: false },
        },
      } satisfies compute_v1.Schema$ResourcePolicy);
    }
}

/** Boot disks of existing instances, in estate order (name-only scan: nothing is parsed but the picks). */
function bootDisks(infra: InfraContext) {
  return infra.state.collections.disks.all().filter((d) => d.name.endsWith('-boot'));
}

/** Custom images in families `app-<workload>`, made from existing boot disks; older versions are deprecated. */
export function generateImages(infra: InfraContext): void {
  const ctx = infra.part('images');
  const sources = bootDisks(infra);
  const families = Math.min(2, infra.counts.images);
  const url = (i: number) =>
    `${projectUrl(ctx.project)}/global/images/app-${workloads[i % families]}-v${Math.floor(i / families) + 1}`;
  for (let i = 0; i < infra.counts.images; i++) {
    const family = `app-${workloads[i % families] ?? 'web'}`;
    const disk = objectOf<compute_v1.Schema$Disk>(sources[(i * 5) % Math.max(1, sources.length)]);
    const newer = i + families < infra.counts.images ? url(i + families) : undefined;
    infra.state.putObject('images', {
      ...baseFields(ctx, 'compute#image', lastSegment(url(i)), url(i)),
      description: `${family} built from ${disk?.name ?? 'a tarball'}`,
      family,
      sourceType: 'RAW',
      status: 'READY',
      archiveSizeBytes: String(ctx.prng.int(500, 4000) * 1_000_000),
      diskSizeGb: disk?.sizeGb ?? '10',
      ...(disk
        ? { sourceDisk: disk.selfLink, sourceDiskId: disk.id }
        : {
            rawDisk: {
              source: `https://storage.googleapis.com/${ctx.project}-images/${family}.tar.gz`,
              containerType: 'TAR',
            },
          }),
      licenses: [debianLicense],
      storageLocations: [ctx.regions[0]?.split('-')[0] ?? 'us'],
      architecture: 'X86_64',
      guestOsFeatures: [{ type: 'UEFI_COMPATIBLE' }, { type: 'VIRTIO_SCSI_MULTIQUEUE' }, { type: 'GVNIC' }],
      labels: randomLabels(ctx.prng),
      labelFingerprint: ctx.prng.base64(),
      ...(newer ? { deprecated: { state: 'DEPRECATED', replacement: newer } } : {}),
    } satisfies compute_v1.Schema$Image);
  }
}

/** Snapshots of existing disks; those of a region with a snapshot schedule were made by it. */
export function generateSnapshots(infra: InfraContext): void {
  const ctx = infra.part('snapshots');
  const disks = infra.state.collections.disks.all();
  if (disks.length === 0) return;
  for (let k = 0; k < infra.counts.snapshots; k++) {
    const disk = objectOf<compute_v1.Schema$Disk>(disks[(k * 7) % disks.length]);
    if (!disk?.name) continue;
    const region = regionOfZone(lastSegment(disk.zone ?? disk.region ?? ''));
    const policy = objectOf<compute_v1.Schema$ResourcePolicy>(
      infra.state.collections.resourcePolicies.inScope(`regions/${region}`)[0],
    );
    const name = `snap-${disk.name}-${k}`;
    const bytes = ctx.prng.int(1, Number(disk.sizeGb ?? '10')) * 1_073_741_824;
    infra.state.putObject('snapshots', {
      ...baseFields(ctx, 'compute#snapshot', name, `${projectUrl(ctx.project)}/global/snapshots/${name}`),
      description: '',
      status: 'READY',
      sourceDisk: disk.selfLink,
      sourceDiskId: disk.id,
      diskSizeGb: disk.sizeGb,
      storageBytes: String(bytes),
      storageBytesStatus: 'UP_TO_DATE',
      downloadBytes: String(bytes + 4096),
      creationSizeBytes: String(bytes),
      ...(disk.licenses ? { licenses: disk.licenses } : {}),
      storageLocations: [region.split('-')[0] ?? 'us'],
      autoCreated: !!policy,
      ...(policy
        ? { sourceSnapshotSchedulePolicy: policy.selfLink, sourceSnapshotSchedulePolicyId: policy.id }
        : {}),
      snapshotType: 'STANDARD',
      architecture: 'X86_64',
      labels: disk.labels ?? {},
      labelFingerprint: ctx.prng.base64(),
    } satisfies compute_v1.Schema$Snapshot);
  }
}

/** Machine images of existing instances, with their properties and saved disks. */
export function generateMachineImages(infra: InfraContext): void {
  const ctx = infra.part('machine-images');
  const instances = infra.state.collections.instances.all();
  if (instances.length === 0) return;
  for (let k = 0; k < infra.counts.machineImages; k++) {
    const vm = objectOf<compute_v1.Schema$Instance>(instances[(k * 3) % instances.length]);
    if (!vm?.name) continue;
    const name = k === 0 ? `mi-${vm.name}` : `mi-${vm.name}-${k}`;
    const saved = (vm.disks ?? []).map((d) => ({
      kind: 'compute#savedDisk',
      sourceDisk: d.source,
      storageBytes: String(Number(d.diskSizeGb ?? '10') * 536_870_912),
      storageBytesStatus: 'UP_TO_DATE',
      architecture: 'X86_64',
    }));
    infra.state.putObject('machineImages', {
      ...baseFields(
        ctx,
        'compute#machineImage',
        name,
        `${projectUrl(ctx.project)}/global/machineImages/${name}`,
      ),
      description: `Backup of ${vm.name}`,
      sourceInstance: vm.selfLink,
      status: 'READY',
      guestFlush: false,
      storageLocations: [ctx.regions[0]?.split('-')[0] ?? 'us'],
      totalStorageBytes: String(saved.reduce((n, d) => n + Number(d.storageBytes), 0)),
      savedDisks: saved,
      instanceProperties: {
        machineType: lastSegment(vm.machineType ?? ''),
        canIpForward: vm.canIpForward,
        networkInterfaces: vm.networkInterfaces,
        disks: vm.disks,
        metadata: vm.metadata,
        serviceAccounts: vm.serviceAccounts,
        scheduling: vm.scheduling,
        tags: vm.tags,
        labels: vm.labels,
      },
      labelFingerprint: ctx.prng.base64(),
    } satisfies compute_v1.Schema$MachineImage);
  }
}
