import { ApplicationFailure } from '@temporalio/common';
import type { DiscoveryApi } from './walk.js';

/** Google allows ten levels of folders; a longer chain is a cycle or corrupt data. */
const MAX_LEVELS = 12;

/**
 * Reads the folders above `folders` with `folders.get`, one call per folder not yet known, up to the
 * organization, handing each (folder, parent) to `onFolder`. A folder that cannot be read (403, 404) ends its
 * chain there: the hierarchy above it stays unknown (exposure names such projects in a note), the discovery
 * itself is not incomplete. Retryable failures that outlast the caller's attempts are thrown.
 */
export async function walkAncestors(
  api: DiscoveryApi,
  folders: readonly string[],
  known: ReadonlySet<string>,
  onFolder: (folder: { folder: string; parent: string }) => Promise<void>,
): Promise<void> {
  const seen = new Set(known);
  for (const start of folders) {
    let folder: string | undefined = start;
    for (let level = 0; folder && level < MAX_LEVELS && !seen.has(folder); level++) {
      seen.add(folder);
      const name: string = folder;
      let parent: string | null | undefined;
      try {
        parent = (await api.caller.call(`folders.get ${name}`, () => api.client.rm.folders.get({ name })))
          .parent;
      } catch (err) {
        if (!(err instanceof ApplicationFailure) || !err.nonRetryable) throw err;
        break;
      }
      if (!parent) break;
      await onFolder({ folder: name, parent });
      folder = parent.startsWith('folders/') ? parent : undefined;
    }
  }
}
