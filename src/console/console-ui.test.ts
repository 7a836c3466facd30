import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { compute_v1 } from '@googleapis/compute';
import type { Browser, Page } from 'playwright-core';
import { computeResources } from '../gcp/compute/registry.js';
import { applyFeedChange } from '../ingest/feed-writer.js';
import { diffJson } from '../query/json-diff.js';
import { launchChromium } from './testing/browser.js';
import { demoConsole, type DemoConsole } from './testing/demo-console.js';

const tag = randomBytes(3).toString('hex');
let demo: DemoConsole;
let browser: Browser;

before(async () => {
  [demo, browser] = await Promise.all([
    demoConsole({ projects: [`ui-${tag}-a`, `ui-${tag}-b`], instances: 30, disks: 4, networks: 1 }),
    launchChromium(),
  ]);
});
after(async () => {
  await browser?.close();
  await demo?.close();
});

type Instance = compute_v1.Schema$Instance;
const instancesOf = (truth: DemoConsole['after'], project?: string): Instance[] =>
  truth.filter((t) => project === undefined || t.projectId === project).flatMap((t) => t.resources.instances);

async function waitForText(page: Page, selector: string, text: string): Promise<void> {
  await page
    .locator(selector, { hasText: new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) })
    .waitFor();
}

const column = (page: Page, n: number) =>
  page
    .locator(`#resources tbody tr td:nth-child(${n})`)
    .allTextContents()
    .then((cells) => cells.map((c) => c.trim()));

test('overview → list → filter → resource → history diff → as-of show what the emulator holds', async () => {
  const page = await browser.newPage();
  const base = demo.console.url;
  await page.goto(`${base}/`);
  for (const project of demo.projects) {
    const cell = `#estate tr[data-project="${project}"] td[data-kind="instances"]`;
    assert.equal((await page.textContent(cell))?.trim(), String(instancesOf(demo.after, project).length));
  }

  await page.click('nav.kinds >> text=Instances');
  await page.waitForURL(`${base}/kinds/instances`);
  await waitForText(page, '#match-count', String(instancesOf(demo.after).length));
  const firstPage = await column(page, 1);
  await page.click('a[rel=next]');
  await page.waitForURL(/after=/);
  const secondPage = await column(page, 1);
  assert.deepEqual(
    [...firstPage, ...secondPage].sort(),
    instancesOf(demo.after)
      .map((i) => i.name!)
      .sort(),
    'the two pages hold every instance once',
  );

  const updated = demo.round.changes.find(
    (c) =>
      c.type === 'instances' &&
      c.op === 'update' &&
      instancesOf(demo.before, c.project).some((i) => i.name === c.name) &&
      instancesOf(demo.after, c.project).some((i) => i.name === c.name),
  );
  assert.ok(updated, 'the mutation round updated an instance');
  const old = instancesOf(demo.before, updated.project).find((i) => i.name === updated.name)!;
  const now = instancesOf(demo.after, updated.project).find((i) => i.name === updated.name)!;
  await page.selectOption('select[name=project]', updated.project);
  await page.waitForURL(new RegExp(`project=${updated.project}`));
  await waitForText(page, '#match-count', String(instancesOf(demo.after, updated.project).length));
  assert.deepEqual(new Set(await column(page, 2)), new Set([updated.project]));

  const ip = now.networkInterfaces![0]!.networkIP!;
  await page.fill('input[name=q]', ip);
  await page.waitForURL(new RegExp(`q=${ip}`));
  await waitForText(page, '#match-count', '1');
  assert.deepEqual(await column(page, 1), [now.name]);

  await page.click(`#resources a >> text=${now.name!}`);
  await page.waitForURL(/\/resources\/instances\//);
  assert.equal(await page.locator('#timeline li').count(), 2);
  const paths = (
    await page.locator('#timeline li[data-version="2"] .diff td:first-child').allTextContents()
  ).map((c) => c.trim());
  assert.deepEqual(
    paths,
    diffJson(old, now).map((c) => c.path),
  );
  const raw = JSON.parse((await page.textContent('#raw'))!) as Instance;
  assert.equal(raw.id, now.id);
  assert.equal(raw.status, now.status);

  await page.goBack();
  await page.waitForURL(new RegExp(`q=${ip}`));
  await waitForText(page, '#match-count', '1');

  await page.fill('#as_of', demo.between.toISOString().slice(0, 19));
  await page.click('form.asof button');
  await page.waitForURL(/as_of=/);
  assert.match((await page.textContent('.banner'))!, /as it was at/);
  await page.click('nav.kinds >> text=Instances');
  await page.waitForURL(/\/kinds\/instances\?as_of=/);
  await waitForText(page, '#match-count', String(instancesOf(demo.before).length));
  const json = (await (await fetch(`${page.url()}&format=json&project=${updated.project}`)).json()) as {
    rows: { id: string }[];
  };
  assert.deepEqual(
    json.rows.map((r) => r.id).sort(),
    instancesOf(demo.before, updated.project)
      .map((i) => i.id!)
      .sort(),
  );

  await page.goto(
    `${base}/resources/instances/${updated.project}/${now.id!}?as_of=${demo.between.toISOString()}`,
  );
  assert.equal(await page.getAttribute('#timeline li.current', 'data-version'), '1');
  assert.equal((JSON.parse((await page.textContent('#raw'))!) as Instance).status, old.status);
  await page.close();
});

test('the changes feed, paged to its end, holds each change of the two syncs once', async () => {
  const entries: { change: string; kind: string; scope: string; id: string }[] = [];
  let url: string | null = `${demo.console.url}/changes?since=-1h&format=json`;
  while (url !== null) {
    const page = (await (await fetch(url)).json()) as { entries: typeof entries; next: string | null };
    entries.push(...page.entries);
    url = page.next === null ? null : `${demo.console.url}/changes?since=-1h&format=json&after=${page.next}`;
  }
  assert.ok(entries.length > 100, 'more than one page');
  const keys = entries.map((e) => `${e.change} ${e.kind} ${e.scope}/${e.id}`);
  assert.equal(new Set(keys).size, keys.length, 'no entry twice');
  const ids = (truth: DemoConsole['after']) =>
    new Set(truth.flatMap((t) => t.resources.instances.map((i) => `${t.projectId}/${i.id!}`)));
  const [before, now] = [ids(demo.before), ids(demo.after)];
  const of = (change: string) =>
    entries
      .filter((e) => e.kind === 'instances' && e.change === change)
      .map((e) => `${e.scope}/${e.id}`)
      .sort();
  assert.deepEqual(of('created'), [...new Set([...before, ...now])].sort());
  assert.deepEqual(of('deleted'), [...before].filter((k) => !now.has(k)).sort());
});

test('the changes page marks the version a change-feed event wrote, and only it', async () => {
  const instance = instancesOf(demo.after, demo.projects[0])[0]!;
  const resource = computeResources.find((r) => r.plural === 'instances')!;
  const { outcome } = await applyFeedChange(demo.env.db.store.db, resource as never, {
    scope: demo.projects[0]!,
    id: instance.id!,
    item: { ...instance, description: 'changed through the feed' },
    time: new Date(),
    messageId: `ui-${tag}`,
  });
  assert.equal(outcome, 'applied');
  const page = await browser.newPage();
  await page.goto(`${demo.console.url}/changes?since=-1h&kind=instances&project=${demo.projects[0]}`);
  const marked = page.locator('#changes tbody tr', { has: page.locator('.source-feed') });
  assert.equal(await marked.count(), 1);
  assert.deepEqual((await marked.locator('td').allTextContents()).map((c) => c.trim()).slice(1, 5), [
    'modified',
    'instances',
    instance.name!,
    demo.projects[0],
  ]);
  const sources = (await page.locator('#changes tbody tr td:nth-child(7)').allTextContents()).map((c) =>
    c.trim(),
  );
  assert.ok(
    sources.length > 1 && sources.filter((s) => s === 'sync').length === sources.length - 1,
    String(sources),
  );
  await page.close();
});
