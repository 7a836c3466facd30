import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { ExposureRow } from '../query/exposure/exposure-row.js';
import {
  exposureEstate,
  exposureExpected,
  exposureExpectedAfter,
  exposureLine,
} from '../test-support/exposure-estate.js';
import { ingestEnv, type IngestEnv } from '../test-support/ingest-env.js';
import { startConsole, type RunningConsole } from './console-server.js';
import { launchChromium } from './testing/browser.js';

const project = `expui-${randomBytes(3).toString('hex')}`;
let env: IngestEnv;
let running: RunningConsole;
let browser: Browser;
let between: Date;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

before(async () => {
  [env, browser] = await Promise.all([
    ingestEnv({ emulator: { estate: exposureEstate(project) } }),
    launchChromium(),
  ]);
  await (await env.inventory({ projectIds: [project] })).result();
  between = new Date(Math.ceil((Date.now() + 1) / 1000) * 1000);
  await sleep(between.getTime() - Date.now() + 50);
  await env.emulator.control.applyOps([
    { op: 'update', project, type: 'firewalls', name: 'deny-ssh-db', set: { disabled: true } },
  ]);
  await (await env.inventory({ projectIds: [project] })).result();
  running = await startConsole({ db: env.db.store.db });
});
after(async () => {
  await browser?.close();
  await running?.close();
  await env?.close();
});

/** The table's rows in the form the expectations are written in. */
async function shown(page: Page): Promise<string[]> {
  const rows = await page.locator('#exposure tbody tr').all();
  const out: string[] = [];
  for (const row of rows) {
    const cells = (await row.locator('td').allTextContents()).map((c) => c.trim());
    out.push(
      exposureLine({
        instance_name: cells[0]!,
        address: cells[2]!,
        via: cells[3]!,
        protocol: cells[4]!,
        ports: cells[5]!,
        rule_name: cells[9]!,
        rule_priority: Number(cells[10]),
      }),
    );
  }
  return out;
}

test('the exposure page: every exposure now, a port filter, the as-of picker and the JSON twin', async () => {
  const page = await browser.newPage();
  await page.goto(`${running.url}/`);
  await page.click('header nav >> text=Exposure');
  await page.waitForURL(`${running.url}/exposure`);
  await page.fill('input[name=project]', project);
  await page.press('input[name=project]', 'Enter');
  await page.waitForURL(new RegExp(`project=${project}`));
  await page.locator('#exposure-count', { hasText: String(exposureExpectedAfter.length) }).waitFor();
  assert.deepEqual(await shown(page), exposureExpectedAfter);
  assert.doesNotMatch((await page.textContent('ul.notes'))!, /firewall policies are not modelled/);
  assert.equal(await page.locator('#exposure thead th').nth(8).textContent(), 'Level');
  const levels: string[] = [];
  for (const row of await page.locator('#exposure tbody tr').all()) {
    const cells = (await row.locator('td').allTextContents()).map((c) => c.trim());
    levels.push(`${cells[0]} ${cells[5]} ${cells[6]} ${cells[8]}`);
  }
  assert.ok(levels.includes('web-1 9443 internet network policy np'), levels.join('\n'));
  assert.ok(levels.includes('web-1 443 internet vpc'), levels.join('\n'));

  await page.fill('input[name=port]', '22');
  await page.press('input[name=port]', 'Enter');
  await page.waitForURL(/port=22/);
  const on22 = (lines: string[]) => lines.filter((l) => l.includes(' tcp/22 '));
  await page.locator('#exposure-count', { hasText: String(on22(exposureExpectedAfter).length) }).waitFor();
  assert.deepEqual(await shown(page), on22(exposureExpectedAfter));

  await page.fill('#as_of', between.toISOString().slice(0, 19));
  await page.click('form.asof button');
  await page.waitForURL(/as_of=/);
  assert.match(page.url(), /port=22/);
  assert.match((await page.textContent('.banner'))!, /as it was at/);
  assert.deepEqual(await shown(page), on22(exposureExpected));

  const twin = (await (await fetch(`${page.url()}&format=json`)).json()) as { rows: ExposureRow[] };
  assert.deepEqual(twin.rows.map(exposureLine), on22(exposureExpected));
  await page.close();
});

test('a bad port on the exposure page is a readable error', async () => {
  const response = await fetch(`${running.url}/exposure?port=99999&format=json`);
  assert.equal(response.status, 400);
  assert.match(((await response.json()) as { error: string }).error, /port '99999' is not a port/);
});
