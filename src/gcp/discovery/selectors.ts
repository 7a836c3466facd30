/** One term of a label selector: `key=value`, `key!=value`, `key` (present) or `!key` (absent). */
export interface LabelTerm {
  key: string;
  op: '=' | '!=' | 'exists' | '!exists';
  value?: string;
}

/** Label selector or glob text that cannot be understood; the message names the bad part. */
export class SelectorError extends Error {}

/** Parses `env=prod,team,!legacy,tier!=db` (comma-separated terms, all must hold). */
export function parseLabelSelector(text: string | readonly string[] | undefined): LabelTerm[] {
  const parts = (typeof text === 'string' ? text.split(',') : (text ?? [])).map((t) => t.trim());
  return parts
    .filter((t) => t !== '')
    .map((term) => {
      const m = /^(!?)([a-z0-9_-]+)(?:(!=|=)([a-z0-9_-]*))?$/i.exec(term);
      if (!m?.[2])
        throw new SelectorError(`label selector term '${term}' is not key, !key, key=value or key!=value`);
      const [, not, key, op, value] = m;
      if (op) {
        if (not) throw new SelectorError(`label selector term '${term}' cannot negate and compare at once`);
        return { key, op: op as '=' | '!=', value: value ?? '' };
      }
      return { key, op: not ? '!exists' : 'exists' };
    });
}

/** True when `labels` satisfy every term. */
export function labelsMatch(labels: Readonly<Record<string, string>>, terms: readonly LabelTerm[]): boolean {
  return terms.every((t) => {
    const has = Object.hasOwn(labels, t.key);
    if (t.op === 'exists') return has;
    if (t.op === '!exists') return !has;
    if (t.op === '=') return has && labels[t.key] === t.value;
    return !has || labels[t.key] !== t.value;
  });
}

/** Compiles a glob on project ids: `*` any run of characters, `?` one character, the rest literal. */
export function compileGlob(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

/** The filters discovery applies, in order: include globs (any), exclude globs (none), label selector (all). */
export interface ProjectFilters {
  include?: readonly string[];
  exclude?: readonly string[];
  labels?: readonly LabelTerm[];
}

/** Why a project is filtered out, or undefined when it passes. */
export function filterReason(
  projectId: string,
  labels: Readonly<Record<string, string>>,
  filters: ProjectFilters,
): string | undefined {
  const include = filters.include ?? [];
  if (include.length && !include.some((g) => compileGlob(g).test(projectId)))
    return `matches no include pattern (${include.join(', ')})`;
  const excluded = (filters.exclude ?? []).find((g) => compileGlob(g).test(projectId));
  if (excluded !== undefined) return `matches exclude pattern ${excluded}`;
  if (filters.labels?.length && !labelsMatch(labels, filters.labels))
    return `labels do not match ${filters.labels.map(formatTerm).join(',')}`;
  return undefined;
}

function formatTerm(t: LabelTerm): string {
  if (t.op === 'exists') return t.key;
  if (t.op === '!exists') return `!${t.key}`;
  return `${t.key}${t.op}${t.value ?? ''}`;
}
