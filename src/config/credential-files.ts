import { readFileSync } from 'node:fs';
import { checkedToken } from './credential-text.js';
import { CredentialsError } from './credentials-error.js';
import { parseServiceAccountKey } from './service-account-key.js';
import type { HotpotConfig } from './types.js';

/**
 * What is wrong with the credential files the config names, read now as a worker would read them: the GCP key
 * file (a service-account key) and the S1 token file (one token). Names the key and file, never the content.
 */
export function credentialFileProblems(
  config: Pick<HotpotConfig, 'gcp'> & Partial<Pick<HotpotConfig, 's1'>>,
): string[] {
  const problems: string[] = [];
  const check = (key: string, path: string, parse: (text: string) => unknown): void => {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      problems.push(`${key}: ${path} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`}`);
      return;
    }
    try {
      parse(text);
    } catch (err) {
      if (!(err instanceof CredentialsError)) throw err;
      problems.push(`${key}: ${err.message}`);
    }
  };
  const gcp = config.gcp.credentials;
  if (gcp.source === 'keyFile')
    check('gcp.credentials.keyFile', gcp.path, (text) =>
      parseServiceAccountKey(text, `key file ${gcp.path}`),
    );
  const s1 = config.s1?.token;
  if (s1?.source === 'file')
    check('s1.tokenFile', s1.path, (text) => checkedToken(text, `token file ${s1.path}`));
  return problems;
}
