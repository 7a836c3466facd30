import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode, type WorkflowBundleOption } from '@temporalio/worker';

const require = createRequire(import.meta.url);
const bundles = new Map<boolean, Promise<WorkflowBundleOption>>();

/** The path of the bundle `npm run build` made (scripts/bundle-workflows.mjs); `traced` = with the OTel interceptors. */
export function prebuiltBundlePath(traced: boolean): string {
  const file = traced ? 'workflows-otel.bundle.js' : 'workflows.bundle.js';
  return fileURLToPath(new URL(`../ingest/${file}`, import.meta.url));
}

/**
 * The workflow bundle: the one `npm run build` made, else built once in this process (webpack takes seconds).
 * `traced` adds the OpenTelemetry workflow interceptors, which run inside the sandbox and stay deterministic.
 */
export function workflowBundle(traced = false): Promise<WorkflowBundleOption> {
  const prebuilt = prebuiltBundlePath(traced);
  if (fs.existsSync(prebuilt)) return Promise.resolve({ codePath: prebuilt });
  let bundle = bundles.get(traced);
  if (!bundle) {
    bundle = bundleWorkflowCode({
      workflowsPath: fileURLToPath(new URL('../ingest/workflows/index.js', import.meta.url)),
      workflowInterceptorModules: traced
        ? [require.resolve('@temporalio/interceptors-opentelemetry/lib/workflow-interceptors')]
        : [],
      logger: {
        trace() {},
        debug() {},
        info() {},
        warn() {},
        error: (m: string) => console.error(m),
        log() {},
      },
    });
    bundles.set(traced, bundle);
  }
  return bundle;
}
