/**
 * Google Cloud regions Hotpot knows (a superset is harmless: a location without resources deletes nothing).
 * Listings that span every location (GKE's `locations/-`, Cloud SQL's project-wide list) cover these minus what
 * the answer says it could not reach; a resource stored in a location outside this list is never deleted.
 */
export const knownRegions = [
  'africa-south1',
  'asia-east1',
  'asia-east2',
  'asia-northeast1',
  'asia-northeast2',
  'asia-northeast3',
  'asia-south1',
  'asia-south2',
  'asia-southeast1',
  'asia-southeast2',
  'australia-southeast1',
  'australia-southeast2',
  'europe-central2',
  'europe-north1',
  'europe-north2',
  'europe-southwest1',
  'europe-west1',
  'europe-west2',
  'europe-west3',
  'europe-west4',
  'europe-west6',
  'europe-west8',
  'europe-west9',
  'europe-west10',
  'europe-west12',
  'me-central1',
  'me-central2',
  'me-west1',
  'northamerica-northeast1',
  'northamerica-northeast2',
  'northamerica-south1',
  'southamerica-east1',
  'southamerica-west1',
  'us-central1',
  'us-east1',
  'us-east4',
  'us-east5',
  'us-south1',
  'us-west1',
  'us-west2',
  'us-west3',
  'us-west4',
] as const;

/** Every known region and its zones `-a` … `-d` and `-f`. */
export const knownLocations: readonly string[] = knownRegions.flatMap((r) => [
  r,
  ...['a', 'b', 'c', 'd', 'f'].map((z) => `${r}-${z}`),
]);

/** The region of a zone (`us-central1-a` → `us-central1`); a region stays. */
export function regionOf(location: string): string {
  return /-[a-z]$/.test(location) ? location.slice(0, -2) : location;
}

/**
 * What a listing over every location covered: the known locations minus the unreachable ones (a zone's region is
 * unreachable too, since a regional resource spans its zones).
 */
export function coveredLocations(unreachable: readonly string[]): {
  locations: string[];
  unreachable: string[];
} {
  const out = new Set<string>();
  for (const u of unreachable) {
    out.add(u);
    out.add(regionOf(u));
  }
  return { locations: knownLocations.filter((l) => !out.has(l)), unreachable: [...out].sort() };
}
