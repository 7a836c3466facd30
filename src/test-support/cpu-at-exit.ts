import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Preloaded into test processes by `HOTPOT_TEST_CPU=<file>` (npm test): a test file's process appends its CPU
 * seconds, its own and its finished children's (workers, CLIs), as `<seconds>\t<file>` (relative, as the file-times
 * reporter writes it) when it exits.
 */
const out = process.env.HOTPOT_TEST_CPU;
const file = process.argv.find((a) => a.endsWith('.test.js'));
if (out && file) {
  process.on('exit', () => {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    const ticks = [11, 12, 13, 14].reduce((n, i) => n + Number(fields[i]), 0);
    appendFileSync(out, `${(ticks / 100).toFixed(1)}\t${path.relative(process.cwd(), file)}\n`);
  });
}
