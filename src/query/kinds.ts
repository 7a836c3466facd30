import { queryResources } from './resources.js';
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
  queryResources.map((r) => [
    r.plural,
    {
      resourceKind: r.kind,
      table: r.table,
      columns: ['scope', 'id', 'name', 'location', ...r.listColumns, 'valid_from'],
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

/**
 * Every spelling a person may type for a kind: the plural, the singular (snake, camel or kebab) and the full kind.
 * A short spelling two kinds share (`instance`: Compute's and Cloud SQL's) means the first in registry order; the
 * plural and the full kind are always unique.
 */
const aliases = new Map<string, Kind>();
for (const r of queryResources) {
  const singular = r.kind.slice(r.kind.lastIndexOf('.') + 1);
  const camel = singular.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
  for (const s of [r.plural, r.kind, singular, camel, singular.replaceAll('_', '-'), r.plural.toLowerCase()])
    if (!aliases.has(s.toLowerCase())) aliases.set(s.toLowerCase(), r.plural);
}

/** Reads a kind from user input: plural (`sslPolicies`), singular (`ssl_policy`, `sslPolicy`, `ssl-policy`) or full kind. */
export function parseKind(text: string): Kind {
  const kind = aliases.get(text.toLowerCase());
  if (!kind) throw new HotpotError(`unknown resource kind '${text}': use one of ${KIND_NAMES.join(', ')}`);
  return kind;
}
