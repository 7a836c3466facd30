import { readFileSync } from 'node:fs';

/** How a secret was written where it was found. */
export type SecretForm = 'raw' | 'percent' | 'form' | 'json' | 'base64' | 'base64url' | 'hex';

/** One place a secret appears; it names the secret by its index, so printing hits leaks nothing. */
export interface SecretHit {
  secret: number;
  form: SecretForm;
  source: string;
  line: number;
  column: number;
}

/** A text to search and what to call it in hits (a file path, `stderr`, `workflow history of …`). */
export interface SecretSource {
  source: string;
  text: string;
}

const MIN_SECRET = 6;
const MIN_FRAGMENT = 8;

/** The spellings a secret can take in logs and payloads: raw, percent/form-encoded, JSON-escaped, hex, and base64 at any alignment. */
export function secretForms(secret: string): { form: SecretForm; text: string }[] {
  if (secret.length < MIN_SECRET)
    throw new Error(`a secret of ${secret.length} characters would match everywhere; use ${MIN_SECRET}+`);
  const bytes = Buffer.from(secret, 'utf8');
  const percent = encodeURIComponent(secret);
  const forms: { form: SecretForm; text: string }[] = [
    { form: 'raw', text: secret },
    { form: 'percent', text: percent },
    { form: 'percent', text: percent.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()) },
    { form: 'percent', text: encodeURI(secret) },
    { form: 'form', text: new URLSearchParams({ s: secret }).toString().slice(2) },
    { form: 'json', text: JSON.stringify(secret).slice(1, -1) },
    { form: 'hex', text: bytes.toString('hex') },
  ];
  for (let shift = 0; shift < 3; shift++) {
    const fragment = base64Fragment(bytes, shift);
    if (fragment.length < MIN_FRAGMENT) continue;
    forms.push({ form: 'base64', text: fragment });
    forms.push({ form: 'base64url', text: fragment.replace(/\+/g, '-').replace(/\//g, '_') });
  }
  const seen = new Set<string>();
  return forms.filter((f) => !seen.has(f.text) && seen.add(f.text));
}

/** The base64 characters fixed by the secret alone when it starts `shift` bytes into a 3-byte group. */
function base64Fragment(bytes: Buffer, shift: number): string {
  const encoded = Buffer.concat([Buffer.alloc(shift), bytes])
    .toString('base64')
    .replace(/=+$/, '');
  const total = shift + bytes.length;
  const rest = total % 3;
  const end = Math.floor(total / 3) * 4 + rest;
  const start = [0, 2, 3][shift]!;
  return encoded.slice(start, end);
}

/** Every place any of `secrets` appears in `sources`, in any form of secretForms. */
export function grepSecrets(secrets: readonly string[], sources: Iterable<SecretSource>): SecretHit[] {
  const forms = secrets.map(secretForms);
  const hits: SecretHit[] = [];
  for (const { source, text } of sources) {
    forms.forEach((spellings, secret) => {
      for (const { form, text: needle } of spellings) {
        for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
          const before = text.slice(0, at);
          const line = before.split('\n').length;
          hits.push({ secret, form, source, line, column: at - before.lastIndexOf('\n') });
        }
      }
    });
  }
  return hits;
}

/** grepSecrets over files, each read as UTF-8 and named by its path. */
export function grepSecretsInFiles(secrets: readonly string[], paths: readonly string[]): SecretHit[] {
  return grepSecrets(
    secrets,
    paths.map((path) => ({ source: path, text: readFileSync(path, 'utf8') })),
  );
}

/** Hits as lines like `stderr:3:17 secret #1 (percent)`, safe to print. */
export function formatSecretHits(hits: readonly SecretHit[]): string {
  return hits.map((h) => `${h.source}:${h.line}:${h.column} secret #${h.secret} (${h.form})`).join('\n');
}
