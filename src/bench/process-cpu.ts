import { readdirSync, readFileSync } from 'node:fs';

/** Linux reports process CPU in USER_HZ ticks, 100 a second on every architecture Node runs on. */
const TICKS_PER_SECOND = 100;

/** CPU milliseconds a phase cost each process group: the worker, the PostgreSQL backends of its database, Temporal. */
export interface CpuSplit {
  workerMs: number;
  /** Null on PGlite (the database runs inside the worker). */
  postgresMs: number | null;
  /** Null when the bench did not start the Temporal server (an external one). */
  temporalMs: number | null;
}

/** What to watch: the worker's pid, the Temporal server's pid (if the bench owns it), the database's name. */
export interface CpuTargets {
  workerPid: number;
  temporalPid?: number;
  /** The PostgreSQL database the worker writes; none on PGlite. */
  database?: string;
}

/**
 * Samples /proc every second while a phase runs, so that a backend which exits mid-phase still counts with its last
 * sample. PostgreSQL backends are told apart by the database their process title names; backends that live
 * shorter than a second between samples are missed (the worker's pool keeps its connections while busy).
 */
export function startCpuSampler(targets: CpuTargets): { stop(): CpuSplit } {
  const start = sample(targets);
  let last = start;
  const timer = setInterval(() => (last = merge(last, sample(targets))), 1000);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      const end = merge(last, sample(targets));
      const sum = (m: Map<number, number>, from: Map<number, number>) =>
        [...m].reduce((n, [pid, t]) => n + t - (from.get(pid) ?? 0), 0);
      return {
        workerMs: ticksToMs(sum(end.worker, start.worker)),
        postgresMs: targets.database === undefined ? null : ticksToMs(sum(end.postgres, start.postgres)),
        temporalMs: targets.temporalPid === undefined ? null : ticksToMs(sum(end.temporal, start.temporal)),
      };
    },
  };
}

interface Sample {
  worker: Map<number, number>;
  postgres: Map<number, number>;
  temporal: Map<number, number>;
}

function sample(targets: CpuTargets): Sample {
  const one = (pid: number | undefined) => {
    const ticks = pid === undefined ? null : cpuTicks(pid);
    return new Map(ticks === null ? [] : [[pid!, ticks]]);
  };
  return {
    worker: one(targets.workerPid),
    postgres: backends(targets.database),
    temporal: one(targets.temporalPid),
  };
}

function merge(a: Sample, b: Sample): Sample {
  const keep = (x: Map<number, number>, y: Map<number, number>) => new Map([...x, ...y]);
  return {
    worker: keep(a.worker, b.worker),
    postgres: keep(a.postgres, b.postgres),
    temporal: keep(a.temporal, b.temporal),
  };
}

function backends(database: string | undefined): Map<number, number> {
  const found = new Map<number, number>();
  if (database === undefined) return found;
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return found;
  }
  for (const p of pids) {
    try {
      const title = readFileSync(`/proc/${p}/cmdline`, 'latin1').replace(/\0/g, ' ');
      if (!title.startsWith('postgres: ') || !title.includes(` ${database} `)) continue;
      const ticks = cpuTicks(Number(p));
      if (ticks !== null) found.set(Number(p), ticks);
    } catch {
      continue;
    }
  }
  return found;
}

/** User + system ticks of a live process (its own, not its children's), or null when it is gone. */
function cpuTicks(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

function ticksToMs(ticks: number): number {
  return Math.round((ticks * 1000) / TICKS_PER_SECOND);
}
