import { defaultServiceCounts } from './services/generate-services.js';
import { defaultCounts, type EstateCounts } from './generate-estate.js';

/** Largest count of one kind accepted (per project, per zone, …): a 1e12 estate would exhaust memory first. */
export const MAX_COUNT = 1_000_000;
/** Most generated projects. */
export const MAX_PROJECTS = 100_000;
/** Most generated resources in all (an upper estimate): a few KB each, so a few GB of heap at most. */
export const MAX_RESOURCES = 5_000_000;

const COUNT_KEYS = Object.keys(defaultCounts) as (keyof EstateCounts)[];
const OTHER_KEYS = new Set(['seed', 'projects', 'zones', 'overrides', 'withServices', 'serviceCounts']);

function fail(where: string, message: string): never {
  throw new RangeError(`${where}: ${message}`);
}

function whole(where: string, key: string, value: unknown, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max)
    fail(
      where,
      `${key} must be a whole number from 0 to ${max}, got ${JSON.stringify(value) ?? String(value)}`,
    );
  return value;
}

function names(where: string, key: string, value: unknown, max: number): number {
  if (!Array.isArray(value)) return whole(where, key, value, max);
  if (value.length > max) fail(where, `${key} lists ${value.length} names, at most ${max}`);
  value.forEach((v, i) => {
    if (typeof v !== 'string' || v === '') fail(where, `${key}[${i}] must be a non-empty string`);
  });
  return value.length;
}

/** Resources one project of these counts makes, estimated from above: per-zone and per-region counts times the zones. */
function perProject(counts: Record<string, number>, zones: number): { total: number; biggest: string } {
  let total = 0;
  let biggest = 'instances';
  let most = -1;
  for (const key of COUNT_KEYS) {
    const n = counts[key] ?? defaultCounts[key];
    const times = /Per(Zone|Region)$/.test(key)
      ? zones
      : key === 'firewallsPerNetwork'
        ? (counts['networks'] ?? defaultCounts.networks)
        : key === 'vpnTunnelsPerGateway'
          ? (counts['vpnGatewaysPerRegion'] ?? defaultCounts.vpnGatewaysPerRegion) * zones
          : 1;
    total += n * times;
    if (n * times > most) {
      most = n * times;
      biggest = key;
    }
  }
  return { total, biggest };
}

/**
 * Checks an estate file's `generate` section before anything is generated: every count a whole number up to
 * MAX_COUNT, at most MAX_PROJECTS projects, no unknown key, and at most MAX_RESOURCES resources in all. Throws a
 * RangeError naming the key (`generate.instances`, `generate.overrides.p.disks`).
 */
export function checkGenerate(generate: unknown, where: string): void {
  if (generate === null || typeof generate !== 'object' || Array.isArray(generate))
    fail(where, '"generate" must be an object of counts');
  const g = generate as Record<string, unknown>;
  for (const key of Object.keys(g))
    if (!OTHER_KEYS.has(key) && !(COUNT_KEYS as string[]).includes(key))
      fail(
        where,
        `generate.${key} is not a known key (counts: ${COUNT_KEYS.join(', ')}; also seed, projects, zones, overrides, withServices, serviceCounts)`,
      );
  if (g['seed'] !== undefined && typeof g['seed'] !== 'string' && typeof g['seed'] !== 'number')
    fail(where, 'generate.seed must be a number or a string');
  if (g['withServices'] !== undefined && typeof g['withServices'] !== 'boolean')
    fail(where, 'generate.withServices must be true or false');
  checkServiceCounts(where, 'generate.serviceCounts', g['serviceCounts']);
  const projects =
    g['projects'] === undefined ? 3 : names(where, 'generate.projects', g['projects'], MAX_PROJECTS);
  const zones = g['zones'] === undefined ? 4 : names(where, 'generate.zones', g['zones'], 1000);
  const counts: Record<string, number> = {};
  for (const key of COUNT_KEYS)
    if (g[key] !== undefined) counts[key] = whole(where, `generate.${key}`, g[key], MAX_COUNT);
  const base = perProject(counts, zones);
  let total = base.total * projects;
  let biggest = `generate.${base.biggest}`;
  const overrides = g['overrides'] ?? {};
  if (overrides === null || typeof overrides !== 'object' || Array.isArray(overrides))
    fail(where, 'generate.overrides must be an object keyed by project id');
  for (const [id, o] of Object.entries(overrides)) {
    const key = `generate.overrides.${id}`;
    if (o === null || typeof o !== 'object' || Array.isArray(o))
      fail(where, `${key} must be an object of counts`);
    const own: Record<string, number> = { ...counts };
    for (const [k, v] of Object.entries(o as Record<string, unknown>)) {
      if (k === 'zones') names(where, `${key}.zones`, v, 1000);
      else if (k === 'forbidden' || k === 'withServices') {
        if (typeof v !== 'boolean') fail(where, `${key}.${k} must be true or false`);
      } else if ((COUNT_KEYS as string[]).includes(k)) own[k] = whole(where, `${key}.${k}`, v, MAX_COUNT);
      else fail(where, `${key}.${k} is not a known key`);
    }
    const zonesOf = Array.isArray((o as { zones?: unknown }).zones)
      ? (o as { zones: unknown[] }).zones.length
      : zones;
    const mine = perProject(own, zonesOf);
    total += mine.total - base.total;
    if (mine.total > base.total) biggest = `${key}.${mine.biggest}`;
  }
  if (total > MAX_RESOURCES)
    fail(
      where,
      `generate would make about ${total} resources, above the ${MAX_RESOURCES} the emulator holds in memory; lower ${biggest} or generate.projects`,
    );
}

/** The services' sizes: whole counts up to MAX_COUNT under the keys defaultServiceCounts names. */
function checkServiceCounts(where: string, key: string, value: unknown): void {
  if (value === undefined) return;
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    fail(where, `${key} must be an object of counts`);
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (!(k in defaultServiceCounts))
      fail(where, `${key}.${k} is not a known key (${Object.keys(defaultServiceCounts).join(', ')})`);
    whole(where, `${key}.${k}`, v, MAX_COUNT);
  }
}
