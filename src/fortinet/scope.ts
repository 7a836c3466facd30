import { ApplicationFailure } from '@temporalio/common';
import { FortinetFailureType } from './failure-types.js';

/** A FortiGate name as `fortinet.devices[].name` allows it: letters, digits, `.`, `_`, `-` (it is half of a scope id). */
export const DEVICE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;

/** A VDOM name as FortiOS allows it (up to 31 characters: letters, digits, `_`, `-`). */
export const VDOM_NAME = /^[A-Za-z0-9_][A-Za-z0-9_-]{0,30}$/;

/** One Fortinet scope: a FortiGate and one of its VDOMs, written `<device>/<vdom>` (e.g. `fw-edge-1/root`). */
export interface FortinetScope {
  device: string;
  vdom: string;
}

/** The scope id of a device's VDOM. */
export function fortinetScopeId(device: string, vdom: string): string {
  return `${device}/${vdom}`;
}

/** Reads `<device>/<vdom>`, or undefined when it is not one. */
export function parseFortinetScope(scope: string): FortinetScope | undefined {
  const [device, vdom, ...rest] = scope.split('/');
  if (rest.length || device === undefined || vdom === undefined) return undefined;
  return DEVICE_NAME.test(device) && VDOM_NAME.test(vdom) ? { device, vdom } : undefined;
}

/** The scope of a sync, or a non-retryable FortinetBadScope failure naming it. */
export function fortinetScope(scope: string): FortinetScope {
  const parsed = parseFortinetScope(scope);
  if (!parsed)
    throw ApplicationFailure.create({
      type: FortinetFailureType.BadScope,
      message: `'${scope.slice(0, 100)}' is not a Fortinet scope: use <device>/<vdom>, e.g. fw-edge-1/root`,
      nonRetryable: true,
    });
  return parsed;
}
