import type { HotpotConfig } from '../config/types.js';
import { HotpotError } from '../errors.js';
import type { InventoryInput } from '../ingest/workflows/types.js';

/** Discovery part of an inventory's input: parents to walk and the filters. */
export type DiscoveryOptions = Required<Pick<InventoryInput, 'parents'>> &
  Pick<InventoryInput, 'include' | 'exclude' | 'labels'>;

/**
 * Discovery for a command: `--parent` flags, or else the configured parents unless `--project` flags name the
 * projects; undefined when there is nothing to discover. Filters always come from the config.
 */
export function commandDiscovery(
  flags: { parent?: string[]; project?: string[] },
  config: Pick<HotpotConfig, 'gcp'>,
): DiscoveryOptions | undefined {
  const d = config.gcp.discovery;
  const parents = flags.parent ?? (flags.project === undefined ? (d?.parents ?? []) : []);
  for (const p of parents)
    if (!/^(organizations|folders)\/\d+$/.test(p))
      throw new HotpotError(`--parent must be organizations/N or folders/N, got ${JSON.stringify(p)}`);
  if (parents.length === 0) return undefined;
  return {
    parents: [...parents],
    ...(d?.include.length && { include: [...d.include] }),
    ...(d?.exclude.length && { exclude: [...d.exclude] }),
    ...(d?.labels && { labels: d.labels }),
  };
}
