import { HotpotError } from '../errors.js';
import { gcpProjectIdProblems } from '../gcp/project-id.js';
import { MAX_INLINE_PROJECTS, type InventoryInput } from '../ingest/workflows/types.js';

/** The project part of an inventory's input; a list too long for a workflow payload is refused. */
export function inventoryProjects(
  projectIds: string[] | undefined,
  projectSource: 'config' | undefined,
): Pick<InventoryInput, 'projectIds' | 'projectSource'> {
  if (projectSource === 'config') return { projectSource };
  const ids = projectIds ?? [];
  requireProjectIds(ids);
  if (ids.length > MAX_INLINE_PROJECTS)
    throw new HotpotError(
      `${ids.length} projects are too many to pass in a workflow input (at most ${MAX_INLINE_PROJECTS}); list them in the worker's gcp.projects and start with projectSource 'config'`,
    );
  return { projectIds: ids };
}

/** What a command passes for `--project` flags or else the configured projects: a list when it fits a payload, else the worker's config by reference. */
export function commandProjects(
  flags: string[] | undefined,
  configured: readonly string[],
): { projectIds: string[] } | { projectSource: 'config' } {
  if (flags === undefined && configured.length > MAX_INLINE_PROJECTS) return { projectSource: 'config' };
  return { projectIds: [...(flags ?? configured)] };
}

/** Throws a HotpotError naming every id Google could not accept as a project id, before anything is started. */
export function requireProjectIds(ids: readonly string[]): void {
  const problems = gcpProjectIdProblems(ids);
  if (problems.length) throw new HotpotError(problems.join('\n'));
}
