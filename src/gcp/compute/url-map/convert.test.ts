import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertUrlMap } from './convert.js';
import { urlMap } from './fixtures.js';

const bs = (name: string) =>
  `https://www.googleapis.com/compute/v1/projects/fixture-project/global/backendServices/${name}`;

test('convertUrlMap: every reachable service once, hosts once', () => {
  assert.deepEqual(convertUrlMap(urlMap), {
    id: '5500000000000000001',
    name: 'web-map',
    location: 'global',
    creation_timestamp: '2024-03-01T10:00:00.000-08:00',
    default_service: bs('web-bs'),
    services: [bs('web-bs'), bs('api-bs'), bs('canary-bs')],
    hosts: ['www.example.com', 'example.com'],
  });
});

test('convertUrlMap: a map with only a default service', () => {
  const row = convertUrlMap({
    ...urlMap,
    hostRules: undefined,
    pathMatchers: undefined,
    region: 'https://x/regions/r1',
  });
  assert.deepEqual([row.location, row.services, row.hosts], ['r1', [bs('web-bs')], []]);
});

test('convertUrlMap: traffic-split, mirror and custom error services at every level', () => {
  const split = (...names: string[]) => ({
    weightedBackendServices: names.map((n) => ({ backendService: bs(n), weight: 50 })),
  });
  const row = convertUrlMap({
    name: 'split-map',
    id: '5500000000000000002',
    defaultRouteAction: { ...split('bs-w'), requestMirrorPolicy: { backendService: bs('mirror') } },
    defaultCustomErrorResponsePolicy: { errorService: bs('errors') },
    pathMatchers: [
      {
        name: 'm',
        defaultRouteAction: split('m-a', 'm-b'),
        defaultCustomErrorResponsePolicy: { errorService: bs('m-errors') },
        pathRules: [{ paths: ['/p'], routeAction: split('path-w') }],
        routeRules: [
          {
            priority: 1,
            routeAction: { ...split('route-w'), requestMirrorPolicy: { backendService: bs('route-mirror') } },
            customErrorResponsePolicy: { errorService: bs('route-errors') },
          },
        ],
      },
    ],
  });
  assert.deepEqual(
    row.services,
    [
      'bs-w',
      'mirror',
      'errors',
      'm-a',
      'm-b',
      'm-errors',
      'path-w',
      'route-w',
      'route-mirror',
      'route-errors',
    ].map(bs),
  );
});
