import type * as GoogleResourceManager from '@googleapis/cloudresourcemanager';
import type { cloudresourcemanager_v3 } from '@googleapis/cloudresourcemanager';
import type * as GoogleServiceUsage from '@googleapis/serviceusage';
import type { serviceusage_v1 } from '@googleapis/serviceusage';
import type { GcpCredentials } from '../../config/types.js';
import { cappedFetch, DEFAULT_MAX_RESPONSE_BYTES } from '../../http/capped-fetch.js';
import { assertSafeEndpoint, type ComputeClientOptions } from '../compute-client.js';
import { loadGoogleClient } from '../load-google-client.js';

const scopes = ['https://www.googleapis.com/auth/cloud-platform.read-only'];

/** The official Resource Manager v3 and Service Usage v1 clients discovery calls. */
export interface DiscoveryClient {
  rm: cloudresourcemanager_v3.Cloudresourcemanager;
  usage: serviceusage_v1.Serviceusage;
}

/**
 * Builds both clients from credentials read now; `endpoint` replaces Google's root URLs (the emulator serves
 * `/v3/...` and `/v1/projects/...` beside Compute). Same plain-http rule and response cap
 * (`gcp.maxResponseBytes`) as the Compute client. Retries are off: the GoogleApiCaller retries.
 */
export function createDiscoveryClient(
  credentials: GcpCredentials,
  endpoint?: string,
  options: ComputeClientOptions = {},
): DiscoveryClient {
  assertSafeEndpoint(credentials, endpoint, options);
  const rm = loadGoogleClient<typeof GoogleResourceManager>('@googleapis/cloudresourcemanager');
  const { serviceusage_v1: usage } = loadGoogleClient<typeof GoogleServiceUsage>('@googleapis/serviceusage');
  const googleAuth = rm.auth;
  const rootUrl = endpoint ? `${endpoint.replace(/\/+$/, '')}/` : undefined;
  let authClient: InstanceType<typeof googleAuth.GoogleAuth> | undefined;
  if (credentials.kind === 'serviceAccount') {
    authClient = new googleAuth.GoogleAuth({ credentials: { ...credentials.key }, scopes });
  } else if (credentials.kind === 'adc') {
    authClient = new googleAuth.GoogleAuth({ scopes });
  }
  const common = {
    fetchImplementation: cappedFetch(
      options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
      'gcp.maxResponseBytes',
    ),
    ...(rootUrl ? { rootUrl } : {}),
    ...(authClient ? { auth: authClient } : {}),
    retry: false,
  };
  return {
    rm: new rm.cloudresourcemanager_v3.Cloudresourcemanager(common),
    usage: new usage.Serviceusage(common),
  };
}
