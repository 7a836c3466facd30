import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { ingestEnv, type IngestEnv } from '../test-support/ingest-env.js';
import { craftedServicesEstate, project } from '../test-support/services-crafted-estate.js';
import { startConsole, type RunningConsole } from './console-server.js';
import { launchChromium } from './testing/browser.js';

let env: IngestEnv;
let running: RunningConsole;
let browser: Browser;

before(async () => {
  env = await ingestEnv({ emulator: { estate: craftedServicesEstate } });
  const result = await (await env.inventory({ projectIds: [project] })).result();
  assert.equal(result.status, 'ok', JSON.stringify(result.projects));
  running = await startConsole({ db: env.db.store.db });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await running?.close();
  await env?.close();
});

test('the exposure page lists the public services with their deciding setting, and the findings', async () => {
  const page = await browser.newPage();
  await page.goto(`${running.url}/exposure?project=${project}`);
  await page.locator('#services-count', { hasText: '6' }).waitFor();
  const rows = await page.locator('#services-exposure tbody tr').all();
  const cells = await Promise.all(
    rows.map(async (r) => (await r.locator('td').allTextContents()).map((c) => c.trim())),
  );
  assert.deepEqual(
    cells.map((c) => `${c[0]} ${c[1]} ${c[5]}`),
    [
      'gke open-cp any address',
      'gke wide-cp 0.0.0.0/0',
      'sql open-db 0.0.0.0/0',
      'storage crafted-public allUsers',
      'run open-noauth any address',
      'run public-api allUsers',
    ],
  );
  assert.equal(cells[5]![6], 'ingress: INGRESS_TRAFFIC_ALL; iamPolicy roles/run.invoker: allUsers');
  assert.equal(cells[5]![4], 'invoke https://public-api-x.a.run.app');
  await page.locator('#findings-count', { hasText: '4' }).waitFor();
  const findings = await page.locator('#findings tbody tr td:first-child').allTextContents();
  assert.deepEqual(
    findings.map((f) => f.trim()),
    ['old-user-managed-key', 'primitive-role', 'primitive-role', 'default-sa-editor'],
  );
  const json = (await (await fetch(`${running.url}/exposure?project=${project}&format=json`)).json()) as {
    services?: { rows: unknown[] };
  };
  assert.equal(json.services?.rows.length ?? -1, 6);
  await page.close();
});
