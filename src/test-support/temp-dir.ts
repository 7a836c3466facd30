import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const made: string[] = [];
let hooked = false;

/**
 * A fresh `hotpot-<name>-*` folder in the system temp dir, removed with everything in it when this process exits,
 * whether its tests passed, failed or threw (each test file runs in its own process).
 */
export function testTempDir(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `hotpot-${name}-`));
  made.push(dir);
  if (!hooked) {
    hooked = true;
    process.once('exit', () => {
      for (const d of made) rmSync(d, { recursive: true, force: true });
    });
  }
  return dir;
}
