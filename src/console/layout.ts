import { KIND_NAMES } from '../query/kinds.js';
import { formatTime, kindLabel } from './format.js';
import { html, type Html } from './html.js';
import { link, type PageRequest } from './page-request.js';

/** Which navigation entry a page belongs to. */
export type Section = 'overview' | 'runs' | 'changes' | 'exposure' | `kind:${string}`;

function asOfPicker(request: PageRequest): Html {
  const keep = [...request.query.entries()].filter(
    ([k]) => !['as_of', 'after', 'format', 'token'].includes(k),
  );
  const value = request.asOf?.toISOString().slice(0, 19) ?? '';
  const now = link(request, request.path, { ...Object.fromEntries(keep), as_of: undefined });
  return html`<form class="asof" method="get" action="${request.path}">
    ${keep.map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}" />`)}
    <label for="as_of">As of (UTC)</label>
    <input id="as_of" type="datetime-local" step="1" name="as_of" value="${value}" />
    <button type="submit">Go</button>
    ${request.asOf ? html`<a class="now" href="${now}">Back to now</a>` : ''}
  </form>`;
}

/** The whole document: navigation, the as-of picker, an as-of banner, and the page's body. */
export function layout(request: PageRequest, section: Section, title: string, body: Html): Html {
  const nav = (href: string, label: string, key: Section) =>
    html`<a href="${link(request, href)}" class="${section === key ? 'active' : ''}">${label}</a>`;
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} · Hotpot</title>
        <link rel="stylesheet" href="/assets/console.css" />
        <link rel="stylesheet" href="/assets/uPlot.min.css" />
        <script src="/assets/htmx.min.js" defer></script>
        <script src="/assets/uPlot.iife.min.js" defer></script>
        <script src="/assets/console.js" defer></script>
      </head>
      <body>
        <header class="top">
          <a class="brand" href="${link(request, '/')}">Hotpot</a>
          <nav>
            ${nav('/', 'Overview', 'overview')} ${nav('/changes', 'Changes', 'changes')}
            ${nav('/runs', 'Runs', 'runs')} ${nav('/exposure', 'Exposure', 'exposure')}
          </nav>
          ${asOfPicker(request)}
        </header>
        <nav class="kinds" aria-label="Resource kinds">
          ${KIND_NAMES.map((k) => nav(`/kinds/${k}`, kindLabel(k), `kind:${k}`))}
        </nav>
        ${request.asOf
          ? html`<div class="banner">
              Showing the estate as it was at <strong>${formatTime(request.asOf)}</strong>, from history.
            </div>`
          : ''}
        <main>${body}</main>
        <footer>
          <a href="${link(request, request.path, { ...Object.fromEntries(request.query), format: 'json' })}"
            >This page as JSON</a
          >
        </footer>
      </body>
    </html>`;
}
