import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertHealthCheck } from './convert.js';
import { httpHealthCheck, tcpHealthCheck } from './fixtures.js';

test('convertHealthCheck: a global HTTP check has its port and request path', () => {
  assert.deepEqual(convertHealthCheck(httpHealthCheck), {
    id: '5400000000000000001',
    name: 'web-hc',
    location: 'global',
    creation_timestamp: '2024-03-01T10:00:00.000-08:00',
    type: 'HTTP',
    port: 80,
    request_path: '/healthz',
    check_interval_sec: 5,
    timeout_sec: 5,
    healthy_threshold: 2,
    unhealthy_threshold: 3,
  });
});

test('convertHealthCheck: a regional TCP check has a port and no path', () => {
  const row = convertHealthCheck(tcpHealthCheck);
  assert.deepEqual([row.location, row.type, row.port, row.request_path], ['us-east1', 'TCP', 443, undefined]);
});

test('convertHealthCheck: HTTPS and gRPC probes give their port', () => {
  const https = { type: 'HTTPS', httpsHealthCheck: { port: 8443, requestPath: '/ready' } };
  assert.equal(convertHealthCheck({ ...httpHealthCheck, httpHealthCheck: undefined, ...https }).port, 8443);
  assert.equal(
    convertHealthCheck({ ...httpHealthCheck, httpHealthCheck: undefined, ...https }).request_path,
    '/ready',
  );
  const grpc = { type: 'GRPC', grpcHealthCheck: { port: 50051 } };
  assert.equal(convertHealthCheck({ ...httpHealthCheck, httpHealthCheck: undefined, ...grpc }).port, 50051);
});
