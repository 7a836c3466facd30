import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ProjectResult, ResourceCounts } from '../../ingest/workflows/types.js';
import { renderSummary } from './summary-table.js';

const counts = (listed: number, created: number, changed = 0, deleted = 0): ResourceCounts => ({
  listed,
  created,
  changed,
  deleted,
  unchanged: listed - created - changed,
  apiCalls: 1,
  rejected: 0,
  confirmCalls: 0,
  held: 0,
  unreachable: [],
});

test('the summary lists each project with its counts over all kinds, its error, a total row, then the kinds', () => {
  const projects: ProjectResult[] = [
    {
      projectId: 'b',
      status: 'ok',
      resources: { instances: counts(5, 1, 2), disks: counts(4, 0, 0, 1), networks: counts(1, 0) },
    },
    {
      projectId: 'a',
      status: 'failed',
      resources: {},
      error: { type: 'GcpPermissionDenied', message: 'denied' },
    },
  ];
  const lines = renderSummary(projects, 'partial').split('\n');
  assert.match(
    lines[0] ?? '',
    /^project\s+status\s+resources\s+new\s+changed\s+deleted\s+held\s+rejected\s+error$/,
  );
  assert.match(lines[2] ?? '', /^a\s+failed\s+0\s+0\s+0\s+0\s+0\s+0\s+GcpPermissionDenied: denied$/);
  assert.match(lines[3] ?? '', /^b\s+ok\s+10\s+1\s+2\s+1\s+0\s+0$/);
  assert.match(lines[4] ?? '', /^total\s+partial\s+10\s+1\s+2\s+1\s+0\s+0$/);
  assert.equal(lines[5], '');
  assert.match(lines[6] ?? '', /^kind\s+listed\s+new\s+changed\s+deleted\s+held\s+rejected\s+api calls$/);
  assert.match(lines[8] ?? '', /^instances\s+5\s+1\s+2\s+0\s+0\s+0\s+1$/);
  assert.match(lines[9] ?? '', /^disks\s+4\s+0\s+0\s+1\s+0\s+0\s+1$/);
  assert.match(lines[10] ?? '', /^networks\s+1\s+0\s+0\s+0\s+0\s+0\s+1$/);
});

test('a single project has no total row', () => {
  const lines = renderSummary(
    [{ projectId: 'p', status: 'ok', resources: { instances: counts(3, 3) } }],
    'ok',
  ).split('\n');
  assert.equal(lines.length, 7);
  assert.match(lines[2] ?? '', /^p\s+ok\s+3\s+3/);
});
