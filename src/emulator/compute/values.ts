import type { Prng } from '../prng.js';

/** Realistic zones in a stable order; generated estates take the first N. */
export const knownZones = [
  'us-central1-a',
  'us-central1-b',
  'europe-west1-b',
  'asia-east1-a',
  'us-central1-c',
  'us-east1-b',
  'us-east1-c',
  'us-east4-a',
  'us-west1-a',
  'us-west1-b',
  'europe-west1-c',
  'europe-west1-d',
  'europe-west4-a',
  'europe-west4-b',
  'europe-west3-a',
  'asia-east1-b',
  'asia-northeast1-a',
  'asia-southeast1-a',
  'australia-southeast1-a',
  'southamerica-east1-a',
  'northamerica-northeast1-a',
  'me-west1-a',
  'us-central1-f',
  'europe-north1-a',
] as const;

const epoch = Date.UTC(2022, 0, 1);
const twoYearsMs = 2 * 365 * 24 * 3600 * 1000;
const pacificOffsetMs = 7 * 3600 * 1000;

/** An RFC3339 timestamp in Google's style (Pacific offset, milliseconds), at `ms` since the Unix epoch. */
export function rfc3339(ms: number): string {
  return `${new Date(ms - pacificOffsetMs).toISOString().slice(0, 23)}-07:00`;
}

/** A random creation time between 2022 and 2024, in epoch ms. */
export function randomCreationMs(prng: Prng): number {
  return epoch + Math.floor(prng.next() * twoYearsMs);
}

/** A public IPv4 address from documentation-like but routable-looking ranges. */
export function publicIp(prng: Prng): string {
  return `${prng.pick([34, 35, 104, 130])}.${prng.int(0, 255)}.${prng.int(0, 255)}.${prng.int(1, 254)}`;
}

/** A public IPv6 address in Google's 2600:1900::/28 range. */
export function publicIpv6(prng: Prng): string {
  return `2600:1900:${prng.int(0, 0xffff).toString(16)}:${prng.int(0, 0xffff).toString(16)}:0:0:0:0`;
}

const teams = ['payments', 'search', 'platform', 'data', 'ml', 'growth'];
const owners = ['zoë', 'jürgen', 'データ', 'équipe-α', 'ñandú', 'anna'];

/** Labels with a mix of ASCII and unicode values (GCP allows international characters). */
export function randomLabels(prng: Prng): Record<string, string> {
  const labels: Record<string, string> = {
    env: prng.pick(['prod', 'staging', 'dev']),
    team: prng.pick(teams),
  };
  if (prng.chance(0.3)) labels['owner'] = prng.pick(owners);
  return labels;
}

/** The default compute service account of a project number. */
export function defaultServiceAccount(projectNumber: string): string {
  return `${projectNumber}-compute@developer.gserviceaccount.com`;
}
