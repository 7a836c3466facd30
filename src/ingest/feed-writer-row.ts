import { rowColumnTypes, type ResourceDefinition } from '../provider/resource.js';
import { fingerprintOf } from './fingerprint.js';
import { rowProblem } from './row-check.js';

/** The typed row's JSON with the raw object spliced in, or the reason it cannot be stored. */
export function rowJson(resource: ResourceDefinition, id: string, item: unknown): string | { error: string } {
  try {
    const text = JSON.stringify(item);
    const row = resource.convert(item) as Record<string, unknown>;
    const problem = rowProblem(row, rowColumnTypes(resource));
    if (problem) throw new Error(problem);
    if (row.id !== id) throw new Error(`converted id ${String(row.id)} differs from the event's ${id}`);
    const typed = JSON.stringify({ ...row, fingerprint: fingerprintOf(text) });
    return `${typed.slice(0, -1)},"raw":${text}}`;
  } catch (err) {
    return { error: (err as Error).message };
  }
}

/** The resource's typed columns as a select list, a recordset definition and an upsert's assignments. */
export function columnLists(resource: ResourceDefinition) {
  const types = rowColumnTypes(resource);
  return {
    cols: Object.keys(types).join(', '),
    recordset: Object.entries(types)
      .map(([c, ty]) => `${c} ${ty}`)
      .join(', '),
    updates: Object.keys(types)
      .filter((c) => c !== 'id')
      .map((c) => `${c} = excluded.${c}`)
      .join(', '),
  };
}
