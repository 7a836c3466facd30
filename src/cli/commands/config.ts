import type { Command } from 'commander';
import { stringify } from 'yaml';
import { ConfigError } from '../../config/config-error.js';
import { loadConfig, type LoadConfigOptions } from '../../config/load-config.js';
import { redactConfig } from '../../config/redact-config.js';
import { HotpotError } from '../../errors.js';
import { credentialFileProblems } from '../../config/credential-files.js';
import { checkVaultSecrets } from '../../config/vault-check.js';
import { providerConfigProblems, providerSections } from '../../worker/provider-registry.js';

/** Loads the config and renders it redacted (YAML, or JSON with `json`); a ConfigError becomes a HotpotError with exit code 1 listing every problem. */
export function checkConfig(options: LoadConfigOptions & { json?: boolean }): string {
  try {
    const config = loadConfig({ sections: providerSections, ...options });
    const sectionProblems = providerConfigProblems(config);
    if (sectionProblems.length) throw new ConfigError(sectionProblems);
    const problems = credentialFileProblems(config);
    if (problems.length > 0)
      throw new HotpotError(
        `credential sources are not usable:\n${problems.map((p) => `  ${p}`).join('\n')}`,
        1,
      );
    const printable = redactConfig(config);
    return options.json ? `${JSON.stringify(printable, null, 2)}\n` : stringify(printable);
  } catch (err) {
    if (err instanceof ConfigError) throw new HotpotError(err.message, 1);
    throw err;
  }
}

/**
 * `checkConfig`, then every secret configured in Vault read as a worker would: each read is reported on stderr by
 * its key and path; a failure is a HotpotError (exit 1) naming the key and the cause, never the value.
 */
export async function checkConfigAndVault(options: LoadConfigOptions & { json?: boolean }): Promise<string> {
  const printed = checkConfig(options);
  const vault = await checkVaultSecrets(loadConfig({ sections: providerSections, ...options }));
  if (vault.problems.length > 0)
    throw new HotpotError(
      `credential sources are not usable:\n${vault.problems.map((p) => `  ${p}`).join('\n')}`,
      1,
    );
  for (const line of vault.ok) process.stderr.write(`${line}\n`);
  return printed;
}

/** Adds `hotpot config check [--config FILE] [--json]`. */
export function registerConfigCommand(program: Command): void {
  const config = program.command('config').description('Inspect the configuration');
  config
    .command('check')
    .description(
      'Validate the configuration, read every credential source (files, Vault), and print it with secrets redacted',
    )
    .option('--config <file>', 'YAML config file (default: $HOTPOT_CONFIG, else ./hotpot.yaml if present)')
    .option('--json', 'print JSON instead of YAML')
    .action(async (opts: { config?: string; json?: boolean }) => {
      process.stdout.write(
        await checkConfigAndVault({
          ...(opts.config !== undefined && { file: opts.config }),
          json: opts.json === true,
        }),
      );
    });
}
