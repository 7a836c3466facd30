import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { ApplicationFailure } from '@temporalio/common';
import { Secret } from '../config/secret.js';
import { GoogleApiCaller } from '../gcp/google-api-caller.js';
import { createComputeClient } from '../gcp/compute-client.js';
import { createDiscoveryClient } from '../gcp/discovery/discovery-client.js';
import { noRetry } from '../gcp/compute/collection.js';
import { TokenBucket } from '../provider/token-bucket.js';
import { S1Caller } from '../s1/s1-caller.js';
import { createS1Client } from '../s1/s1-client.js';

const CAP = 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 'x');
/** Requests seen, and bytes the server managed to write before the client stopped reading. */
const seen = { requests: 0, written: 0, chunked: true };
let server: Server;
let url: string;

before(async () => {
  server = createServer((req, res) => {
    seen.requests++;
    res.writeHead(200, {
      'content-type': 'application/json',
      ...(seen.chunked ? {} : { 'content-length': String(CAP * 64) }),
    });
    res.write('{"items":{"zones/a":{"instances":[{"name":"');
    let stop = false;
    res.on('close', () => (stop = true));
    const pump = (): void => {
      while (!stop && seen.written < CAP * 64) {
        seen.written += CHUNK.length;
        if (!res.write(CHUNK)) return void res.once('drain', pump);
      }
      if (!stop) res.end('"}]}}}');
    };
    pump();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
after(() => new Promise<void>((r) => server.close(() => r())));

function reset(chunked: boolean): void {
  Object.assign(seen, { requests: 0, written: 0, chunked });
}

async function failureOf(promise: Promise<unknown>): Promise<ApplicationFailure> {
  const err = await promise.then(
    () => assert.fail('an over-cap body was accepted'),
    (e: unknown) => e,
  );
  assert.ok(err instanceof ApplicationFailure, String(err));
  return err;
}

describe('a response body over the cap fails its call as malformed, once, without reading the rest', () => {
  for (const chunked of [true, false]) {
    const how = chunked ? 'a chunked body' : 'a declared Content-Length';
    test(`GCP, ${how}`, async () => {
      reset(chunked);
      const { compute } = createComputeClient({ kind: 'none' }, url, { maxResponseBytes: CAP });
      const caller = new GoogleApiCaller({ bucket: new TokenBucket(60_000), baseDelayMs: 1, maxDelayMs: 1 });
      const failure = await failureOf(
        caller.call('instances.aggregatedList', () =>
          compute.instances.aggregatedList({ project: 'p' }, noRetry),
        ),
      );
      assert.equal(failure.type, 'GcpMalformedResponse');
      assert.equal(failure.nonRetryable, true);
      assert.match(failure.message, /exceeds the cap of 1048576 bytes \(gcp\.maxResponseBytes\)/);
      assert.equal(seen.requests, 1, 'the same call is not sent again');
      assert.ok(seen.written < CAP * 16, `the server wrote ${seen.written} bytes before the client stopped`);
    });

    for (const api of ['rm', 'usage'] as const)
      test(`GCP discovery (${api === 'rm' ? 'Resource Manager' : 'Service Usage'}), ${how}`, async () => {
        reset(chunked);
        const client = createDiscoveryClient({ kind: 'none' }, url, { maxResponseBytes: CAP });
        const caller = new GoogleApiCaller({
          bucket: new TokenBucket(60_000),
          baseDelayMs: 1,
          maxDelayMs: 1,
        });
        const failure = await failureOf(
          caller.call('discovery', () =>
            api === 'rm'
              ? client.rm.projects.search({ query: 'parent:folders/1' })
              : client.usage.services.list({ parent: 'projects/p', filter: 'state:ENABLED' }),
          ),
        );
        assert.equal(failure.type, 'GcpMalformedResponse');
        assert.equal(failure.nonRetryable, true);
        assert.match(failure.message, /exceeds the cap of 1048576 bytes \(gcp\.maxResponseBytes\)/);
        assert.equal(seen.requests, 1, 'the same call is not sent again');
        assert.ok(
          seen.written < CAP * 16,
          `the server wrote ${seen.written} bytes before the client stopped`,
        );
      });

    test(`SentinelOne, ${how}`, async () => {
      reset(chunked);
      const client = createS1Client(new Secret('s1-cap-test-token'), url, { maxResponseBytes: CAP });
      const caller = new S1Caller({ bucket: new TokenBucket(60_000), baseDelayMs: 1, maxDelayMs: 1 });
      const failure = await failureOf(caller.get(client, '/agents', {}, (body) => body));
      assert.equal(failure.type, 'S1MalformedResponse');
      assert.equal(failure.nonRetryable, true);
      assert.match(failure.message, /exceeds the cap of 1048576 bytes \(s1\.maxResponseBytes\)/);
      assert.equal(seen.requests, 1, 'the same call is not sent again');
      assert.ok(seen.written < CAP * 16, `the server wrote ${seen.written} bytes before the client stopped`);
      await client.close();
    });
  }
});
