import { tokenProblem } from './credential-text.js';
import { Secret } from './secret.js';
import type { VaultAuth } from './types.js';

/** A Vault server and how to log in to it: `gcp.credentials.vault`'s, the default of every provider's `vault` secret. */
export interface VaultConnection {
  address: string;
  namespace?: string;
  auth: VaultAuth;
}

/**
 * The Vault server and login a section names (`address`, `namespace`, and `token` or `roleId` + `secretId` with
 * `authMount`), what it leaves out taken from `shared`; `text` reads a field, `add` records a problem by field.
 * Undefined when any problem stops it. Secret values are never quoted.
 */
export function resolveVaultLogin(
  text: (field: string) => string | undefined,
  add: (field: string, message: string) => void,
  shared?: VaultConnection,
): VaultConnection | undefined {
  let problems = 0;
  const note = (field: string, message: string): void => {
    problems++;
    add(field, message);
  };
  const address = text('address') ?? shared?.address;
  if (address === undefined)
    note('address', 'required: the Vault server URL (or set gcp.credentials.vault.address to share it)');
  else if (!/^https?:\/\//.test(address)) note('address', 'must be an http(s) URL');
  const before = problems;
  const auth = vaultAuth(text, note) ?? shared?.auth;
  if (auth === undefined && problems === before)
    note('token', 'Vault needs a token, or roleId + secretId (or gcp.credentials.vault to share its login)');
  if (problems > 0 || address === undefined || auth === undefined) return undefined;
  const namespace = text('namespace') ?? shared?.namespace;
  return { address: address.replace(/\/+$/, ''), auth, ...(namespace !== undefined && { namespace }) };
}

/** Slashes cut from both ends of a mount or path. */
export function trimSlashes(value: string): string {
  return value.replace(/^\/+|\/+$/g, '');
}

function vaultAuth(
  text: (field: string) => string | undefined,
  add: (field: string, message: string) => void,
): VaultAuth | undefined {
  const [token, roleId, secretId] = [text('token'), text('roleId'), text('secretId')];
  for (const [name, v] of [
    ['token', token],
    ['secretId', secretId],
  ] as const) {
    const problem = v === undefined ? undefined : tokenProblem(v, `the Vault ${name}`);
    if (problem !== undefined) add(name, problem);
  }
  if (roleId !== undefined || secretId !== undefined) {
    if (roleId === undefined) add('roleId', 'required for AppRole auth (secretId is set)');
    if (secretId === undefined) add('secretId', 'required for AppRole auth (roleId is set)');
    if (roleId === undefined || secretId === undefined) return undefined;
    return {
      method: 'approle',
      roleId,
      secretId: new Secret(secretId),
      mount: trimSlashes(text('authMount') ?? 'approle'),
    };
  }
  return token === undefined ? undefined : { method: 'token', token: new Secret(token) };
}
