import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { cappedFetch, isResponseTooLarge } from './capped-fetch.js';

const CAP = 64 * 1024;
const big = Buffer.alloc(CAP * 4, 'x');
const small = Buffer.alloc(CAP / 2, 'y');
const zipped = gzipSync(big);
let server: Server;
let url: string;

before(async () => {
  server = createServer((req, res) => {
    const body = req.url === '/gzip' ? zipped : small;
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': String(body.length),
      ...(req.url === '/gzip' && { 'content-encoding': 'gzip' }),
    });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
after(() => new Promise<void>((r) => server.close(() => r())));

test('a gzip body with a small Content-Length is still capped on its decoded bytes', async () => {
  assert.ok(zipped.length < CAP, 'the compressed body is under the cap');
  const response = await cappedFetch(CAP, 'test.cap')(`${url}/gzip`);
  const err = await response.arrayBuffer().then(
    () => assert.fail('a decoded body over the cap was read'),
    (e: unknown) => e,
  );
  assert.ok(isResponseTooLarge(err), String(err));
});

test('a plain body within its declared Content-Length and the cap is read whole', async () => {
  const response = await cappedFetch(CAP, 'test.cap')(`${url}/plain`);
  assert.deepEqual(Buffer.from(await response.arrayBuffer()), small);
});
