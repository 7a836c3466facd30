import { execFile, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { HotpotError } from '../errors.js';
import { packageRoot } from '../package-root.js';

/** One Kubernetes object as kustomize rendered it (already decoded strictly into its k8s.io/api type). */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; [key: string]: unknown };
  [key: string]: unknown;
}

/** Finds or builds tools/kustomize via scripts/install-kustomize.sh and returns the binary's path. */
export function ensureKustomizeTool(): Promise<string> {
  const script = path.join(packageRoot, 'scripts', 'install-kustomize.sh');
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => {
      const binary = stdout.trim().split('\n').pop() ?? '';
      if (code === 0 && binary) resolve(binary);
      else reject(new HotpotError(`could not build tools/kustomize (exit ${code}):\n${stderr.trim()}`));
    });
  });
}

/**
 * Renders each kustomization directory as `kubectl kustomize` would (the same kustomize library) and schema-checks
 * every object offline; rejects with the tool's message (directory, object, field) when a render or check fails.
 */
export async function renderManifests(dirs: readonly string[]): Promise<Record<string, K8sObject[]>> {
  const tool = await ensureKustomizeTool();
  return new Promise((resolve, reject) => {
    execFile(tool, [...dirs], { maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new HotpotError(`kustomize render or schema check failed:\n${stderr.trim()}`));
      else resolve(JSON.parse(stdout) as Record<string, K8sObject[]>);
    });
  });
}

/** Every directory under `root` holding a kustomization.yaml, sorted. */
export function kustomizationDirs(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name));
      else if (entry.name === 'kustomization.yaml') found.push(dir);
    }
  };
  walk(root);
  return found.sort();
}
