import { HotpotError } from '../errors.js';
import {
  countInventory,
  inventoryPage,
  kindLocations,
  type PageCursor,
  type PageFilter,
} from '../query/inventory-page.js';
import { parseLabels } from '../query/inventory.js';
import { KIND_NAMES, kindSpec } from '../query/kinds.js';
import { asText, cell, count, kindLabel } from './format.js';
import { html, Html } from './html.js';
import { decodeCursor, encodeCursor, NotFound, type Page } from './page.js';
import { link, param, resourcePath, type PageRequest } from './page-request.js';

const PAGE_SIZE = 50;
const FILTERS = ['project', 'location', 'status', 'label', 'q'] as const;

const isCursor = (v: unknown): v is PageCursor =>
  Array.isArray(v) && v.length === 3 && v.every((s) => typeof s === 'string');

function filterOf(request: PageRequest, kind: string): Omit<PageFilter, 'limit'> {
  const spec = kindSpec(kind);
  const label = param(request, 'label');
  const status = param(request, 'status');
  if (status !== undefined && !spec.hasStatus)
    throw new HotpotError(`${kind} have no status: clear that filter`);
  if (label !== undefined && !spec.hasLabels)
    throw new HotpotError(`${kind} have no labels: clear that filter`);
  const values = {
    project: param(request, 'project'),
    location: param(request, 'location'),
    status,
    labels: label === undefined ? undefined : parseLabels(label.split(',').map((s) => s.trim())),
    text: param(request, 'q'),
    asOf: request.asOf,
    after: decodeCursor(param(request, 'after'), isCursor),
  };
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
}

function select(name: string, label: string, options: string[], chosen: string | undefined): Html {
  return html`<label
    >${label}<select name="${name}">
      <option value="">any</option>
      ${options.map((o) => html`<option value="${o}" ${o === chosen ? 'selected' : ''}>${o}</option>`)}
    </select></label
  >`;
}

/** A kind's resources with filters (project, location, status, label, name/IP text) and keyset paging; htmx swaps `#results`. */
export const listPage: Page = async (tx, request) => {
  const kind = request.params.kind ?? '';
  if (!KIND_NAMES.includes(kind))
    throw new NotFound(`no resource kind '${kind}': use one of ${KIND_NAMES.join(', ')}`);
  const spec = kindSpec(kind);
  const filter = filterOf(request, kind);
  const page = await inventoryPage(tx, kind, { ...filter, limit: PAGE_SIZE });
  const { after: _after, ...countFilter } = filter;
  const total = await countInventory(tx, kind, countFilter);
  const places = await kindLocations(tx, kind);
  const current = Object.fromEntries(FILTERS.map((f) => [f, param(request, f)]));
  const columns = spec.columns.filter((c) => !['scope', 'id', 'name', 'location', 'valid_from'].includes(c));
  const swap = 'hx-target="#results" hx-swap="outerHTML" hx-push-url="true"';
  const next =
    page.next === null
      ? undefined
      : link(request, request.path, { ...current, after: encodeCursor(page.next) });
  const first = link(request, request.path, current);
  const results = html`<div id="results">
    <div class="pager">
      <span
        ><strong id="match-count">${count(total.count)}${total.more ? '+' : ''}</strong> ${kind}
        match${filter.after ? ' · a later page' : ''}</span
      >
    </div>
    ${page.rows.length === 0
      ? html`<div class="empty">No ${kind} match these filters${request.asOf ? ' at that time' : ''}.</div>`
      : html`<table id="resources">
          <thead>
            <tr>
              <th>Name</th>
              <th>Project</th>
              <th>Location</th>
              ${columns.map((c) => html`<th>${c.replace(/_/g, ' ')}</th>`)}
              <th>Version since</th>
            </tr>
          </thead>
          <tbody>
            ${page.rows.map(
              (r) =>
                html`<tr>
                  <td>
                    <a href="${link(request, resourcePath(kind, r.scope, r.id))}">${asText(r.name)}</a>
                  </td>
                  <td>${asText(r.scope)}</td>
                  <td>${asText(r.location)}</td>
                  ${columns.map((c) => html`<td class="${c === 'labels' ? 'wrap' : ''}">${cell(r[c])}</td>`)}
                  <td>${cell(r.valid_from)}</td>
                </tr>`,
            )}
          </tbody>
        </table>`}
    <div class="pager">
      ${filter.after ? html`<a href="${first}" hx-get="${first}" ${new Html(swap)}>First page</a>` : ''}
      ${next
        ? html`<a rel="next" href="${next}" hx-get="${next}" ${new Html(swap)}>Next ${PAGE_SIZE} →</a>`
        : ''}
    </div>
  </div>`;
  const body = html`<h1>${kindLabel(kind)}</h1>
    <p class="sub">
      ${request.asOf ? 'Versions valid at the chosen time, from history.' : 'Current resources.'} Sorted by
      project, name.
    </p>
    <form
      class="filters"
      method="get"
      action="${request.path}"
      hx-get="${request.path}"
      ${new Html(swap)}
      hx-trigger="submit, change from:select, input changed delay:300ms from:input[type=search]"
    >
      ${request.asOf
        ? html`<input type="hidden" name="as_of" value="${request.query.get('as_of') ?? ''}" />`
        : ''}
      ${select('project', 'Project', places.projects, current.project)}
      ${select('location', 'Location', places.locations, current.location)}
      ${spec.hasStatus
        ? html`<label
            >Status<input name="status" value="${current.status ?? ''}" placeholder="RUNNING"
          /></label>`
        : ''}
      ${spec.hasLabels
        ? html`<label
            >Label<input name="label" value="${current.label ?? ''}" placeholder="env=prod"
          /></label>`
        : ''}
      <label
        >Name or IP<input type="search" name="q" value="${current.q ?? ''}" placeholder="web-1 or 10.0."
      /></label>
      <button type="submit">Filter</button>
    </form>
    ${results}`;
  return {
    section: `kind:${kind}`,
    title: kind,
    data: {
      kind,
      asOf: request.asOf ?? null,
      total: total.count,
      totalIsAtLeast: total.more,
      rows: page.rows,
      next: page.next && encodeCursor(page.next),
    },
    body,
    fragment: results,
  };
};
