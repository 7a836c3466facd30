/** The console's stylesheet: system fonts, quiet colours, readable dense tables. */
export const CONSOLE_CSS = `
:root {
  --ink: #1c2430; --muted: #5d6b7e; --line: #e3e8ef; --bg: #f6f8fb; --card: #fff; --accent: #c2410c;
  --good: #15803d; --good-bg: #e7f6ec; --warn: #a16207; --warn-bg: #fdf4dc; --bad: #b91c1c; --bad-bg: #fdeaea;
  --link: #1d4ed8;
}
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--ink); background: var(--bg); }
a { color: var(--link); text-decoration: none; }
a:hover { text-decoration: underline; }
code, pre, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 12.5px; }
header.top { display: flex; align-items: center; gap: 24px; padding: 10px 28px; background: #111827; color: #e5e7eb;
  flex-wrap: wrap; }
header.top .brand { color: #fff; font-weight: 700; font-size: 17px; letter-spacing: .2px; }
header.top .brand::before { content: ""; display: inline-block; width: 10px; height: 10px; border-radius: 50%;
  background: var(--accent); margin-right: 8px; vertical-align: 1px; }
header.top nav { display: flex; gap: 4px; flex: 1; }
header.top nav a { color: #cbd5e1; padding: 6px 10px; border-radius: 6px; }
header.top nav a:hover { background: #1f2937; text-decoration: none; color: #fff; }
header.top nav a.active { background: #374151; color: #fff; }
nav.kinds { display: flex; flex-wrap: wrap; gap: 2px; padding: 0 22px; background: #fff; border-bottom: 1px solid var(--line); }
nav.kinds a { color: var(--muted); padding: 9px 10px 8px; border-bottom: 2px solid transparent; font-size: 13.5px; }
nav.kinds a:hover { color: var(--ink); text-decoration: none; }
nav.kinds a.active { color: var(--ink); border-bottom-color: var(--accent); font-weight: 600; }
form.asof { display: flex; align-items: center; gap: 8px; font-size: 13px; }
form.asof label { color: #9ca3af; }
form.asof input { background: #1f2937; color: #f3f4f6; border: 1px solid #374151; border-radius: 6px; padding: 4px 8px;
  color-scheme: dark; }
form.asof button { background: var(--accent); color: #fff; border: 0; border-radius: 6px; padding: 5px 12px; cursor: pointer; }
form.asof a.now { color: #fdba74; }
.banner { background: #fff7ed; border-bottom: 1px solid #fed7aa; color: #9a3412; padding: 8px 28px; }
main { padding: 22px 28px 40px; max-width: 1400px; }
h1 { font-size: 22px; margin: 0 0 4px; font-weight: 650; }
h2 { font-size: 16px; margin: 28px 0 10px; font-weight: 650; }
.sub { color: var(--muted); margin: 0 0 18px; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 14px; margin: 16px 0 8px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; }
.card.wide { grid-column: span 2; }
.card .n { font-size: 26px; font-weight: 650; }
.card .l { color: var(--muted); font-size: 13px; }
.panel { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; margin-bottom: 16px; }
table { border-collapse: collapse; width: 100%; background: var(--card); border: 1px solid var(--line); border-radius: 10px;
  overflow: hidden; }
th, td { text-align: left; padding: 7px 12px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #f1f4f8; color: var(--muted); font-weight: 600; font-size: 12px; text-transform: uppercase; letter-spacing: .4px; }
tbody tr:nth-child(even) td { background: #fafbfd; }
tbody tr:hover td { background: #f0f5ff; }
#resources td, #changes td, #runs td, #scopes td, #estate td { white-space: nowrap; }
#estate th { white-space: normal; }
#estate th, #estate td { padding: 7px 9px; }
#projects td:last-child { white-space: normal; }
.scroll { overflow-x: auto; border-radius: 10px; }
#estate th { font-size: 11px; }
#resources td.wrap, #scopes td.wrap { white-space: normal; min-width: 180px; }
#scopes td.wrap { min-width: 340px; }
.held + .badge { margin-top: 4px; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 12px; font-weight: 600; background: #eef1f5; color: #475569; }
.badge.good { background: var(--good-bg); color: var(--good); }
.badge.warn { background: var(--warn-bg); color: var(--warn); }
.badge.bad { background: var(--bad-bg); color: var(--bad); }
.item { display: block; }
.item.more { color: var(--muted); font-size: 12px; }
.chip { display: inline-block; background: #eef2ff; color: #3730a3; border-radius: 4px; padding: 0 6px; margin: 1px 4px 1px 0; font-size: 12px; }
.change-created { color: var(--good); font-weight: 600; }
.change-modified { color: var(--warn); font-weight: 600; }
.change-deleted { color: var(--bad); font-weight: 600; }
.badge.source-feed { background: #e0f2fe; color: #075985; }
.source-sync { color: var(--muted); font-size: 12px; }
form.filters { display: flex; flex-wrap: wrap; gap: 10px; align-items: end; margin: 0 0 14px; background: var(--card);
  border: 1px solid var(--line); border-radius: 10px; padding: 12px 14px; }
form.filters label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); gap: 3px; }
form.filters input, form.filters select { font: inherit; padding: 5px 8px; border: 1px solid #cfd6e0; border-radius: 6px; min-width: 150px; background: #fff; }
form.filters button { font: inherit; padding: 6px 14px; border: 0; border-radius: 6px; background: #1f2937; color: #fff; cursor: pointer; }
.pager { display: flex; gap: 14px; align-items: center; margin: 12px 0; color: var(--muted); }
.pager a { background: var(--card); border: 1px solid var(--line); padding: 4px 12px; border-radius: 6px; }
.error { background: var(--bad-bg); color: var(--bad); border: 1px solid #f5c2c2; padding: 10px 14px; border-radius: 8px; }
.empty { color: var(--muted); padding: 18px; text-align: center; background: var(--card); border: 1px dashed var(--line); border-radius: 10px; }
.diff { width: 100%; }
.diff td.before { color: var(--bad); background: #fff5f5; }
.diff td.after { color: var(--good); background: #f3fbf5; }
.timeline { list-style: none; padding: 0; margin: 0; border-left: 2px solid var(--line); }
.timeline li { position: relative; padding: 0 0 18px 18px; }
.timeline li::before { content: ""; position: absolute; left: -7px; top: 5px; width: 12px; height: 12px; border-radius: 50%;
  background: #fff; border: 2px solid var(--accent); }
.timeline li.current::before { background: var(--accent); }
.timeline .when { font-weight: 600; }
.timeline .meta { color: var(--muted); font-size: 13px; }
pre.raw { background: #0f172a; color: #e2e8f0; padding: 14px; border-radius: 10px; overflow: auto; max-height: 560px; }
.grid2 { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 20px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
.chart { height: 220px; }
.muted { color: var(--muted); }
ul.notes { color: var(--muted); font-size: 13px; margin: 14px 0 0; padding-left: 18px; }
footer { padding: 0 28px 28px; font-size: 12px; }
.htmx-request #results { opacity: .55; transition: opacity .15s; }
`;
