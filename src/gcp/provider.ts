import type { Provider } from '../provider/provider.js';
import { createComputeClient, type ComputeClient } from './compute-client.js';
import { computeKinds } from './compute/kinds.js';
import { computeResources } from './compute/registry.js';
import { createDiscoveryActivities } from './discovery/discovery-activities.js';
import { createDiscoveryClient } from './discovery/discovery-client.js';
import { permanentGcpFailures } from './failure-types.js';
import { GoogleApiCaller } from './google-api-caller.js';
import { serviceKinds } from './services/kinds.js';
import { serviceResources } from './services/registry.js';

const resources = [...computeResources, ...serviceResources] as Provider<
  ComputeClient,
  GoogleApiCaller
>['resources'];

/**
 * Google Cloud: Compute Engine and the services beyond it (GKE, Cloud SQL, Storage, IAM) per project on
 * `temporal.taskQueue`, and project discovery on its main queue.
 */
export const gcpProvider: Provider<ComputeClient, GoogleApiCaller> = {
  name: 'gcp',
  kinds: [...computeKinds, ...serviceKinds],
  resources,
  permanentFailures: permanentGcpFailures,
  kindsActivity: 'IngestComputeKinds',
  howToConfigure: 'Google Cloud settings (gcp.*)',
  resourceClient: (session, resource) =>
    resource.kind.startsWith('gcp.compute.') ? session.compute : session.services,
  createCaller: (options) => new GoogleApiCaller(options),
  configured: () => true,
  setup(config, { store, configService }) {
    const gcp = config.gcp;
    const insecure = { allowInsecureEndpoint: gcp.allowInsecureEndpoint === true };
    return {
      taskQueue: config.temporal.taskQueue,
      requestsPerMinute: gcp.requestsPerMinute,
      pageSize: gcp.pageSize,
      configuredScopes: gcp.projects,
      createClient: async (credentials) =>
        createComputeClient(await credentials.getGcpCredentials(), gcp.endpoint, {
          ...insecure,
          maxResponseBytes: gcp.maxResponseBytes,
        }),
      mainQueueActivities: {
        ...createDiscoveryActivities({
          db: store.db,
          client: async () =>
            createDiscoveryClient(await configService.getGcpCredentials(), gcp.endpoint, {
              ...insecure,
              maxResponseBytes: gcp.maxResponseBytes,
            }),
          requestsPerMinute: gcp.discovery?.requestsPerMinute ?? 300,
          pageSize: Math.max(gcp.pageSize, 100),
          resourceTables: resources.map((r) => r.table),
        }),
      },
    };
  },
};
