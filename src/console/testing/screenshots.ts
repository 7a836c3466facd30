import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../package-root.js';
import { launchChromium } from './browser.js';
import { demoConsole } from './demo-console.js';

/** `npm run screenshots`: a demo estate synced twice, then once with faults and a mass deletion the guard holds back, and a PNG of every console page in docs/ui/. */
async function main(): Promise<void> {
  const out = path.join(packageRoot, 'docs', 'ui');
  mkdirSync(out, { recursive: true });
  const demo = await demoConsole({
    projects: ['acme-prod-web', 'acme-prod-data', 'acme-staging'],
    instances: 40,
    disks: 12,
    networks: 2,
  });
  const control = demo.env.emulator.control;
  const doomed = demo.after.find((t) => t.projectId === 'acme-prod-web')!.resources.instances.slice(0, 30);
  await control.applyOps(
    doomed.map((i) => ({
      op: 'delete' as const,
      project: 'acme-prod-web',
      type: 'instances' as const,
      name: i.name!,
    })),
  );
  await control.setFault({ kind: 'permissionDenied', project: 'acme-staging', method: 'disks.*' });
  await control.setFault({ kind: 'unreachableZone', project: 'acme-prod-data', zone: 'us-central1-b' });
  await (await demo.env.inventory({ projectIds: demo.projects })).result().catch(() => undefined);
  await control.clearFaults();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
    const base = demo.console.url;
    const updated = demo.round.changes.find((c) => c.type === 'instances' && c.op === 'update')!;
    const instance = demo.after
      .find((t) => t.projectId === updated.project)!
      .resources.instances.find((i) => i.name === updated.name)!;
    const shots: [string, string][] = [
      ['overview', '/'],
      ['instances', '/kinds/instances'],
      ['instances-filtered', `/kinds/instances?project=${demo.projects[0]}&status=RUNNING`],
      ['resource', `/resources/instances/${updated.project}/${instance.id}`],
      ['changes', '/changes'],
      ['runs', '/runs'],
      ['as-of', `/kinds/instances?as_of=${demo.between.toISOString().slice(0, 19)}`],
    ];
    const runs = (await (await fetch(`${base}/runs?format=json`)).json()) as { runs: { run_id: string }[] };
    shots.push(['run', `/runs/${runs.runs[0]!.run_id}`]);
    for (const [name, url] of shots) {
      await page.goto(`${base}${url}`, { waitUntil: 'networkidle' });
      await page.screenshot({
        path: path.join(out, `${name}.png`),
        fullPage: ['overview', 'resource', 'run', 'runs'].includes(name),
      });
      process.stdout.write(`docs/ui/${name}.png\n`);
    }
  } finally {
    await browser.close();
    await demo.close();
  }
}

await main();
