import { computeResources } from '../gcp/compute/registry.js';
import { HotpotError } from '../errors.js';

/** A resource kind the query commands know: its current table and the columns listed by default. */
export interface KindSpec {
  /** The declaration's kind, e.g. `gcp.compute.instance` (the key of sync scopes). */
  resourceKind: string;
  table: string;
  columns: readonly string[];
  hasStatus: boolean;
  hasLabels: boolean;
}

/** A resource kind name, the declaration's plural: instances, disks, networks, … */
export type Kind = string;

const specs = new Map<Kind, KindSpec>(
  computeResources.map((r) => [
    r.plural,
    {
      resourceKind: r.kind,
      table: r.table,
      columns: ['project_id', 'id', 'name', 'location', ...r.listColumns, 'valid_from'],
      hasStatus: 'status' in r.columns,
      hasLabels: 'labels' in r.columns,
    },
  ]),
);

/** Every kind, in registry order. */
export const KIND_NAMES: readonly Kind[] = [...specs.keys()];

/** The spec of a kind that parseKind accepted. */
export function kindSpec(kind: Kind): KindSpec {
  const spec = specs.get(kind);
  if (!spec) throw new HotpotError(`unknown resource kind '${kind}': use one of ${KIND_NAMES.join(', ')}`);
  return spec;
}

/** Reads a kind from user input (plural or singular). */
export function parseKind(text: string): Kind {
  const plural = text.endsWith('s') ? text : `${text}s`;
  kindSpec(plural);
  return plural;
}
