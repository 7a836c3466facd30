import path from 'node:path';
import { redactUrl } from '../config/redact-url.js';
import { HotpotError } from '../errors.js';

export { redactText, redactUrl, urlSecrets } from '../config/redact-url.js';

/** Where the store lives: a PostgreSQL server, a PGlite data dir, or an in-memory PGlite. */
export type StoreLocation =
  | { kind: 'postgres'; url: string }
  | { kind: 'pglite'; dir: string }
  | { kind: 'pglite'; dir: undefined };

/** Parses `postgres://…`, `postgresql://…`, `pglite://<dir>` (relative to cwd) or `pglite://memory`. */
export function parseDatabaseUrl(url: string, cwd = process.cwd()): StoreLocation {
  if (/^postgres(ql)?:\/\//.test(url)) {
    try {
      new URL(url);
    } catch {
      throw new HotpotError(`database url is not a valid URL: ${redactUrl(url)}`);
    }
    return { kind: 'postgres', url };
  }
  const pglite = /^pglite:\/\/(.+)$/.exec(url);
  if (pglite?.[1]) {
    const target = pglite[1];
    return target === 'memory'
      ? { kind: 'pglite', dir: undefined }
      : { kind: 'pglite', dir: path.resolve(cwd, target) };
  }
  throw new HotpotError(
    `database url must start with postgres://, postgresql:// or pglite:// (got ${JSON.stringify(redactUrl(url))})`,
  );
}
