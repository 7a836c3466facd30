import fs from 'node:fs';
import path from 'node:path';

/** What a running `hotpot dev` records in `.hotpot/dev.json` so other commands can reach it. */
export interface DevState {
  pid: number;
  /** The PGlite data dir it holds open, when the store is PGlite. */
  dataDir?: string;
  /** Base URL of its control API (query operations for query commands, mutation rounds). */
  controlUrl: string;
  /** Bearer token of the control API; the file is readable by its owner only. */
  controlToken: string;
  temporalAddress: string;
  uiUrl?: string;
  /** The web console it serves on its held store. */
  consoleUrl?: string;
  emulatorUrl?: string;
}

/** Where the dev state file of a working directory lives. */
function devStatePath(cwd: string = process.cwd()): string {
  return path.join(cwd, '.hotpot', 'dev.json');
}

/** Writes the state file. */
export function writeDevState(state: DevState, cwd?: string): void {
  const file = devStatePath(cwd);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
}

/** Removes the state file if it is this process's. */
export function removeDevState(cwd?: string): void {
  const state = readDevState(cwd);
  if (state?.pid === process.pid) fs.rmSync(devStatePath(cwd), { force: true });
}

/** The state of a `hotpot dev` that is still running in this working directory, if any. */
export function readDevState(cwd?: string): DevState | undefined {
  let state: DevState;
  try {
    state = JSON.parse(fs.readFileSync(devStatePath(cwd), 'utf8')) as DevState;
  } catch {
    return undefined;
  }
  try {
    process.kill(state.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return undefined;
  }
  return state;
}
