import fs from 'node:fs';
import { HotpotError } from '../errors.js';

/** An exclusive claim on a PGlite data dir; release() removes it. */
export interface DirLock {
  path: string;
  release(): void;
}

/**
 * Claims `<dir>.lock` for this process. PGlite has no lock of its own and two processes opening one data
 * dir corrupt it silently, so a second opener gets a clear error instead. A lock left by a dead process is taken over.
 */
export function lockDataDir(dir: string): DirLock {
  const path = `${dir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(path, `${process.pid}\n`, { flag: 'wx', mode: 0o600 });
      let released = false;
      return {
        path,
        release() {
          if (released) return;
          released = true;
          fs.rmSync(path, { force: true });
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number.parseInt(fs.readFileSync(path, 'utf8'), 10);
      if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
        throw new HotpotError(
          `the PGlite data dir ${dir} is in use by process ${holder} (lock ${path}); ` +
            'stop that process or point HOTPOT_DATABASE_URL at another dir',
        );
      }
      if (holder === process.pid) {
        throw new HotpotError(`the PGlite data dir ${dir} is already open in this process`);
      }
      fs.rmSync(path, { force: true });
    }
  }
  throw new HotpotError(`could not lock the PGlite data dir ${dir} (lock ${path})`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
