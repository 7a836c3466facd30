import { inspect } from 'node:util';
import { CredentialsError } from './credentials-error.js';
import { registerSecret } from './known-secrets.js';
import { REDACTED } from './secret.js';
import type { ServiceAccountKey } from './types.js';

/** Parses a service-account key from JSON text or an object; errors name `label` (e.g. the file), never the content. */
export function parseServiceAccountKey(input: unknown, label: string): ServiceAccountKey {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      throw new CredentialsError(`${label} is not valid JSON (expected a service-account key)`);
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CredentialsError(`${label} is not a service-account key (expected a JSON object)`);
  }
  const key = { ...(value as Record<string, unknown>) };
  if (key.type !== 'service_account') {
    throw new CredentialsError(
      `${label} is not a service-account key (its "type" must be "service_account")`,
    );
  }
  for (const field of ['client_email', 'private_key'] as const) {
    if (typeof key[field] !== 'string' || key[field] === '') {
      throw new CredentialsError(`${label} is not a usable service-account key: "${field}" is missing`);
    }
  }
  const privateKey = key.private_key as string;
  registerSecret(privateKey);
  if (typeof key.private_key_id === 'string') registerSecret(key.private_key_id);
  if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(privateKey)) {
    throw new CredentialsError(
      `${label} is not a usable service-account key: "private_key" is not a PEM private key`,
    );
  }
  if (!/^[^@\s]+@[^@\s]+$/.test(key.client_email as string)) {
    throw new CredentialsError(
      `${label} is not a usable service-account key: "client_email" is not an email`,
    );
  }
  return guardKey(key as ServiceAccountKey);
}

function guardKey(key: ServiceAccountKey): ServiceAccountKey {
  const printable = (): Record<string, unknown> => ({ ...key, private_key: REDACTED });
  Object.defineProperty(key, 'toJSON', { value: printable, enumerable: false });
  Object.defineProperty(key, inspect.custom, {
    value: (_depth: number, options: object) => inspect(printable(), options),
    enumerable: false,
  });
  return key;
}
