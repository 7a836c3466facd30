import { readFileSync } from 'node:fs';
import type { FortiInterface, FortiObject } from '../../fortinet/types.js';
import {
  TABLE_KEYS,
  VDOM_TABLES,
  type EmulatedDevice,
  type FortinetEstate,
  type VdomTable,
} from './fortinet-estate.js';

/** One device of an estate file: hand-written interfaces and per-VDOM tables; unset identity fields are filled in. */
export interface FortinetEstateDevice {
  name: string;
  serial?: string;
  hostname?: string;
  version?: string;
  build?: number;
  model?: string;
  interfaces?: FortiInterface[];
  vdoms: Record<string, Partial<Record<VdomTable, FortiObject[]>>>;
}

/** An estate file: devices with hand-written objects, served as written (plus `q_origin_key`, as FortiOS adds it). */
export interface FortinetEstateDocument {
  seed?: string;
  devices: FortinetEstateDevice[];
}

/** An estate document the emulator cannot serve; the message names the device, VDOM, table and row. */
export class FortinetEstateError extends Error {}

/** Reads an estate file (JSON). */
export function readFortinetEstateFile(path: string): FortinetEstateDocument {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as FortinetEstateDocument;
  } catch (err) {
    throw new FortinetEstateError(`estate file ${path}: ${(err as Error).message}`);
  }
}

/** The estate of a document, checked: unique device names, known tables, every row with its unique key. */
export function estateFromDocument(doc: FortinetEstateDocument): FortinetEstate {
  if (!Array.isArray(doc?.devices) || doc.devices.length === 0)
    throw new FortinetEstateError('devices: a non-empty list is required');
  const seen = new Set<string>();
  const devices = doc.devices.map((d, i): EmulatedDevice => {
    const at = `devices[${i}]`;
    if (typeof d?.name !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/.test(d.name))
      throw new FortinetEstateError(`${at}.name: a device name is required`);
    if (seen.has(d.name)) throw new FortinetEstateError(`${at}.name: '${d.name}' is used twice`);
    seen.add(d.name);
    if (typeof d.vdoms !== 'object' || d.vdoms === null || !Object.keys(d.vdoms).length)
      throw new FortinetEstateError(`${at}.vdoms: at least one VDOM is required`);
    const vdoms = Object.fromEntries(
      Object.entries(d.vdoms).map(([vdom, tables], v) => {
        for (const t of Object.keys(tables ?? {}))
          if (!(VDOM_TABLES as readonly string[]).includes(t))
            throw new FortinetEstateError(
              `${at}.vdoms.${vdom}: unknown table '${t}' (known: ${VDOM_TABLES.join(', ')})`,
            );
        const filled = Object.fromEntries(
          VDOM_TABLES.map((t) => [t, keyed(tables?.[t] ?? [], TABLE_KEYS[t], `${at}.vdoms.${vdom}.${t}`)]),
        );
        return [
          vdom,
          {
            revision: `${String(v).padStart(2, '0')}${'0'.repeat(30)}`,
            tables: filled as Record<VdomTable, FortiObject[]>,
          },
        ];
      }),
    );
    return {
      name: d.name,
      serial: d.serial ?? `FGVM04TM${String(10_000_000 + i)}`,
      hostname: d.hostname ?? d.name,
      version: d.version ?? 'v7.4.3',
      build: d.build ?? 2573,
      model: d.model ?? 'FGVM64',
      interfaces: keyed(d.interfaces ?? [], 'name', `${at}.interfaces`) as FortiInterface[],
      vdoms,
    };
  });
  return { seed: doc.seed ?? 'fortinet-estate-file', devices };
}

function keyed(rows: FortiObject[], key: string, at: string): FortiObject[] {
  if (!Array.isArray(rows)) throw new FortinetEstateError(`${at}: a list is required`);
  const keys = new Set<string>();
  return rows.map((row, i) => {
    const value = row?.[key];
    if (
      !(typeof value === 'string' && value !== '') &&
      !(typeof value === 'number' && Number.isInteger(value) && value >= 0)
    )
      throw new FortinetEstateError(`${at}[${i}]: '${key}' is required`);
    if (keys.has(String(value)))
      throw new FortinetEstateError(`${at}[${i}]: ${key} '${String(value)}' is used twice`);
    keys.add(String(value));
    return { ...row, q_origin_key: row.q_origin_key ?? value };
  });
}
