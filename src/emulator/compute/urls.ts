/** Google's Compute v1 base URL: selfLinks keep this form whatever the emulator's own address. */
export const computeBase = 'https://www.googleapis.com/compute/v1';

/** The project-relative URL of a project. */
export function projectUrl(project: string): string {
  return `${computeBase}/projects/${project}`;
}

/** The URL of a zone. */
export function zoneUrl(project: string, zone: string): string {
  return `${computeBase}/projects/${project}/zones/${zone}`;
}

/** The URL of a region. */
export function regionUrl(project: string, region: string): string {
  return `${computeBase}/projects/${project}/regions/${region}`;
}

/** The region of a zone: `us-central1-a` → `us-central1`. */
export function regionOfZone(zone: string): string {
  return zone.replace(/-[a-z]$/, '');
}

/** The last path segment of a URL or the value itself: `…/zones/us-central1-a` → `us-central1-a`. */
export function lastSegment(urlOrName: string): string {
  const i = urlOrName.lastIndexOf('/');
  return i < 0 ? urlOrName : urlOrName.slice(i + 1);
}

/** The scope key of aggregated lists: `zones/<zone>`, `regions/<region>` or `global`. */
export function scopeKey(scope: 'zone' | 'region' | 'global', location: string): string {
  if (scope === 'global') return 'global';
  return scope === 'zone' ? `zones/${location}` : `regions/${location}`;
}
