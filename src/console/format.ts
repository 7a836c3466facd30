import { html, type Html } from './html.js';

/** Any value as text: strings as they are, null and undefined empty, anything else as JSON. */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  return value === null || value === undefined ? '' : JSON.stringify(value);
}

/** A time as people read it here: UTC to the second, `2025-01-31 12:00:05Z`; empty for none. */
export function formatTime(value: unknown): string {
  if (!(value instanceof Date)) return asText(value);
  return `${value.toISOString().slice(0, 19).replace('T', ' ')}Z`;
}

/** A duration between two times, like `2.4 s` or `3 min 5 s`; empty while unfinished. */
export function formatDuration(from: Date, to: Date | null): string {
  if (to === null) return '';
  const ms = to.getTime() - from.getTime();
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/** A cell value: times formatted, arrays one item a line (the first three, then how many more), objects (labels) as k=v chips. */
export function cell(value: unknown): Html | string {
  if (value instanceof Date) return formatTime(value);
  if (Array.isArray(value))
    return html`${value.slice(0, 3).map((v) => html`<span class="item">${asText(v)}</span>`)}${value.length >
    3
      ? html`<span class="item more">+${value.length - 3} more</span>`
      : ''}`;
  if (value !== null && typeof value === 'object')
    return html`${Object.entries(value).map(([k, v]) => html`<span class="chip">${k}=${asText(v)}</span>`)}`;
  return asText(value);
}

/** A status badge coloured by meaning (ok/running/partial/failed, RUNNING/TERMINATED…). */
export function badge(status: string | null | undefined): Html {
  const tone = /^(ok|running|ready|up)$/i.test(status ?? '')
    ? 'good'
    : /^(partial|staging|stopping|suspended|provisioning|repairing)$/i.test(status ?? '')
      ? 'warn'
      : /^(failed|terminated|error)$/i.test(status ?? '')
        ? 'bad'
        : 'plain';
  return html`<span class="badge ${tone}">${status ?? ''}</span>`;
}

/** A kind as a heading: `globalAddresses` → `Global addresses`, `sslPolicies` → `SSL policies`. */
export function kindLabel(kind: string): string {
  const words = kind
    .replace(/([A-Z])/g, ' $1')
    .toLowerCase()
    .replace(/\b(url|ssl|https?|ip|vpn)\b/g, (w) => w.toUpperCase());
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A number with thousands separators. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}
