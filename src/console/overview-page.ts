import { changeCounts } from '../query/change-counts.js';
import { lastRunPerProject, resourceCounts } from '../query/estate-overview.js';
import { KIND_NAMES } from '../query/kinds.js';
import { badge, count, formatTime, kindLabel } from './format.js';
import { html } from './html.js';
import type { Page } from './page.js';
import { link } from './page-request.js';

/** The estate at a glance: totals per kind, resources by project × kind, each project's last run, changes in 24 h. */
export const overviewPage: Page = async (tx, request) => {
  const at = request.asOf ?? request.now;
  const counts = await resourceCounts(tx, request.asOf);
  const runs = await lastRunPerProject(tx, at);
  const changes = await changeCounts(tx, at);
  const projects = [...new Set([...counts.map((c) => c.scope), ...runs.map((r) => r.scope)])].sort();
  const countOf = (project: string, kind: string) =>
    counts.find((c) => c.scope === project && c.kind === kind)?.count ?? 0;
  const total = (kind: string) => counts.filter((c) => c.kind === kind).reduce((n, c) => n + c.count, 0);
  const sum = (key: 'created' | 'modified' | 'deleted') => changes.reduce((n, b) => n + b[key], 0);
  const chart = {
    x: changes.map((b) => b.start.getTime() / 1000),
    series: (['created', 'modified', 'deleted'] as const).map((label) => ({
      label,
      values: changes.map((b) => b[label]),
    })),
  };
  const runOf = (project: string) => runs.find((r) => r.scope === project);
  const held = KIND_NAMES.filter((k) => total(k) > 0);
  const empty = KIND_NAMES.filter((k) => total(k) === 0);
  const projectTotal = (p: string) => counts.filter((c) => c.scope === p).reduce((n, c) => n + c.count, 0);
  const body = html` <h1>Estate overview</h1>
    <p class="sub">
      ${projects.length} projects · ${request.asOf ? `as of ${formatTime(at)}` : `now, ${formatTime(at)}`}
    </p>
    <div class="cards">
      <a class="card wide" href="${link(request, '/changes')}"
        ><div class="n">${count(sum('created') + sum('modified') + sum('deleted'))}</div>
        <div class="l">
          changes in 24 h: <span class="change-created">${sum('created')}</span> created,
          <span class="change-modified">${sum('modified')}</span> modified,
          <span class="change-deleted">${sum('deleted')}</span> deleted
        </div></a
      >
      ${held.map(
        (k) =>
          html`<a class="card" href="${link(request, `/kinds/${k}`)}"
            ><div class="n">${count(total(k))}</div>
            <div class="l">${kindLabel(k)}</div></a
          >`,
      )}
    </div>
    ${empty.length > 0 ? html`<p class="sub">None held: ${empty.map(kindLabel).join(', ')}.</p>` : ''}
    <h2>Changes in the 24 hours to ${formatTime(at)}</h2>
    <div class="panel">
      <div class="chart" id="changes-chart" data-chart="${JSON.stringify(chart)}"></div>
    </div>
    ${projects.length === 0
      ? html`<div class="empty">
          No resources yet: run an inventory (<code>hotpot ingest</code>) and come back.
        </div>`
      : html`<h2>Projects</h2>
          <table id="projects">
            <thead>
              <tr>
                <th>Project</th>
                <th class="num">Resources</th>
                <th>Last run</th>
                <th>Started</th>
                <th>Errors</th>
              </tr>
            </thead>
            <tbody>
              ${projects.map((p) => {
                const run = runOf(p);
                return html`<tr data-project="${p}">
                  <td>${p}</td>
                  <td class="num">${count(projectTotal(p))}</td>
                  <td>
                    ${run
                      ? html`<a href="${link(request, `/runs/${run.run_id}`)}">${badge(run.status)}</a>`
                      : ''}
                  </td>
                  <td>${run ? formatTime(run.started_at) : ''}</td>
                  <td>${run?.error_types ?? ''}</td>
                </tr>`;
              })}
            </tbody>
          </table>
          <h2>Resources by project and kind</h2>
          <div class="scroll">
            <table id="estate">
              <thead>
                <tr>
                  <th>Project</th>
                  ${held.map((k) => html`<th class="num">${kindLabel(k)}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${projects.map(
                  (p) =>
                    html`<tr data-project="${p}">
                      <td>${p}</td>
                      ${held.map(
                        (k) =>
                          html`<td class="num" data-kind="${k}">
                            <a href="${link(request, `/kinds/${k}`, { project: p })}"
                              >${count(countOf(p, k))}</a
                            >
                          </td>`,
                      )}
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`}`;
  return {
    section: 'overview',
    title: 'Overview',
    data: { asOf: request.asOf ?? null, at, counts, lastRuns: runs, changes },
    body,
  };
};
