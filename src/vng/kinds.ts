import { kindNamer, type KindNames } from '../provider/kind.js';

const named = kindNamer('vng', 'vng');

/**
 * A VNG kind's names: `vng.<singular>`, its table `vng_<plural>`, its activity, and a CLI plural prefixed with
 * `vng` (`vngServers`) so it never collides with another provider's (`networks` is GCP's).
 */
function kind<P extends string, A extends string>(
  singular: string,
  plural: string,
  cliPlural: P,
  activityName: A,
): KindNames<P, A> {
  return { ...named(singular, plural, activityName), plural: cliPlural };
}

/**
 * The names of every VNG Cloud resource Hotpot ingests, workflow-safe (pure data). Each declaration takes its
 * names from here; the plurals are prefixed so they never collide with another provider's in the CLI.
 */
export const vngKinds = [
  kind('network', 'networks', 'vngNetworks', 'IngestVngNetworks'),
  kind('subnet', 'subnets', 'vngSubnets', 'IngestVngSubnets'),
  kind('secgroup', 'secgroups', 'vngSecgroups', 'IngestVngSecgroups'),
  kind('server', 'servers', 'vngServers', 'IngestVngServers'),
  kind('volume', 'volumes', 'vngVolumes', 'IngestVngVolumes'),
  kind('wanIp', 'wanIps', 'vngWanIps', 'IngestVngWanIps'),
  kind('sshKey', 'sshKeys', 'vngSshKeys', 'IngestVngSshKeys'),
  kind('serverGroup', 'serverGroups', 'vngServerGroups', 'IngestVngServerGroups'),
] as const;

/** Activity names of the VNG kinds. */
export type VngActivityName = (typeof vngKinds)[number]['activityName'];

/** The names of one VNG kind, by plural. */
export function vngKind(plural: (typeof vngKinds)[number]['plural']): KindNames {
  return vngKinds.find((k) => k.plural === plural)!;
}

/** The kinds in waves for the generic workflow: all at once (no kind depends on another's rows). */
export const vngKindWaves: readonly (readonly string[])[] = [vngKinds.map((k) => k.activityName)];
