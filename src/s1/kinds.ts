import { kindNamer, type KindNames } from '../provider/kind.js';

/** An S1 kind's names: `s1.<singular>`, the CLI plural, its activity, and its table `s1_<plural>`. */
const kind = kindNamer('s1', 's1');

/**
 * The names of every SentinelOne resource Hotpot ingests, workflow-safe (pure data): the registry's part that
 * workflows, the client and the CLI may import. Each declaration takes its names from here.
 */
export const s1Kinds = [
  kind('site', 'sites', 'IngestS1Sites'),
  kind('group', 'groups', 'IngestS1Groups'),
  kind('agent', 'agents', 'IngestS1Agents'),
] as const;

/** Activity names of the S1 kinds (`IngestS1Agents`, …). */
export type S1ActivityName = (typeof s1Kinds)[number]['activityName'];

/** The names of one S1 kind, by plural. */
export function s1Kind(plural: (typeof s1Kinds)[number]['plural']): KindNames {
  return s1Kinds.find((k) => k.plural === plural)!;
}
