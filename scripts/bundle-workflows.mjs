// Bundles the ingest workflows once at build time (dist/ingest/workflows.bundle.js), so workers start
// without running webpack in their own process (faster start, ~100 MB less resident memory).
import fs from 'node:fs';
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';

const root = path.resolve(import.meta.dirname, '..');
const { code } = await bundleWorkflowCode({
  workflowsPath: path.join(root, 'dist', 'ingest', 'workflows', 'index.js'),
  logger: {
    trace() {},
    debug() {},
    info() {},
    warn: (m) => console.warn(m),
    error: (m) => console.error(m),
    log() {},
  },
});
fs.writeFileSync(path.join(root, 'dist', 'ingest', 'workflows.bundle.js'), code);
