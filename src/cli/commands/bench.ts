import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { formatFeedBench, runFeedBench } from '../../bench/feed-bench.js';
import { runBench } from '../../bench/run-bench.js';
import { formatReport } from '../../bench/report.js';
import { HotpotError } from '../../errors.js';
import { latencyModels, type LatencyModelName } from '../../emulator/latency-model.js';
import { parseWholeNumber } from '../../query/user-input.js';

interface BenchFlags {
  scale: string;
  store: string;
  out?: string;
  skipNaive?: boolean;
  skipFanout?: boolean;
  latency?: string;
  temporalAddress?: string;
  postgres: string;
  seed: string;
  phase?: string;
  mutations: string;
  projects: string;
  rate: string;
}

/** `hotpot bench`: measures sync speed and memory against the raw floors and a naive baseline. */
export function registerBenchCommand(program: Command): void {
  program
    .command('bench')
    .description(
      'Benchmark ingestion end to end (emulator, Temporal, store) against the raw floors and a naive baseline',
    )
    .option(
      '--scale <f>',
      'estate size factor (1 = 50 projects × 2,000 instances + 2,000 disks + 5 networks)',
      '1',
    )
    .option('--store <kind>', 'postgres, pglite or both', 'both')
    .option('--out <file>', 'JSON output (default bench-results/<timestamp>.json)')
    .option('--skip-naive', 'skip the naive baseline')
    .option('--skip-fanout', 'skip the 1,000-project fan-out phase')
    .option(
      '--latency <model>',
      'add the latency phases: a mixed 200-project estate (× scale) behind the emulator latency model (google), one worker then two',
    )
    .option('--temporal-address <host:port>', 'use this Temporal server instead of starting a dev server')
    .option(
      '--postgres <url>',
      'PostgreSQL server; the bench creates and drops its own databases',
      'postgres://postgres@127.0.0.1:5432/postgres',
    )
    .option('--seed <n>', 'estate seed', '7')
    .option(
      '--phase <name>',
      'run only this opt-in phase: feeds (mutations over an estate while the change-feed listener runs)',
    )
    .option('--mutations <n>', 'feeds phase: mutations', '10000')
    .option('--projects <n>', 'feeds phase: projects', '20')
    .option('--rate <n>', 'feeds phase: mutations per second aimed at', '200')
    .action(async (flags: BenchFlags) => {
      const scale = Number(flags.scale);
      if (!(scale > 0)) throw new HotpotError(`--scale must be a positive number, not ${flags.scale}`);
      const seed = parseWholeNumber(flags.seed, '--seed', 0, Number.MAX_SAFE_INTEGER);
      if (!['postgres', 'pglite', 'both'].includes(flags.store))
        throw new HotpotError(`--store must be postgres, pglite or both`);
      if (flags.latency !== undefined && !latencyModels.includes(flags.latency as LatencyModelName))
        throw new HotpotError(`--latency must be one of ${latencyModels.join(', ')}, not ${flags.latency}`);
      const out =
        flags.out ?? path.join('bench-results', `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
      if (flags.phase !== undefined) {
        if (flags.phase !== 'feeds') throw new HotpotError(`--phase must be feeds, not ${flags.phase}`);
        const report = await runFeedBench({
          mutations: parseWholeNumber(flags.mutations, '--mutations', 1, 1_000_000),
          projects: parseWholeNumber(flags.projects, '--projects', 1, 1000),
          rate: parseWholeNumber(flags.rate, '--rate', 1, 100_000),
          duplicate: 0.05,
          reorder: 0.05,
          seed,
          log: (line) => process.stderr.write(`[bench] ${line}\n`),
        });
        fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
        fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
        process.stdout.write(`${formatFeedBench(report)}\n\nwritten to ${out}\n`);
        return;
      }
      const report = await runBench({
        scale,
        store: flags.store as 'postgres' | 'pglite' | 'both',
        out,
        skipNaive: flags.skipNaive ?? false,
        skipFanout: flags.skipFanout ?? false,
        ...(flags.latency !== undefined && { latency: flags.latency as LatencyModelName }),
        ...(flags.temporalAddress ? { temporalAddress: flags.temporalAddress } : {}),
        postgresUrl: flags.postgres,
        seed,
        log: (line) => process.stderr.write(`[bench] ${line}\n`),
      });
      fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
      fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
      process.stdout.write(`${formatReport(report)}\n\nwritten to ${out}\n`);
    });
}
