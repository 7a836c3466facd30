import type { compute_v1 } from '@googleapis/compute';

const project = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

/** A global URL map: two hosts, /api/* to an API service, route rules to a canary service. */
export const urlMap: compute_v1.Schema$UrlMap = {
  kind: 'compute#urlMap',
  id: '5500000000000000001',
  name: 'web-map',
  creationTimestamp: '2024-03-01T10:00:00.000-08:00',
  defaultService: `${project}/global/backendServices/web-bs`,
  hostRules: [
    { hosts: ['www.example.com', 'example.com'], pathMatcher: 'web' },
    { hosts: ['example.com'], pathMatcher: 'web' },
  ],
  pathMatchers: [
    {
      name: 'web',
      defaultService: `${project}/global/backendServices/web-bs`,
      pathRules: [{ paths: ['/api/*'], service: `${project}/global/backendServices/api-bs` }],
      routeRules: [{ priority: 1, service: `${project}/global/backendServices/canary-bs` }],
    },
  ],
  fingerprint: 'd1e5Wz9VGyU=',
  selfLink: `${project}/global/urlMaps/web-map`,
};
