import { changesPage } from './changes-page.js';
import { exposurePage } from './exposure-page.js';
import { listPage } from './list-page.js';
import { overviewPage } from './overview-page.js';
import type { Page } from './page.js';
import { resourcePage } from './resource-page.js';
import { runPage, runsPage } from './runs-page.js';

/** Every page of the console and its URL pattern. */
export const ROUTES: readonly { path: string; page: Page }[] = [
  { path: '/', page: overviewPage },
  { path: '/kinds/:kind', page: listPage },
  { path: '/resources/:kind/:project/:id', page: resourcePage },
  { path: '/changes', page: changesPage },
  { path: '/exposure', page: exposurePage },
  { path: '/runs', page: runsPage },
  { path: '/runs/:runId', page: runPage },
];
