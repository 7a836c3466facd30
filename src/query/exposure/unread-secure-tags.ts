import type { ExposureInstance } from './estate.js';
import { ruleLabel, type FirewallRule } from './firewall-rule.js';

/** How answers say what an unknown secure tag does to a rule aimed at it, `where` (`there`, `for it`). */
export function worstCase(where: string): string {
  return `rules that target secure tags are taken at their worst ${where}: an allow applies, a deny or goto_next does not`;
}

/** A rule taken at its worst, as the per-project notes list it: `<label> in <project> (<action>)`. */
function guessedRule(rule: FirewallRule): string {
  return `${ruleLabel(rule)}${rule.project ? ` in ${rule.project}` : ''} (${rule.action})`;
}

/**
 * The instances whose secure tags were never read but meet rules that target secure tags, per project: their
 * answer is the worst case (such allows apply, denies and goto_next do not), said once per project.
 */
export class UnreadSecureTags {
  private readonly byProject = new Map<string, { instances: Set<string>; rules: Set<string> }>();

  /** Records `instance` when it met `guessed` rules (none: nothing to say). */
  add(instance: ExposureInstance, guessed: readonly FirewallRule[]): void {
    if (guessed.length === 0) return;
    let entry = this.byProject.get(instance.project);
    if (!entry) this.byProject.set(instance.project, (entry = { instances: new Set(), rules: new Set() }));
    entry.instances.add(instance.id);
    for (const rule of guessed) entry.rules.add(guessedRule(rule));
  }

  /** One note per project, in project order. */
  notes(): string[] {
    return [...this.byProject]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([project, { instances, rules }]) => {
        const n = instances.size;
        return (
          `${n} instance${n === 1 ? '' : 's'} of project ${project} ha${n === 1 ? 's' : 've'} no stored secure tags ` +
          `(instanceTagBindings not read for ${n === 1 ? 'it' : 'them'}), so ${worstCase('there')} — ${[...rules].join(', ')}`
        );
      });
  }
}
