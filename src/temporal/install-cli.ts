import { spawn } from 'node:child_process';
import path from 'node:path';
import { HotpotError } from '../errors.js';
import { packageRoot } from '../package-root.js';

/** Finds or builds the Temporal CLI via scripts/install-temporal.sh; progress lines go to onProgress. */
export async function ensureTemporalCli(onProgress: (line: string) => void = () => {}): Promise<string> {
  const script = path.join(packageRoot, 'scripts', 'install-temporal.sh');
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      for (const line of chunk.split('\n')) if (line.trim()) onProgress(line);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const binary = stdout.trim().split('\n').pop() ?? '';
      if (code === 0 && binary) resolve(binary);
      else reject(new HotpotError(`could not install the Temporal CLI (exit ${code}):\n${stderr.trim()}`));
    });
  });
}
