/** What every provider's kinds share: workflow-safe names (pure data, no SDK), and the registry keyed by them. */

/** A kind's names: its stable id (`gcp.compute.instance`), its CLI plural, its activity and its table. */
export interface KindNames<P extends string = string, A extends string = string> {
  kind: string;
  plural: P;
  activityName: A;
  table: string;
}

/**
 * The names builder of one provider service: kind `<kindPrefix>.<singular>`, table `<tablePrefix>_<plural in
 * snake case>`. Pure, so workflow-safe kind lists use it.
 */
export function kindNamer(kindPrefix: string, tablePrefix: string) {
  return <P extends string, A extends string>(
    singular: string,
    plural: P,
    activityName: A,
  ): KindNames<P, A> => ({
    kind: `${kindPrefix}.${singular}`,
    plural,
    activityName,
    table: `${tablePrefix}_${plural.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`,
  });
}

/**
 * Declarations keyed by the plurals of a workflow-safe kind list: a kind the list names but the registry lacks,
 * or the other way round, is a compile error.
 */
export type DeclarationsByPlural<K extends readonly KindNames[], R> = { [N in K[number] as N['plural']]: R };

/** The declarations of a keyed registry, in the kind list's order. */
export function inKindOrder<K extends readonly KindNames[], R>(
  kinds: K,
  byPlural: DeclarationsByPlural<K, R>,
): R[] {
  const all = byPlural as Record<string, R>;
  return kinds.map((k) => all[k.plural]!);
}
