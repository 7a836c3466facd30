import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode, type WorkflowBundleOption } from '@temporalio/worker';

let bundle: Promise<WorkflowBundleOption> | undefined;
const prebuilt = fileURLToPath(new URL('../ingest/workflows.bundle.js', import.meta.url));

/** The workflow bundle: the one `npm run build` made, else built once in this process (webpack takes seconds). */
export function workflowBundle(): Promise<WorkflowBundleOption> {
  if (fs.existsSync(prebuilt)) return Promise.resolve({ codePath: prebuilt });
  bundle ??= bundleWorkflowCode({
    workflowsPath: fileURLToPath(new URL('../ingest/workflows/index.js', import.meta.url)),
    logger: {
      trace() {},
      debug() {},
      info() {},
      warn() {},
      error: (m: string) => console.error(m),
      log() {},
    },
  });
  return bundle;
}
