import { createHash } from 'node:crypto';
import { vngKind } from '../kinds.js';
import type { VngSshKey, VngSshKeyListed } from '../types.js';
import { vngResource } from '../vng-resource.js';

/** Pure: OpenSSH's SHA-256 fingerprint of a public key line (`ssh-ed25519 AAAA… comment`), or null when unreadable. */
export function sshFingerprint(pubKey: string | undefined): string | null {
  const blob = pubKey?.trim().split(/\s+/)[1];
  if (!blob || !/^[A-Za-z0-9+/]+={0,2}$/.test(blob)) return null;
  const digest = createHash('sha256').update(Buffer.from(blob, 'base64')).digest('base64');
  return `SHA256:${digest.replace(/=+$/, '')}`;
}

/** Pure: what Hotpot keeps of a key pair: everything but the key material, with the public key's fingerprint. */
export function withoutKeyMaterial(item: VngSshKeyListed): VngSshKey {
  const { pubKey, privateKey: _privateKey, ...rest } = item;
  return { ...rest, fingerprint: sshFingerprint(pubKey) };
}

/** vServer SSH key pairs (`GET /v2/{projectId}/sshKeys`): names and fingerprints only, never key material. */
export const sshKeyResource = vngResource<VngSshKeyListed, VngSshKey>({
  names: vngKind('vngSshKeys'),
  collection: 'sshKeys',
  idField: 'id',
  nameField: 'name',
  columns: { key_fingerprint: { type: 'text', index: 'btree' }, status: 'text' },
  listColumns: ['key_fingerprint', 'status'],
  row: (item) => ({ key_fingerprint: item.fingerprint, status: item.status }),
  each: withoutKeyMaterial,
});
