import { HotpotError } from '../errors.js';

/** One problem with the configuration: the key (YAML path) and where its value came from. */
export interface ConfigProblem {
  key: string;
  origin?: string;
  message: string;
}

/** Every configuration problem found in one load, listed one per line; exit code 2. */
export class ConfigError extends HotpotError {
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(formatProblems(problems), 2);
    this.name = 'ConfigError';
  }
}

function formatProblems(problems: readonly ConfigProblem[]): string {
  const lines = problems.map((p) => `  - ${p.key}${p.origin ? ` (${p.origin})` : ''}: ${p.message}`);
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return `invalid configuration, ${problems.length} ${noun}:\n${lines.join('\n')}`;
}
