import type { ProjectState } from '../estate.js';
import { generateInterconnectAttachments, generateVpn } from './generate-connectivity.js';
import {
  generateImages,
  generateMachineImages,
  generateResourcePolicies,
  generateSnapshots,
} from './generate-images.js';
import {
  generateClassicVpn,
  generateInterconnects,
  generatePacketMirrorings,
} from './generate-network-edges.js';
import { generateManagers } from './generate-managers.js';
import type { ProjectContext } from './generate-network.js';
import { makeProject } from './generate-project.js';
import { generateTemplates } from './generate-templates.js';
import { infraContext, type InfraCounts } from './infra-context.js';

export type { InfraCounts } from './infra-context.js';

/** Default infra counts: at least one object of every infra type in a default estate. */
export const defaultInfraCounts: InfraCounts = {
  instanceTemplates: 3,
  instanceGroupManagersPerZone: 1,
  regionalInstanceGroupManagersPerRegion: 1,
  images: 3,
  snapshots: 3,
  machineImages: 1,
  resourcePoliciesPerRegion: 1,
  vpnGatewaysPerRegion: 1,
  vpnTunnelsPerGateway: 2,
  interconnectAttachmentsPerRegion: 1,
};

/**
 * Generates the project object, templates, managed groups, images, snapshots, machine images, resource policies,
 * VPN (HA and classic), interconnects and their attachments, packet mirroring, from what the project already holds. Runs after the other generators and
 * draws from its own derived PRNGs, so every value they generated stays as it was.
 */
export function generateInfraSide(
  seed: number | string,
  ctx: ProjectContext,
  counts: InfraCounts,
  state: ProjectState,
): void {
  const { prng: _unused, ...base } = ctx;
  const infra = infraContext(seed, base, state, counts);
  state.putObject('projects', makeProject(ctx.project, ctx.projectNumber, infra.part('project').prng));
  generateResourcePolicies(infra);
  generateImages(infra);
  generateTemplates(infra);
  generateManagers(infra);
  generateSnapshots(infra);
  generateMachineImages(infra);
  generateVpn(infra);
  generateInterconnectAttachments(infra);
  generateClassicVpn(infra);
  generatePacketMirrorings(infra);
  generateInterconnects(infra);
}
