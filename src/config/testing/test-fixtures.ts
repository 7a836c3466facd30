import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { testTempDir } from '../../test-support/temp-dir.js';

/** A fresh temporary directory for one test, removed when the test process exits. */
export function tempDir(): string {
  return testTempDir('config');
}

/** Writes `text` to `dir/name` and returns the path. */
export function writeFile(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** A fake service-account key (not a real RSA key; nothing here signs) whose private key contains `marker`. */
export function fakeKey(clientEmail: string, marker = 'PRIVATE-MARKER'): string {
  return JSON.stringify({
    type: 'service_account',
    project_id: 'demo-project',
    private_key_id: 'abc123',
    private_key: `-----BEGIN PRIVATE KEY-----\n${marker}\n-----END PRIVATE KEY-----\n`,
    client_email: clientEmail,
    client_id: '1234567890',
    token_uri: 'https://oauth2.googleapis.com/token',
  });
}
