/** A Compute resource URL reduced to `projects/…` (full selfLinks and partial URLs compare equal). */
export function normalizeUrl(url: string): string {
  const at = url.indexOf('projects/');
  return at >= 0 ? url.slice(at) : url;
}

/** The parts of `projects/P/(zones|regions|global)/L?/collection/name`. */
export interface ResourceRef {
  project: string;
  location: string;
  collection: string;
  name: string;
}

/** Parses a resource URL; null when it is not one. */
export function parseRef(url: string): ResourceRef | null {
  const parts = normalizeUrl(url).split('/');
  if (parts[0] !== 'projects' || parts.length < 5) return null;
  const scoped = parts[2] === 'zones' || parts[2] === 'regions';
  const location = scoped ? parts[3]! : 'global';
  const rest = parts.slice(scoped ? 4 : 3);
  if (rest.length !== 2) return null;
  return { project: parts[1]!, location, collection: rest[0]!, name: rest[1]! };
}

/** `project/location/name`: how references to instances, groups and managers are matched. */
export function refKey(project: string, location: string, name: string): string {
  return `${project}/${location}/${name}`;
}
