import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { testStore, type TestStore } from '../test-support/database.js';
import { startConsole, type RunningConsole } from './console-server.js';

let db: TestStore;
let console: RunningConsole;

before(async () => {
  db = await testStore();
  console = await startConsole({ db: db.store.db });
});
after(async () => {
  await console?.close();
  await db?.close();
});

/** Every query parameter and path part taking a time, port, protocol, number or id, checked by the CLI's rules. */
const refused: [string, RegExp][] = [
  ['/?as_of=2025-02-30', /as_of '2025-02-30' is not a real date/],
  ['/kinds/instances?as_of=2025-04-31', /not a real date/],
  ['/runs?as_of=2025-01-01T24:00', /not a real date/],
  ['/?as_of=2099-01-01', /as_of '2099-01-01' .* is in the future/],
  ['/?as_of=-99999999999d', /as_of '-99999999999d' is before 1970/],
  ['/changes?since=2099-01-01', /since '2099-01-01' .* is in the future/],
  ['/changes?since=-99999999999d', /since '-99999999999d' is before 1970/],
  ['/changes?since=2025-02-29', /not a real date/],
  ['/exposure?protocol=foo', /protocol 'foo' is not a protocol/],
  ['/exposure?protocol=tpc', /protocol 'tpc' is not a protocol/],
  ['/exposure?protocol=256', /is not a protocol/],
  ['/exposure?port=0x16', /port '0x16' is not a port/],
  ['/exposure?port=65536', /is not a port/],
  ['/runs?limit=abc', /limit 'abc' is not a whole number from 1 to 1000/],
  ['/runs?limit=0', /is not a whole number/],
  ['/kinds/instances?q=a%00b', /q contains the control character U\+0000/],
  ['/kinds/instances?project=p%00', /project contains the control character U\+0000/],
  ['/changes?project=%00', /project contains the control character/],
  ['/exposure?project=%1B%5B31m', /U\+001B/],
  ['/resources/instances/p%00/1', /path's project contains the control character U\+0000/],
  ['/runs/run%00id', /path's runId contains the control character/],
];

const accepted = [
  '/?as_of=2024-02-29',
  '/?as_of=2025-01-31T12:00',
  '/?as_of=-1d',
  '/changes?since=-1h',
  '/exposure?protocol=TCP&port=22',
  '/exposure?protocol=6',
  '/exposure?protocol=ipip',
  '/exposure?protocol=all',
  '/runs?limit=5',
];

test('bad times, ports, protocols, numbers and ids are 400 with a message naming the parameter', async () => {
  for (const [path, message] of refused) {
    for (const format of ['json', 'html']) {
      const url = `${console.url}${path}${path.includes('?') ? '&' : '?'}format=${format}`;
      const response = await fetch(url);
      const body = await response.text();
      assert.equal(response.status, 400, `${path} (${format}): ${body.slice(0, 300)}`);
      if (format === 'json') assert.match((JSON.parse(body) as { error: string }).error, message, path);
    }
  }
});

test('good values of the same parameters are served', async () => {
  for (const path of accepted) {
    const response = await fetch(`${console.url}${path}&format=json`.replace(/^([^?]*)&/, '$1?'));
    assert.equal(response.status, 200, `${path}: ${(await response.text()).slice(0, 300)}`);
  }
});
