import { HotpotError } from '../errors.js';
import { resourceHistory, type ResourceVersion } from '../query/history.js';
import { diffJson, type FieldChange } from '../query/json-diff.js';
import { KIND_NAMES } from '../query/kinds.js';
import { formatTime } from './format.js';
import { html, type Html } from './html.js';
import { NotFound, type Page } from './page.js';
import { link, param, type PageRequest } from './page-request.js';

function shown(value: unknown): string {
  return value === undefined ? '(absent)' : typeof value === 'string' ? value : JSON.stringify(value);
}

function diffTable(changes: FieldChange[]): Html {
  if (changes.length === 0) return html`<p class="sub">No field differs.</p>`;
  return html`<table class="diff">
    <thead>
      <tr>
        <th>Field</th>
        <th>Before</th>
        <th>After</th>
      </tr>
    </thead>
    <tbody>
      ${changes.map(
        (c) =>
          html`<tr>
            <td class="mono">${c.path}</td>
            <td class="before mono">${shown(c.before)}</td>
            <td class="after mono">${shown(c.after)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function versionAt(versions: ResourceVersion[], at: Date): number {
  return versions.findIndex((v) => v.valid_from <= at && (v.valid_to === null || v.valid_to > at));
}

function chosenIndex(
  request: PageRequest,
  name: string,
  versions: ResourceVersion[],
  fallback: number,
): number {
  const text = param(request, name);
  if (text === undefined) return fallback;
  if (!/^\d{1,16}$/.test(text) || Number(text) < 1 || Number(text) > versions.length)
    throw new HotpotError(
      `${name}=${text} is not a version: this resource has versions 1 to ${versions.length}`,
    );
  return Number(text) - 1;
}

/** A resource: its facts, raw object, version timeline with field diffs, and a comparison of any two versions. */
export const resourcePage: Page = async (tx, request) => {
  const { kind = '', project = '', id = '' } = request.params;
  if (!KIND_NAMES.includes(kind)) throw new NotFound(`no resource kind '${kind}'`);
  const versions = await resourceHistory(tx, kind, id, project);
  const last = versions.at(-1)!;
  const atIndex = request.asOf === undefined ? versions.length - 1 : versionAt(versions, request.asOf);
  const view = chosenIndex(request, 'v', versions, Math.max(atIndex, 0));
  const a = chosenIndex(request, 'a', versions, Math.max(view - 1, 0));
  const b = chosenIndex(request, 'b', versions, view);
  const comparison = diffJson(versions[a]!.raw, versions[b]!.raw);
  const state =
    request.asOf !== undefined && atIndex < 0
      ? 'did not exist at that time'
      : last.deleted_at !== null && request.asOf === undefined
        ? `deleted at ${formatTime(last.deleted_at)}`
        : 'live';
  const versionLink = (i: number) => link(request, request.path, { v: i + 1 });
  const options = (chosen: number) =>
    versions.map(
      (v, i) =>
        html`<option value="${i + 1}" ${i === chosen ? 'selected' : ''}>
          v${i + 1} · ${formatTime(v.valid_from)}
        </option>`,
    );
  const body = html`<h1>${last.name}</h1>
    <p class="sub">
      ${kind} · ${last.scope} · <span class="mono">${last.id}</span> ·
      <strong id="state">${state}</strong>
    </p>
    <div class="grid2">
      <section>
        <h2>Version timeline (${versions.length})</h2>
        <ol class="timeline" id="timeline">
          ${[...versions.keys()].reverse().map((i) => {
            const v = versions[i]!;
            return html`<li class="${i === atIndex ? 'current' : ''}" data-version="${i + 1}">
              <div class="when">
                <a href="${versionLink(i)}">v${i + 1}</a> · from ${formatTime(v.valid_from)}
              </div>
              <div class="meta">
                ${v.valid_to ? `until ${formatTime(v.valid_to)}` : 'current'}${v.deleted_at
                  ? ` · deleted ${formatTime(v.deleted_at)}`
                  : ''}
                ${i === 0
                  ? ' · first seen'
                  : ` · ${v.changes.length} field${v.changes.length === 1 ? '' : 's'} changed`}
              </div>
              ${i > 0 ? diffTable(v.changes) : ''}
            </li>`;
          })}
        </ol>
        <h2>Compare versions</h2>
        <form class="filters" method="get" action="${request.path}">
          ${request.asOf
            ? html`<input type="hidden" name="as_of" value="${request.query.get('as_of') ?? ''}" />`
            : ''}
          <label
            >From<select name="a">
              ${options(a)}
            </select></label
          >
          <label
            >To<select name="b">
              ${options(b)}
            </select></label
          >
          <button type="submit">Compare</button>
        </form>
        <div id="comparison">${diffTable(comparison)}</div>
      </section>
      <section>
        <h2>Raw object, v${view + 1}</h2>
        <pre class="raw" id="raw">${JSON.stringify(versions[view]!.raw, null, 2)}</pre>
      </section>
    </div>`;
  return {
    section: `kind:${kind}`,
    title: last.name,
    data: {
      kind,
      asOf: request.asOf ?? null,
      state,
      shownVersion: view + 1,
      versions,
      comparison: { from: a + 1, to: b + 1, changes: comparison },
    },
    body,
  };
};
