import type { IncomingMessage } from 'node:http';
import type { Hierarchy, LifecycleState } from './hierarchy.js';

/** Path of the hierarchy control API, beside the emulator's other control routes. */
export const hierarchyControlPrefix = '/_emulator/hierarchy';

/** A change to one project: state, parent, labels, enabled services, or `purge` (Resource Manager forgets it). */
export interface ProjectPatch {
  lifecycleState?: LifecycleState;
  parent?: string;
  labels?: Record<string, string>;
  services?: string[];
  purge?: boolean;
}

/** A project as the control API reports it (ground truth for tests). */
export interface HierarchyProjectTruth {
  id: string;
  number: string;
  parent: string | null;
  lifecycleState: LifecycleState;
  labels: Record<string, string>;
  services: string[];
}

/**
 * `GET /_emulator/hierarchy` → `{ projects }` ground truth; `POST /_emulator/hierarchy/projects/<id>` with a
 * ProjectPatch changes one project. Undefined for other paths.
 */
export async function serveHierarchyControl(
  h: Hierarchy,
  req: IncomingMessage,
  pathname: string,
): Promise<{ status: number; body: string } | undefined> {
  if (pathname === hierarchyControlPrefix && req.method === 'GET')
    return { status: 200, body: JSON.stringify({ projects: h.allProjects().map(truthOf) }) };
  const m = new RegExp(`^${hierarchyControlPrefix}/projects/([^/]+)$`).exec(pathname);
  if (!m?.[1] || req.method !== 'POST') return undefined;
  const id = decodeURIComponent(m[1]);
  let patch: ProjectPatch;
  try {
    patch = JSON.parse(await readBody(req)) as ProjectPatch;
  } catch {
    return { status: 400, body: JSON.stringify({ error: 'body must be a JSON ProjectPatch' }) };
  }
  if (patch.parent !== undefined && !h.hasParent(patch.parent))
    return { status: 400, body: JSON.stringify({ error: `unknown parent ${patch.parent}` }) };
  if (patch.purge) {
    const removed = h.remove(id);
    return removed
      ? { status: 200, body: JSON.stringify({ purged: id }) }
      : { status: 404, body: JSON.stringify({ error: `unknown project ${id}` }) };
  }
  const updated = h.update(id, {
    ...(patch.lifecycleState !== undefined && { state: patch.lifecycleState }),
    ...(patch.parent !== undefined && { parent: patch.parent }),
    ...(patch.labels !== undefined && { labels: patch.labels }),
    ...(patch.services !== undefined && { services: patch.services }),
  });
  return updated
    ? { status: 200, body: JSON.stringify(truthOf(updated)) }
    : { status: 404, body: JSON.stringify({ error: `unknown project ${id}` }) };
}

/** Calls the hierarchy control API of an emulator at `url`. */
export class HierarchyControlClient {
  constructor(private readonly url: string) {}

  async projects(): Promise<HierarchyProjectTruth[]> {
    const res = await fetch(`${this.url}${hierarchyControlPrefix}`);
    if (!res.ok) throw new Error(`hierarchy control: HTTP ${res.status}`);
    return ((await res.json()) as { projects: HierarchyProjectTruth[] }).projects;
  }

  async patchProject(id: string, patch: ProjectPatch): Promise<void> {
    const res = await fetch(`${this.url}${hierarchyControlPrefix}/projects/${encodeURIComponent(id)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(patch),
    });
    if (!res.ok) throw new Error(`hierarchy control: HTTP ${res.status} ${await res.text()}`);
  }
}

function truthOf(p: ReturnType<Hierarchy['allProjects']>[number]): HierarchyProjectTruth {
  return {
    id: p.projectId,
    number: p.number,
    parent: p.parent ?? null,
    lifecycleState: p.state,
    labels: p.labels,
    services: [...p.services],
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
