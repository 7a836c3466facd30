import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { fortigateEstate, fortigateGcpEstate } from '../test-support/fortigate-exposure-estate.js';
import { fortinetEnv, type FortinetEnv } from '../test-support/fortinet-env.js';
import { startConsole, type RunningConsole } from './console-server.js';
import { launchChromium } from './testing/browser.js';

const project = `fgui-${randomBytes(3).toString('hex')}`;
let env: FortinetEnv;
let running: RunningConsole;
let browser: Browser;

before(async () => {
  env = await fortinetEnv({
    fortinet: { estate: fortigateEstate('edge-ui') },
    gcp: { estate: fortigateGcpEstate(project) },
  });
  assert.equal((await env.syncGcp(project)).status, 'ok');
  assert.equal((await env.sync('edge-ui/root')).status, 'ok');
  running = await startConsole({ db: env.db.store.db });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await running?.close();
  await env?.close();
});

test('the exposure page shows a VM reached through a FortiGate VIP, with the deciding policy and its position', async () => {
  const page = await browser.newPage();
  await page.goto(`${running.url}/exposure?project=${project}`);
  await page.locator('#exposure-count', { hasText: '1' }).waitFor();
  const rows = await page.locator('#exposure tbody tr').all();
  assert.equal(rows.length, 1);
  const cells = (await rows[0]!.locator('td').allTextContents()).map((c) => c.trim());
  assert.deepEqual(
    [cells[0], cells[2], cells[3], cells[4], cells[5], cells[10]],
    ['app-1', '198.51.100.10', 'fortigate edge-ui/root vip web', 'tcp', '443', '1'],
  );
  assert.match(
    cells[9]!,
    /^policy 1 in-web \(narrowed by gcp rule allow-https in fgui-\w+ \(priority 1000\) for the client address\)$/,
  );
  const notes = (await page.textContent('ul.notes'))!;
  assert.match(notes, /vip locked forwards tcp 443 to .*app-2 .* lets none of it in from the client address/);
  assert.match(notes, /FortiGate: schedules are taken as always on/);
  await page.close();
});
