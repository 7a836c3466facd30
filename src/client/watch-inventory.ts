import { progressQuery } from '../ingest/workflows/names.js';
import type { InventoryProgress, ProjectResult } from '../ingest/workflows/types.js';
import type { InventoryHandle } from './hotpot-client.js';

/** What a watcher hears while an inventory runs. */
export interface InventoryWatcher {
  progress?(progress: InventoryProgress): void;
  /** Once per project, as it finishes. */
  finished?(project: ProjectResult): void;
}

/** Polls the `progress` query every `intervalMs` until `done` settles, reporting each project once as it finishes. */
export async function watchInventory(
  handle: InventoryHandle,
  done: Promise<unknown>,
  watcher: InventoryWatcher,
  intervalMs = 500,
): Promise<Set<string>> {
  const reported = new Set<string>();
  let settled = false;
  const stop = done.then(
    () => (settled = true),
    () => (settled = true),
  );
  while (!settled) {
    try {
      const progress = await Promise.race([
        handle.query(progressQuery),
        stop.then(() => undefined),
        delay(5000),
      ]);
      if (!progress) continue;
      watcher.progress?.(progress);
      for (const project of progress.recent) {
        if (reported.has(project.projectId)) continue;
        reported.add(project.projectId);
        watcher.finished?.(project);
      }
    } catch {
      // the query fails while the run continues as new or just after it completes; the next poll or `done` settles it
    }
    await Promise.race([stop, delay(intervalMs)]);
  }
  return reported;
}

function delay(ms: number): Promise<undefined> {
  return new Promise((resolve) => setTimeout(() => resolve(undefined), ms).unref());
}
