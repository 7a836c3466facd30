import { HotpotError } from '../errors.js';

/** A resource kind the query commands know: its current table and the typed columns listed by default. */
export interface KindSpec {
  table: string;
  columns: readonly string[];
  hasStatus: boolean;
  hasLabels: boolean;
}

/** The queryable resource kinds, by plural name. */
export const KINDS = {
  instances: {
    table: 'gcp_compute_instances',
    columns: [
      'project_id',
      'id',
      'name',
      'location',
      'status',
      'machine_type',
      'internal_ips',
      'external_ips',
      'labels',
      'valid_from',
    ],
    hasStatus: true,
    hasLabels: true,
  },
  disks: {
    table: 'gcp_compute_disks',
    columns: [
      'project_id',
      'id',
      'name',
      'location',
      'status',
      'size_gb',
      'disk_type',
      'users',
      'labels',
      'valid_from',
    ],
    hasStatus: true,
    hasLabels: true,
  },
  networks: {
    table: 'gcp_compute_networks',
    columns: [
      'project_id',
      'id',
      'name',
      'location',
      'auto_create_subnetworks',
      'routing_mode',
      'mtu',
      'valid_from',
    ],
    hasStatus: false,
    hasLabels: false,
  },
} as const satisfies Record<string, KindSpec>;

/** A resource kind name: instances, disks or networks. */
export type Kind = keyof typeof KINDS;

/** Every kind, in display order. */
export const KIND_NAMES = Object.keys(KINDS) as Kind[];

/** Reads a kind from user input (plural or singular). */
export function parseKind(text: string): Kind {
  const plural = text.endsWith('s') ? text : `${text}s`;
  if (plural in KINDS) return plural as Kind;
  throw new HotpotError(`unknown resource kind '${text}': use one of ${KIND_NAMES.join(', ')}`);
}
