import { runEvidence } from '../query/run-evidence.js';
import { runsUntil } from '../query/run-list.js';
import { runDetail } from '../query/runs.js';
import { badge, count, formatDuration, formatTime } from './format.js';
import { html } from './html.js';
import type { Page } from './page.js';
import { link, param } from './page-request.js';
import { parseWholeNumber } from '../query/user-input.js';

/** Recent runs (started by the as-of time, if one is set), newest first. */
export const runsPage: Page = async (tx, request) => {
  const limit = parseWholeNumber(param(request, 'limit') ?? '50', 'limit', 1, 1000);
  const runs = await runsUntil(tx, limit, request.asOf);
  const body = html`<h1>Runs</h1>
    <p class="sub">
      The last ${runs.length} ingestion runs${request.asOf ? ' started by then' : ''}, newest first.
    </p>
    ${runs.length === 0
      ? html`<div class="empty">No runs yet.</div>`
      : html`<table id="runs">
          <thead>
            <tr>
              <th>Started</th>
              <th>Status</th>
              <th>Duration</th>
              <th class="num">Projects</th>
              <th class="num">Listed</th>
              <th class="num">Created</th>
              <th class="num">Changed</th>
              <th class="num">Deleted</th>
              <th class="num">Rejected</th>
              <th class="num">Held</th>
              <th>Errors</th>
              <th>Workflow</th>
            </tr>
          </thead>
          <tbody>
            ${runs.map(
              (r) =>
                html`<tr>
                  <td><a href="${link(request, `/runs/${r.run_id}`)}">${formatTime(r.started_at)}</a></td>
                  <td>${badge(r.status)}</td>
                  <td>${formatDuration(r.started_at, r.finished_at)}</td>
                  <td class="num">${r.scope_count}</td>
                  <td class="num">${count(r.listed)}</td>
                  <td class="num">${count(r.created)}</td>
                  <td class="num">${count(r.changed)}</td>
                  <td class="num">${count(r.deleted)}</td>
                  <td class="num">${r.rejected}</td>
                  <td class="num">${r.deletions_held}</td>
                  <td>${r.error_types ?? ''}</td>
                  <td class="mono">${r.workflow_id}</td>
                </tr>`,
            )}
          </tbody>
        </table>`}`;
  return { section: 'runs', title: 'Runs', data: { asOf: request.asOf ?? null, runs }, body };
};

/** One run: status, duration, each project × kind outcome with errors and held deletions, and rejected items. */
export const runPage: Page = async (tx, request) => {
  const runId = request.params.runId ?? '';
  const { run } = await runDetail(tx, runId);
  const evidence = await runEvidence(tx, runId);
  const body = html`<h1>Run ${badge(run.status)}</h1>
    <p class="sub mono">${run.workflow_id} · ${run.run_id}</p>
    <div class="panel">
      <dl class="facts">
        <dt>Started</dt>
        <dd>${formatTime(run.started_at)}</dd>
        <dt>Finished</dt>
        <dd>${run.finished_at ? formatTime(run.finished_at) : 'still running'}</dd>
        <dt>Duration</dt>
        <dd>${formatDuration(run.started_at, run.finished_at)}</dd>
        <dt>Projects</dt>
        <dd>${run.scope_count}</dd>
        <dt>Totals</dt>
        <dd>
          ${count(run.listed)} listed · ${count(run.created)} created · ${count(run.changed)} changed ·
          ${count(run.deleted)} deleted · ${run.failed_scopes} failed scopes
        </dd>
      </dl>
    </div>
    <h2>Per project and kind</h2>
    <table id="scopes">
      <thead>
        <tr>
          <th>Project</th>
          <th>Kind</th>
          <th>Status</th>
          <th>Duration</th>
          <th class="num">Listed</th>
          <th class="num">Created</th>
          <th class="num">Changed</th>
          <th class="num">Deleted</th>
          <th class="num">API calls</th>
          <th class="num">Rejected</th>
          <th>Errors and deletions held</th>
        </tr>
      </thead>
      <tbody>
        ${evidence.scopes.map(
          (s) =>
            html`<tr>
              <td>${s.scope}</td>
              <td>${s.resource_kind}</td>
              <td>${badge(s.status)}</td>
              <td>${formatDuration(s.started_at, s.finished_at)}</td>
              <td class="num">${count(s.listed)}</td>
              <td class="num">${count(s.created)}</td>
              <td class="num">${count(s.changed)}</td>
              <td class="num">${count(s.deleted)}</td>
              <td class="num">${s.api_calls}</td>
              <td class="num">${s.rejected}</td>
              <td class="wrap">
                ${s.deletions_held > 0
                  ? html`<div class="held">
                      <span class="badge warn">${s.deletions_held} deletions held</span> ${s.held_reason ??
                      ''}
                    </div>`
                  : ''}
                ${s.error_type
                  ? html`<span class="badge bad">${s.error_type}</span> ${s.error_message ?? ''}`
                  : (s.error_message ?? '')}
                ${s.unreachable.length > 0
                  ? html`<div class="sub">unreachable: ${s.unreachable.join(', ')}</div>`
                  : ''}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
    <h2>Rejected items (${evidence.rejectedTotal})</h2>
    ${evidence.rejected.length === 0
      ? html`<div class="empty">Every item this run listed was stored.</div>`
      : html`<table id="rejected">
            <thead>
              <tr>
                <th>Project</th>
                <th>Kind</th>
                <th>Item</th>
                <th>Location</th>
                <th>Error</th>
                <th class="num">Bytes</th>
                <th>Excerpt</th>
              </tr>
            </thead>
            <tbody>
              ${evidence.rejected.map(
                (r) =>
                  html`<tr>
                    <td>${r.scope}</td>
                    <td>${r.resource_kind}</td>
                    <td class="mono">${r.item_id ?? '(no id)'}</td>
                    <td>${r.location ?? ''}</td>
                    <td>${r.error}</td>
                    <td class="num">${count(r.size_bytes)}</td>
                    <td class="mono">${r.excerpt.slice(0, 200)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
          ${evidence.rejectedTotal > evidence.rejected.length
            ? html`<p class="sub">Showing the first ${evidence.rejected.length}.</p>`
            : ''}`}`;
  return { section: 'runs', title: `Run ${run.run_id}`, data: { run, ...evidence }, body };
};
