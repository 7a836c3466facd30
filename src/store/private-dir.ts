import fs from 'node:fs';
import path from 'node:path';

/**
 * Makes a data dir readable by its owner only: the dir and every dir below 0700, every file 0600. PGlite creates
 * its files world-writable (0666, less the umask); the inventory and its history must not be readable or
 * alterable by other local users. Returns the number of entries whose mode changed.
 */
export function makePrivate(dir: string): number {
  let changed = 0;
  const visit = (at: string, isDir: boolean): void => {
    const want = isDir ? 0o700 : 0o600;
    const mode = fs.lstatSync(at).mode & 0o777;
    if (mode !== want) {
      fs.chmodSync(at, want);
      changed++;
    }
    if (!isDir) return;
    for (const entry of fs.readdirSync(at, { withFileTypes: true }))
      if (entry.isDirectory() || entry.isFile()) visit(path.join(at, entry.name), entry.isDirectory());
  };
  visit(dir, true);
  return changed;
}
