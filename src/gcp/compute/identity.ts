import { ApplicationFailure } from '@temporalio/common';
import { GcpFailureType } from '../failure-types.js';

/** The last path segment of a Google resource URL (`…/zones/us-central1-a` → `us-central1-a`). */
export function lastSegment(url: string | null | undefined): string | null {
  if (!url) return null;
  return url.slice(url.lastIndexOf('/') + 1);
}

/** An API object as far as identity goes. */
export interface Identifiable {
  id?: string | null;
  name?: string | null;
  selfLink?: string | null;
}

/** The object's id and name; a non-retryable `GcpMalformedResource` naming the object when either is missing. */
export function requireIdentity(kind: string, item: Identifiable): { id: string; name: string } {
  if (!item.id || !item.name) {
    throw ApplicationFailure.create({
      type: GcpFailureType.MalformedResource,
      nonRetryable: true,
      message: `${kind} without ${item.id ? 'name' : 'id'} in API response: ${item.selfLink ?? item.name ?? item.id ?? '(no selfLink)'}`,
    });
  }
  return { id: item.id, name: item.name };
}

/** `identify` for API objects with id and name, as every Compute resource has. */
export function identifyBy(kind: string): (item: Identifiable) => string {
  return (item) => requireIdentity(kind, item).id;
}
