import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

/** One Kubernetes object as written in a manifest. */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; [key: string]: unknown };
  [key: string]: unknown;
}

/** A kustomization directory: its own file, the objects of its `resources` files (bases expanded) and its JSON patches. */
export interface Kustomization {
  dir: string;
  file: Record<string, unknown>;
  objects: K8sObject[];
  patches: { target: { kind: string; name: string }; ops: { op: string; path: string; value?: unknown }[] }[];
}

/** Reads `dir/kustomization.yaml`, its resource files and bases (recursively) and its inline JSON 6902 patches. */
export function readKustomization(dir: string): Kustomization {
  const file = parseOne(path.join(dir, 'kustomization.yaml')) as Record<string, unknown>;
  const objects: K8sObject[] = [];
  for (const resource of (file.resources as string[] | undefined) ?? []) {
    const at = path.join(dir, resource);
    if (resource.endsWith('.yaml')) objects.push(...(parseAll(at) as K8sObject[]));
    else objects.push(...readKustomization(at).objects);
  }
  const patches = (
    (file.patches as { target: { kind: string; name: string }; patch: string }[] | undefined) ?? []
  ).map((p) => ({ target: p.target, ops: parseText(p.patch) as Kustomization['patches'][number]['ops'] }));
  return { dir, file, objects, patches };
}

/** Every directory under `root` holding a kustomization.yaml. */
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

function parseOne(file: string): unknown {
  return parseText(readFileSync(file, 'utf8'));
}

function parseAll(file: string): unknown[] {
  return parseAllDocuments(readFileSync(file, 'utf8')).map((d) => {
    if (d.errors.length) throw new Error(`${file}: ${d.errors[0]!.message}`);
    return d.toJS() as unknown;
  });
}

function parseText(text: string): unknown {
  const [doc, ...rest] = parseAllDocuments(text);
  if (!doc || rest.length || doc.errors.length)
    throw new Error(`not one YAML document: ${doc?.errors[0]?.message ?? ''}`);
  return doc.toJS() as unknown;
}

/** The value at a JSON pointer (`/spec/template/...`, `-` = past the end of an array), or undefined. */
export function atPointer(value: unknown, pointer: string): unknown {
  let at: unknown = value;
  for (const part of pointer.split('/').slice(1)) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[part.replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  return at;
}
