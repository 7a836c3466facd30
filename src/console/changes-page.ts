import { changeFeed, type FeedCursor } from '../query/change-feed.js';
import { KIND_NAMES } from '../query/kinds.js';
import { parseTime } from '../query/user-input.js';
import { formatTime } from './format.js';
import { html, Html } from './html.js';
import { decodeCursor, encodeCursor, type Page } from './page.js';
import { link, param, resourcePath } from './page-request.js';

const PAGE_SIZE = 100;

const isFeedCursor = (v: unknown): v is FeedCursor => {
  const c = v as Partial<FeedCursor> | null;
  return (
    typeof c === 'object' &&
    c !== null &&
    typeof c.atUs === 'number' &&
    typeof c.kind === 'string' &&
    typeof c.project === 'string' &&
    typeof c.id === 'string'
  );
};

/** What changed: created, modified and deleted resources since a time (default 24 h before now or the as-of time). */
export const changesPage: Page = async (tx, request) => {
  const to = request.asOf ?? request.now;
  const since = param(request, 'since') ?? '-24h';
  const from = parseTime(since, 'since', { now: request.now, base: to });
  const kind = param(request, 'kind');
  const project = param(request, 'project');
  const after = decodeCursor(param(request, 'after'), isFeedCursor);
  const feed = await changeFeed(tx, {
    from,
    to,
    limit: PAGE_SIZE,
    ...(kind !== undefined && { kind }),
    ...(project !== undefined && { project }),
    ...(after !== undefined && { after }),
  });
  const current = { since, kind, project };
  const swap = new Html('hx-target="#results" hx-swap="outerHTML" hx-push-url="true"');
  const next = feed.next && link(request, request.path, { ...current, after: encodeCursor(feed.next) });
  const results = html`<div id="results">
    ${feed.entries.length === 0
      ? html`<div class="empty">Nothing changed between ${formatTime(from)} and ${formatTime(to)}.</div>`
      : html`<table id="changes">
          <thead>
            <tr>
              <th>When</th>
              <th>Change</th>
              <th>Kind</th>
              <th>Name</th>
              <th>Project</th>
              <th>Location</th>
              <th>Source</th>
            </tr>
          </thead>
          <tbody>
            ${feed.entries.map(
              (e) =>
                html`<tr>
                  <td>${formatTime(e.at)}</td>
                  <td class="change-${e.change}">${e.change}</td>
                  <td>${e.kind}</td>
                  <td>
                    <a href="${link(request, resourcePath(e.kind, e.scope, e.id))}">${e.name}</a>
                  </td>
                  <td>${e.scope}</td>
                  <td>${e.location}</td>
                  <td>
                    ${e.source === 'feed'
                      ? html`<span
                          class="badge source-feed"
                          title="applied from a Cloud Asset change-feed event"
                          >feed</span
                        >`
                      : html`<span class="source-sync">sync</span>`}
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>`}
    <div class="pager">
      ${next ? html`<a rel="next" href="${next}" hx-get="${next}" ${swap}>Older →</a>` : ''}
    </div>
  </div>`;
  const body = html`<h1>Changes</h1>
    <p class="sub">From ${formatTime(from)} to ${formatTime(to)}, newest first.</p>
    <form
      class="filters"
      method="get"
      action="/changes"
      hx-get="/changes"
      ${swap}
      hx-trigger="submit, change"
    >
      ${request.asOf
        ? html`<input type="hidden" name="as_of" value="${request.query.get('as_of') ?? ''}" />`
        : ''}
      <label
        >Since<select name="since">
          ${['-1h', '-6h', '-24h', '-7d', '-30d'].map(
            (s) => html`<option ${s === since ? 'selected' : ''}>${s}</option>`,
          )}
        </select></label
      >
      <label
        >Kind<select name="kind">
          <option value="">any</option>
          ${KIND_NAMES.map((k) => html`<option ${k === kind ? 'selected' : ''}>${k}</option>`)}
        </select></label
      >
      <label>Project<input name="project" value="${project ?? ''}" placeholder="any" /></label>
      <button type="submit">Filter</button>
    </form>
    ${results}`;
  return {
    section: 'changes',
    title: 'Changes',
    data: { from, to, entries: feed.entries, next: feed.next && encodeCursor(feed.next) },
    body,
    fragment: results,
  };
};
