import type { EstateFile } from '../emulator/index.js';
import { gcpServices } from '../gcp/services/kinds.js';

/** The crafted project's id. */
export const project = 'crafted-services';
const sa = '123456789012-compute@developer.gserviceaccount.com';
const dayMs = 86_400_000;
const started = Date.now();
const daysAgo = (n: number) => new Date(started - n * dayMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
const key = (email: string, id: string, type: string, validAfterTime: string, disabled = false) => ({
  name: `projects/${project}/serviceAccounts/${email}/keys/${id}`,
  validAfterTime,
  validBeforeTime: '9999-12-31T23:59:59Z',
  keyAlgorithm: 'KEY_ALG_RSA_2048',
  keyOrigin: 'GOOGLE_PROVIDED',
  keyType: type,
  ...(disabled ? { disabled: true } : {}),
});
const cluster = (name: string, id: string, extra: object) => ({
  name,
  id,
  location: 'us-central1',
  selfLink: `https://container.googleapis.com/v1/projects/${project}/locations/us-central1/clusters/${name}`,
  endpoint: '34.1.2.3',
  status: 'RUNNING',
  ...extra,
});
const bucket = (name: string, prevention: string) => ({
  kind: 'storage#bucket',
  id: name,
  name,
  location: 'US',
  iamConfiguration: { uniformBucketLevelAccess: { enabled: true }, publicAccessPrevention: prevention },
});
const policy = (name: string, bindings: object[]) => ({
  kind: 'storage#policy',
  resourceId: `projects/_/buckets/${name}`,
  version: 1,
  etag: 'CAE=',
  bindings,
});
/** The crafted project's own service account. */
export const app = 'app@crafted-services.iam.gserviceaccount.com';
const runName = (short: string) => `projects/${project}/locations/us-central1/services/${short}`;
const runService = (short: string, extra: object) => ({
  name: runName(short),
  uid: `uid-${short}`,
  uri: `https://${short}-x.a.run.app`,
  template: { serviceAccount: app },
  ...extra,
});
const invoker = (...members: string[]) => ({
  version: 1,
  etag: 'BwY=',
  bindings: [{ role: 'roles/run.invoker', members }],
});

/**
 * A services estate written by hand: every exposure and findings rule has a case that fires and one that does
 * not, so the answers can be derived by reading it.
 */
export const craftedServicesEstate: EstateFile = {
  seed: 3,
  projects: [
    {
      id: project,
      services: ['compute.googleapis.com', ...gcpServices.map((s) => s.api)],
      resources: {
        instances: [
          {
            name: 'web-running',
            zone: 'us-central1-a',
            status: 'RUNNING',
            serviceAccounts: [{ email: sa, scopes: ['https://www.googleapis.com/auth/cloud-platform'] }],
          },
          {
            name: 'web-stopped',
            zone: 'us-central1-a',
            status: 'TERMINATED',
            serviceAccounts: [{ email: sa, scopes: [] }],
          },
          {
            name: 'own-sa',
            zone: 'us-central1-a',
            status: 'RUNNING',
            serviceAccounts: [{ email: app, scopes: [] }],
          },
        ],
      },
      serviceObjects: {
        clusters: [
          cluster('open-cp', 'a1', { masterAuthorizedNetworksConfig: {} }),
          cluster('wide-cp', 'a2', {
            masterAuthorizedNetworksConfig: { enabled: true, cidrBlocks: [{ cidrBlock: '0.0.0.0/0' }] },
          }),
          cluster('office-cp', 'a3', {
            masterAuthorizedNetworksConfig: { enabled: true, cidrBlocks: [{ cidrBlock: '203.0.113.0/28' }] },
          }),
          cluster('private-cp', 'a4', {
            privateClusterConfig: { enablePrivateNodes: true, enablePrivateEndpoint: true },
          }),
        ],
        sqlInstances: [
          {
            kind: 'sql#instance',
            name: 'open-db',
            region: 'us-central1',
            ipAddresses: [{ type: 'PRIMARY', ipAddress: '198.51.100.7' }],
            settings: {
              ipConfiguration: {
                ipv4Enabled: true,
                sslMode: 'ENCRYPTED_ONLY',
                authorizedNetworks: [{ value: '0.0.0.0/0' }],
              },
            },
          },
          {
            kind: 'sql#instance',
            name: 'office-db',
            region: 'us-central1',
            ipAddresses: [{ type: 'PRIMARY', ipAddress: '198.51.100.8' }],
            settings: {
              ipConfiguration: { ipv4Enabled: true, authorizedNetworks: [{ value: '198.51.100.0/28' }] },
            },
          },
          {
            kind: 'sql#instance',
            name: 'private-db',
            region: 'us-central1',
            ipAddresses: [{ type: 'PRIVATE', ipAddress: '10.0.0.9' }],
            settings: {
              ipConfiguration: { ipv4Enabled: false, authorizedNetworks: [{ value: '0.0.0.0/0' }] },
            },
          },
        ],
        buckets: [
          bucket('crafted-public', 'inherited'),
          bucket('crafted-prevented', 'enforced'),
          bucket('crafted-private', 'inherited'),
        ],
        bucketPolicies: {
          'crafted-public': policy('crafted-public', [
            { role: 'roles/storage.objectViewer', members: ['allUsers'] },
          ]),
          'crafted-prevented': policy('crafted-prevented', [
            { role: 'roles/storage.objectViewer', members: ['allUsers'] },
          ]),
          'crafted-private': policy('crafted-private', [
            { role: 'roles/storage.objectViewer', members: ['user:a@example.com'] },
          ]),
        },
        serviceAccounts: [
          { name: `projects/${project}/serviceAccounts/${sa}`, email: sa, uniqueId: '100000000000000000001' },
          {
            name: `projects/${project}/serviceAccounts/${app}`,
            email: app,
            uniqueId: '100000000000000000002',
          },
        ],
        keys: {
          [sa]: [key(sa, 'k1', 'SYSTEM_MANAGED', daysAgo(400))],
          [app]: [
            key(app, 'k2', 'USER_MANAGED', daysAgo(200)),
            key(app, 'k3', 'USER_MANAGED', daysAgo(10)),
            key(app, 'k4', 'USER_MANAGED', daysAgo(300), true),
          ],
        },
        runServices: [
          runService('public-api', { ingress: 'INGRESS_TRAFFIC_ALL' }),
          runService('internal-api', { ingress: 'INGRESS_TRAFFIC_INTERNAL_ONLY' }),
          runService('lb-api', { ingress: 'INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER' }),
          runService('caller-only', { ingress: 'INGRESS_TRAFFIC_ALL' }),
          runService('open-noauth', { ingress: 'INGRESS_TRAFFIC_ALL', invokerIamDisabled: true }),
        ],
        runServicePolicies: {
          [runName('public-api')]: invoker('allUsers'),
          [runName('internal-api')]: invoker('allUsers'),
          [runName('lb-api')]: invoker('allUsers'),
          [runName('caller-only')]: invoker(`serviceAccount:${app}`),
          [runName('open-noauth')]: { version: 1, etag: 'BwY=' },
        },
        runJobs: [{ name: `projects/${project}/locations/us-central1/jobs/nightly`, uid: 'uid-job' }],
        projectPolicy: {
          version: 1,
          etag: 'BwYAAAAAAAA=',
          bindings: [
            { role: 'roles/editor', members: [`serviceAccount:${sa}`, 'user:dev@example.com'] },
            { role: 'roles/owner', members: ['user:admin@example.com'] },
            { role: 'roles/viewer', members: ['group:eng@example.com'] },
            { role: 'roles/storage.admin', members: ['user:ops@example.com'] },
          ],
        },
      },
    },
  ],
};
