import type { Kysely } from 'kysely';
import { evaluateExposure, type ExposureFilter, type ExposureResult } from './evaluate-exposure.js';
import { compareRows, exposureKey, type ExposureRow } from './exposure-row.js';
import { fortigateExposure } from './fortigate/fortigate-exposure.js';
import { loadExposureEstate } from './load-estate.js';
import { evaluateVngExposure } from './vng-exposure.js';
import { loadVngExposure } from './vng-load.js';

/** `hotpot exposure`: one project (or all), as of a time (or now), on a protocol and port (or any). */
export interface ExposureParams extends ExposureFilter {
  project?: string;
  asOf?: Date;
}

/** Which GCP instances (directly or through a FortiGate VIP) and VNG servers the internet can reach now or as of a time, and through which rule. */
export async function exposure(db: Kysely<unknown>, params: ExposureParams = {}): Promise<ExposureResult> {
  const { project, asOf, ...filter } = params;
  const scope = { ...(project !== undefined && { project }), ...(asOf !== undefined && { asOf }) };
  const [estate, vng] = await Promise.all([loadExposureEstate(db, scope), loadVngExposure(db, scope)]);
  const gcp = evaluateExposure(estate, filter);
  const fortigate = await fortigateExposure(db, estate, scope, filter);
  const vngRows = evaluateVngExposure(vng, filter);
  if (!fortigate.rows.length && !fortigate.notes.length && !vngRows.length) return gcp;
  return {
    rows: [...gcp.rows, ...fortigate.rows, ...vngRows].sort(compareRows),
    notes: [...gcp.notes, ...fortigate.notes],
  };
}

/** An exposure that exists now and did not at `since` (appeared), or the reverse (disappeared). */
export type ExposureChange = ExposureRow & { change: 'appeared' | 'disappeared' };

/** Exposure that appeared or disappeared between `since` and now: the two answers compared row by row. */
export async function exposureChanges(
  db: Kysely<unknown>,
  params: Omit<ExposureParams, 'asOf'> & { since: Date },
): Promise<{ rows: ExposureChange[]; notes: string[] }> {
  const { since, ...rest } = params;
  const [before, now] = await Promise.all([exposure(db, { ...rest, asOf: since }), exposure(db, rest)]);
  const then = new Set(before.rows.map(exposureKey));
  const current = new Set(now.rows.map(exposureKey));
  return {
    rows: [
      ...now.rows
        .filter((r) => !then.has(exposureKey(r)))
        .map((r) => ({ change: 'appeared' as const, ...r })),
      ...before.rows
        .filter((r) => !current.has(exposureKey(r)))
        .map((r) => ({ change: 'disappeared' as const, ...r })),
    ].sort(compareRows),
    notes: [...new Set([...before.notes, ...now.notes])],
  };
}
