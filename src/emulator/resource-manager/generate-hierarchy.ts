import type { FolderSpec, HierarchyDocument, ProjectHierarchySpec } from './hierarchy-document.js';

/** Options of the hierarchy generator: one organization, a folder tree `depth` deep with `fanout` children each. */
export interface HierarchyGeneratorOptions {
  organizationId?: string;
  depth?: number;
  fanout?: number;
  /** Projects spread round-robin over the leaf folders, ids `<prefix>-00001`…. */
  projects: number;
  prefix?: string;
  /** Every n-th project (n ≥ 1) has Compute disabled; 0 = none. */
  computeDisabledEvery?: number;
}

/** A deterministic organization with a folder tree and projects, as an estate document's hierarchy part. */
export function generateHierarchy(options: HierarchyGeneratorOptions): HierarchyDocument {
  const {
    organizationId = '100',
    depth = 2,
    fanout = 10,
    prefix = 'gen',
    computeDisabledEvery = 0,
  } = options;
  let nextFolder = 1000;
  const leaves: string[] = [];
  const build = (level: number): FolderSpec[] =>
    Array.from({ length: fanout }, () => {
      const id = String(nextFolder++);
      const folders = level < depth ? build(level + 1) : [];
      if (level === depth) leaves.push(id);
      return { id, folders };
    });
  const folders = depth > 0 ? build(1) : [];
  const parents = leaves.length ? leaves.map((id) => `folders/${id}`) : [`organizations/${organizationId}`];
  const envs = ['prod', 'dev', 'test'];
  const projects: ProjectHierarchySpec[] = Array.from({ length: options.projects }, (_, i) => ({
    id: `${prefix}-${String(i + 1).padStart(5, '0')}`,
    parent: parents[i % parents.length]!,
    labels: { env: envs[i % envs.length]! },
    ...(computeDisabledEvery > 0 && (i + 1) % computeDisabledEvery === 0 ? { services: [] } : {}),
  }));
  return { organizations: [{ id: organizationId, folders }], projects };
}
