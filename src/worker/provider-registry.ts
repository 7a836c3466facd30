import type { ConfigProblem } from '../config/config-error.js';
import { HotpotError } from '../errors.js';
import { gcpProvider } from '../gcp/provider.js';
import type { Provider, WorkerConfig } from '../provider/provider.js';
import { s1Provider } from '../s1/provider.js';
import { fortinetProvider } from '../fortinet/provider.js';
import { vngProvider } from '../vng/provider.js';

/** Every provider a worker can serve, each on its own task queue: adding one is its folder and a line here. */
export const providers: readonly Provider[] = [gcpProvider, s1Provider, fortinetProvider, vngProvider];

/** The top-level config keys providers own (`fortinet`, …), for `loadConfig`'s `sections`. */
export const providerSections: readonly string[] = providers.flatMap((p) =>
  p.configSection === undefined ? [] : [p.configSection],
);

/** Every provider's problems with its own config section (none when the section is absent), and unknown skipKinds. */
export function providerConfigProblems(config: WorkerConfig): ConfigProblem[] {
  const sections = providers.flatMap((p) =>
    p.configSection !== undefined && config.sections?.[p.configSection] !== undefined
      ? (p.checkConfig?.(config) ?? [])
      : [],
  );
  return [...sections, ...skipKindProblems(config.worker.skipKinds ?? [])];
}

function skipKindProblems(names: readonly string[]): ConfigProblem[] {
  const plurals = new Set(providers.flatMap((p) => p.resources.map((r) => r.plural)));
  return names
    .filter((name) => !plurals.has(name))
    .map((name) => ({
      key: 'worker.skipKinds',
      message: `${JSON.stringify(name)} is not a kind: name kinds as \`hotpot inventory\` lists them (e.g. instanceTagBindings)`,
    }));
}

/** The providers the config sets up (GCP always, SentinelOne when `s1.endpoint` is set). */
export function configuredProviders(config: WorkerConfig): Provider[] {
  return providers.filter((p) => p.configured(config));
}

/** Reads `--provider gcp,s1`; an unknown name, or a provider the config does not set up, is a HotpotError. */
export function parseProviders(text: string, config: WorkerConfig): Provider[] {
  const names = [
    ...new Set(
      text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  const known = providers.map((p) => p.name).join(', ');
  if (!names.length) throw new HotpotError(`--provider needs at least one of ${known}`);
  return names.map((name) => {
    const provider = providers.find((p) => p.name === name);
    if (!provider)
      throw new HotpotError(
        `unknown provider '${name}' in --provider: use one or more of ${known} (comma-separated)`,
      );
    if (!provider.configured(config))
      throw new HotpotError(`--provider ${name} needs ${provider.howToConfigure}`);
    return provider;
  });
}

/** The providers named, in registry order (`gcp`, `s1`). */
export function providersNamed(names: readonly string[]): Provider[] {
  return providers.filter((p) => names.includes(p.name));
}
