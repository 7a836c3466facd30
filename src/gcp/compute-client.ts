import type * as GoogleCompute from '@googleapis/compute';
import type { compute_v1 } from '@googleapis/compute';
import { CredentialsError } from '../config/credentials-error.js';
import { isPlainHttp, remoteInsecureProblem } from '../config/insecure-endpoint.js';
import { redactUrl } from '../config/redact-url.js';
import type { GcpCredentials } from '../config/types.js';
import { cappedFetch, DEFAULT_MAX_RESPONSE_BYTES } from '../http/capped-fetch.js';
import { loadGoogleClient } from './load-google-client.js';
import { linkResourceManager } from './resource-manager-link.js';
import { lazyServiceClients, type ServiceClients } from './services/service-clients.js';

const scopes = ['https://www.googleapis.com/auth/compute.readonly'];
const serviceScopes = ['https://www.googleapis.com/auth/cloud-platform.read-only'];

/** A session's closable Google clients: Compute, and the other services' clients built on first use. */
export interface ComputeClient {
  compute: compute_v1.Compute;
  services: ServiceClients;
  close(): Promise<void>;
}

/** Client options beyond credentials and endpoint. */
export interface ComputeClientOptions {
  /** `gcp.allowInsecureEndpoint`: let credentials other than 'none' go to a plain-http endpoint. */
  allowInsecureEndpoint?: boolean | undefined;
  /** Largest response body read, in bytes (`gcp.maxResponseBytes`); a larger one fails the call as malformed. */
  maxResponseBytes?: number | undefined;
}

/**
 * Builds the official Compute v1 client for one session from credentials read at session start.
 * `endpoint` replaces Google's root URL (the emulator); credentials of kind 'none' send no Authorization.
 * Real credentials are refused for a plain-http endpoint unless `allowInsecureEndpoint` (a CredentialsError
 * naming gcp.endpoint and the credentials kind).
 */
export function createComputeClient(
  credentials: GcpCredentials,
  endpoint?: string,
  options: ComputeClientOptions = {},
): ComputeClient {
  assertSafeEndpoint(credentials, endpoint, options);
  const { auth: googleAuth, compute_v1: v1 } = loadGoogleClient<typeof GoogleCompute>('@googleapis/compute');
  const rootUrl = endpoint ? `${endpoint.replace(/\/+$/, '')}/` : undefined;
  const authFor = (s: string[]) =>
    credentials.kind === 'serviceAccount'
      ? new googleAuth.GoogleAuth({ credentials: { ...credentials.key }, scopes: s })
      : credentials.kind === 'adc'
        ? new googleAuth.GoogleAuth({ scopes: s })
        : undefined;
  const common = {
    fetchImplementation: cappedFetch(
      options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
      'gcp.maxResponseBytes',
    ),
    ...(rootUrl ? { rootUrl } : {}),
  };
  const authClient = authFor(scopes);
  const compute = new v1.Compute({ ...common, ...(authClient ? { auth: authClient } : {}) });
  let services: ServiceClients | undefined;
  const session: ComputeClient = {
    compute,
    get services() {
      const auth = authFor(serviceScopes);
      return (services ??= lazyServiceClients({ ...common, ...(auth ? { auth } : {}) }));
    },
    close: async () => {},
  };
  linkResourceManager(compute, () => session.services.rm);
  return session;
}

/** Throws a CredentialsError when real credentials would go to a plain-http endpoint without `allowInsecureEndpoint`. */
export function assertSafeEndpoint(
  credentials: GcpCredentials,
  endpoint: string | undefined,
  options: ComputeClientOptions,
): void {
  const remote = remoteInsecureProblem(endpoint, 'gcp.allowInsecureEndpoint');
  if (remote !== undefined && credentials.kind !== 'none' && options.allowInsecureEndpoint === true)
    throw new CredentialsError(`gcp.endpoint ${remote}`);
  if (isPlainHttp(endpoint) && credentials.kind !== 'none' && options.allowInsecureEndpoint !== true) {
    throw new CredentialsError(
      `gcp.endpoint ${redactUrl(endpoint ?? '')} is plain http: refusing to send "${credentials.kind}" credentials to it in clear text; ` +
        'use https, credentials source none for an emulator, or set gcp.allowInsecureEndpoint (HOTPOT_GCP_ALLOW_INSECURE_ENDPOINT=true)',
    );
  }
}
