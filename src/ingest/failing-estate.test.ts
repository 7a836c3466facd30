import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runFailingEstate } from '../test-support/failing-estate.js';

const LIMIT = 64 * 1024;

test('an inventory where every project is forbidden finishes, keeps every payload small and records every project in the store', async (t) => {
  const projects = 200;
  const report = await runFailingEstate({ projects, concurrency: 20, childrenPerRun: 60 });
  t.diagnostic(
    `${projects} failing projects in ${report.ms} ms; largest payload: inventory ${report.inventory.max} B (${report.inventory.maxAt}, ${report.inventory.runs} runs), child ${report.children.max} B, progress answer ${report.maxQueryBytes} B`,
  );
  assert.equal(report.result.status, 'failed');
  assert.equal(report.result.projectCount, projects);
  assert.equal(report.result.totals.failed, projects);
  assert.deepEqual(report.result.failuresByType, { GcpPermissionDenied: projects });
  assert.ok(report.result.detailOmitted);
  assert.ok(report.result.projects.length <= 50);
  assert.equal(report.runStatus, 'failed');
  assert.equal(report.projectsFailedInStore, projects);
  assert.ok(report.inventory.runs >= 3, `continued as new (${report.inventory.runs} runs)`);
  assert.ok(report.inventory.count > 0 && report.children.count > 0);
  assert.ok(
    report.inventory.max < LIMIT,
    `inventory payload ${report.inventory.max} B at ${report.inventory.maxAt}`,
  );
  assert.ok(
    report.children.max < LIMIT,
    `child payload ${report.children.max} B at ${report.children.maxAt}`,
  );
  assert.ok(report.maxQueryBytes < LIMIT, `progress answer ${report.maxQueryBytes} B`);
});
