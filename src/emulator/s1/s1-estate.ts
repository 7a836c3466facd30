import { derivePrng, type Prng } from '../prng.js';
import { S1_ID } from '../../config/provider-ids.js';
import type { S1Agent, S1Group, S1Site } from '../../s1/types.js';

/** A machine an agent runs on: a GCP instance (with its id for `cloudProviders.GCP`) or any other host. */
export interface S1Host {
  computerName: string;
  ips: string[];
  /** Reported as `cloudProviders.GCP.cloudInstanceId` when set. */
  cloudInstanceId?: string;
  project?: string;
  zone?: string;
}

/** One agent of an estate document; unset fields are generated. */
export interface S1EstateAgent extends S1Host {
  id?: string;
  site?: string;
  group?: string;
  /** Days since the agent last checked in (default 0: now). */
  inactiveDays?: number;
  isActive?: boolean;
  isDecommissioned?: boolean;
  isUninstalled?: boolean;
  infected?: boolean;
  osType?: 'linux' | 'windows' | 'macos';
}

/** The agent state flags a test may set through the control API (`PATCH agents/{id}`). */
export const AGENT_STATE_KEYS = ['isActive', 'isDecommissioned', 'isUninstalled'] as const;

/** A change of an agent's state flags. */
export type S1AgentStatePatch = Partial<Record<(typeof AGENT_STATE_KEYS)[number], boolean>>;

/** An explicit S1 estate: sites (with their groups) and agents. */
export interface S1EstateDocument {
  seed?: string;
  sites?: { name: string; groups?: string[] }[];
  agents: S1EstateAgent[];
}

/** What a generated estate is built from. */
export interface S1GenerateOptions {
  seed?: string;
  sites?: number;
  groupsPerSite?: number;
  /** Agents on machines no cloud knows (laptops, on-premises servers). */
  standaloneAgents?: number;
  /** Machines to put agents on, e.g. the Compute emulator's instances. */
  hosts?: S1EstateAgent[];
}

/** The console's objects, mutable by rounds; the ids are 19-digit decimal strings, ordered as numbers. */
export interface S1Estate {
  seed: string;
  accountId: string;
  sites: S1Site[];
  groups: S1Group[];
  agents: S1Agent[];
  /** The clock every generated date is relative to (fixed at creation: same seed and clock, same estate). */
  epochMs: number;
  nextSerial: number;
}

const ACCOUNT = 'Hotpot Demo';
const VERSIONS = ['23.3.3.264', '23.4.2.14', '24.1.4.257'];
const OS = {
  linux: ['Linux', 'Ubuntu 22.04.4 LTS'],
  windows: ['Windows', 'Windows Server 2022 Datacenter'],
  macos: ['macOS', 'macOS Sonoma'],
} as const;

/** An S1 estate describes something a real console never serves; the message names the agent and the field. */
export class S1EstateError extends Error {}

/**
 * Builds an estate from a document (explicit agents) or generator options; deterministic for a seed and epoch.
 * Throws S1EstateError for an agent whose id is not a decimal number (the API, and its cursor, order ids as numbers).
 */
export function buildS1Estate(
  source: S1EstateDocument | S1GenerateOptions,
  epochMs: number = Date.now(),
): S1Estate {
  const seed = source.seed ?? 'hotpot-s1';
  const estate: S1Estate = { seed, accountId: '', sites: [], groups: [], agents: [], epochMs, nextSerial: 1 };
  estate.accountId = nextId(estate);
  const doc = 'agents' in source ? source : undefined;
  const gen = doc ? undefined : (source as S1GenerateOptions);
  const siteSpecs =
    doc?.sites ??
    Array.from({ length: gen?.sites ?? 2 }, (_, i) => ({
      name: `site-${i + 1}`,
      groups: Array.from({ length: gen?.groupsPerSite ?? 2 }, (_, g) => `group-${i + 1}-${g + 1}`),
    }));
  for (const spec of siteSpecs.length ? siteSpecs : [{ name: 'Default site' }]) addSite(estate, spec);
  const prng = derivePrng(seed, 'agents');
  const agents: S1EstateAgent[] = doc?.agents ?? [
    ...(gen?.hosts ?? []),
    ...Array.from({ length: gen?.standaloneAgents ?? 4 }, (_, i) => ({
      computerName: `LAPTOP-${String(i + 1).padStart(3, '0')}`,
      ips: [`192.168.${1 + (i % 200)}.${10 + i}`],
      osType: 'windows' as const,
    })),
  ];
  agents.forEach((spec, i) => {
    if (spec.id !== undefined && (typeof spec.id !== 'string' || !S1_ID.test(spec.id)))
      throw new S1EstateError(
        `S1 estate: agents[${i}] (${JSON.stringify(spec.computerName)}): id ${JSON.stringify(spec.id)} is not a ` +
          'SentinelOne id: use a decimal number of up to 19 digits as a string, or leave it out to have one made',
      );
  });
  for (const spec of agents) estate.agents.push(makeAgent(estate, prng, spec));
  return estate;
}

/** The next id of the estate (19 digits, increasing). */
export function nextId(estate: S1Estate): string {
  const n = estate.nextSerial++;
  return String(10n ** 18n + BigInt(n) * 7919n);
}

function addSite(estate: S1Estate, spec: { name: string; groups?: string[] }): void {
  const created = iso(estate.epochMs - 400 * DAY);
  const site: S1Site = {
    id: nextId(estate),
    name: spec.name,
    accountId: estate.accountId,
    accountName: ACCOUNT,
    state: 'active',
    siteType: 'Paid',
    suite: 'Complete',
    isDefault: estate.sites.length === 0,
    activeLicenses: 0,
    totalLicenses: 1000,
    unlimitedLicenses: false,
    createdAt: created,
    updatedAt: created,
  };
  estate.sites.push(site);
  const groups = spec.groups?.length ? spec.groups : ['Default Group'];
  groups.forEach((name, i) =>
    estate.groups.push({
      id: nextId(estate),
      name,
      siteId: site.id,
      type: 'static',
      isDefault: i === 0,
      inherits: true,
      rank: null,
      totalAgents: 0,
      createdAt: created,
      updatedAt: created,
    }),
  );
}

/** A new agent for a machine, in the named (or a drawn) site and group. */
export function makeAgent(estate: S1Estate, prng: Prng, spec: S1EstateAgent): S1Agent {
  const site = estate.sites.find((s) => s.name === spec.site) ?? prng.pick(estate.sites);
  const inSite = estate.groups.filter((g) => g.siteId === site.id);
  const group = inSite.find((g) => g.name === spec.group) ?? prng.pick(inSite);
  const osType = spec.osType ?? 'linux';
  const registered = iso(estate.epochMs - prng.int(30, 300) * DAY);
  const lastActive = estate.epochMs - (spec.inactiveDays ?? 0) * DAY - prng.int(0, 600) * 1000;
  return {
    id: spec.id ?? nextId(estate),
    uuid: hex(prng, 32),
    computerName: spec.computerName,
    osName: OS[osType][1],
    osType,
    agentVersion: prng.pick(VERSIONS),
    accountId: estate.accountId,
    accountName: ACCOUNT,
    siteId: site.id,
    siteName: site.name,
    groupId: group.id,
    groupName: group.name,
    networkInterfaces: [
      {
        id: nextId(estate),
        name: osType === 'windows' ? 'Ethernet' : 'ens4',
        inet: spec.ips,
        inet6: [`fe80::${hex(prng, 4)}:${hex(prng, 4)}`],
        physical: mac(prng),
      },
    ],
    externalIp: `34.${prng.int(64, 127)}.${prng.int(0, 255)}.${prng.int(1, 254)}`,
    lastActiveDate: iso(lastActive),
    isActive: spec.isActive ?? (spec.inactiveDays ?? 0) < 1,
    isDecommissioned: spec.isDecommissioned ?? false,
    isUninstalled: spec.isUninstalled ?? false,
    infected: spec.infected ?? false,
    activeThreats: spec.infected ? 1 : 0,
    threatRebootRequired: false,
    networkStatus: 'connected',
    machineType: spec.cloudInstanceId ? 'server' : 'laptop',
    cloudProviders: spec.cloudInstanceId
      ? {
          GCP: {
            cloudInstanceId: spec.cloudInstanceId,
            ...(spec.project ? { cloudAccount: spec.project } : {}),
            ...(spec.zone ? { cloudLocation: spec.zone } : {}),
          },
        }
      : {},
    createdAt: registered,
    registeredAt: registered,
    updatedAt: registered,
  };
}

/** Milliseconds in a day. */
export const DAY = 86_400_000;

/** An ISO timestamp with microseconds, as the console renders them. */
export function iso(ms: number): string {
  return new Date(Math.floor(ms)).toISOString().replace('Z', '000Z');
}

function hex(prng: Prng, digits: number): string {
  let s = '';
  while (s.length < digits) s += prng.uint32().toString(16).padStart(8, '0');
  return s.slice(0, digits);
}

function mac(prng: Prng): string {
  return Array.from({ length: 6 }, () => prng.int(0, 255).toString(16).padStart(2, '0')).join(':');
}
