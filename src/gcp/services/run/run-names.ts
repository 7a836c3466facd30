import { ApplicationFailure } from '@temporalio/common';
import { GcpFailureType } from '../../failure-types.js';

const runName = /^projects\/([^/]+)\/locations\/([^/]+)\/(services|jobs)\/([^/]+)$/;

/** The parts of a Cloud Run v2 resource name (`projects/p/locations/<region>/services|jobs/<name>`). */
export interface RunName {
  full: string;
  location: string;
  short: string;
}

/** A Cloud Run object's name parts, or a clear non-retryable error naming what came back. */
export function requireRunName(what: string, name: string | null | undefined): RunName {
  const m = runName.exec(name ?? '');
  if (!m)
    throw ApplicationFailure.create({
      type: GcpFailureType.MalformedResource,
      nonRetryable: true,
      message: `Cloud Run ${what} without a well-formed name in API response: ${JSON.stringify(name ?? null)}`,
    });
  return { full: m[0], location: m[2]!, short: m[4]! };
}

/** The parent of a listing over every region: Cloud Run v2 answers `unreachable` regions for it. */
export function everyRegion(project: string): string {
  return `projects/${project}/locations/-`;
}
