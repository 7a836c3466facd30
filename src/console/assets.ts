import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CONSOLE_JS } from './client-script.js';
import { CONSOLE_CSS } from './style.js';

/** A static file the console serves under /assets/. */
export interface Asset {
  type: string;
  body: string;
}

const require = createRequire(import.meta.url);
const file = (id: string) => readFileSync(require.resolve(id), 'utf8');

/** Every asset by name: htmx and uPlot from their npm packages' dist files, and the console's own CSS and script. */
export function loadAssets(): Map<string, Asset> {
  return new Map([
    ['htmx.min.js', { type: 'text/javascript', body: file('htmx.org/dist/htmx.min.js') }],
    ['uPlot.iife.min.js', { type: 'text/javascript', body: file('uplot/dist/uPlot.iife.min.js') }],
    ['uPlot.min.css', { type: 'text/css', body: file('uplot/dist/uPlot.min.css') }],
    ['console.css', { type: 'text/css', body: CONSOLE_CSS }],
    ['console.js', { type: 'text/javascript', body: CONSOLE_JS }],
  ]);
}
