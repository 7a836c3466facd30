import { auth as googleAuth, compute_v1 } from '@googleapis/compute';
import type { GcpCredentials } from '../config/types.js';

const scopes = ['https://www.googleapis.com/auth/compute.readonly'];

/** A closable Compute client, as a session owns it. */
export interface ComputeClient {
  compute: compute_v1.Compute;
  close(): Promise<void>;
}

/**
 * Builds the official Compute v1 client for one session from credentials read at session start.
 * `endpoint` replaces Google's root URL (the emulator); credentials of kind 'none' send no Authorization.
 */
export function createComputeClient(credentials: GcpCredentials, endpoint?: string): ComputeClient {
  const rootUrl = endpoint ? `${endpoint.replace(/\/+$/, '')}/` : undefined;
  let authClient: InstanceType<typeof googleAuth.GoogleAuth> | undefined;
  if (credentials.kind === 'serviceAccount') {
    authClient = new googleAuth.GoogleAuth({ credentials: { ...credentials.key }, scopes });
  } else if (credentials.kind === 'adc') {
    authClient = new googleAuth.GoogleAuth({ scopes });
  }
  const compute = new compute_v1.Compute({
    ...(rootUrl ? { rootUrl } : {}),
    ...(authClient ? { auth: authClient } : {}),
  });
  return { compute, close: async () => {} };
}
