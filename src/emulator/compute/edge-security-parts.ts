import type { compute_v1 } from '@googleapis/compute';
import type { ProjectContext } from './generate-network.js';
import { lbBase } from './load-balancing-parts.js';
import { rfc3339 } from './values.js';

/** A Google-managed certificate for `domain`. */
export function makeSslCertificate(
  ctx: ProjectContext,
  name: string,
  domain: string,
): compute_v1.Schema$SslCertificate {
  const base = lbBase(ctx, 'compute#sslCertificate', undefined, 'sslCertificates', name);
  const created = Date.parse(base.creationTimestamp);
  return {
    ...base,
    type: 'MANAGED',
    managed: { domains: [domain], status: 'ACTIVE', domainStatus: { [domain]: 'ACTIVE' } },
    subjectAlternativeNames: [domain],
    expireTime: rfc3339(created + 90 * 24 * 3600 * 1000),
  };
}

/** An SSL policy: MODERN with TLS 1.2, or COMPATIBLE with TLS 1.0 (what an exposure check flags). */
export function makeSslPolicy(ctx: ProjectContext, name: string): compute_v1.Schema$SslPolicy {
  const modern = ctx.prng.chance(0.7);
  return {
    ...lbBase(ctx, 'compute#sslPolicy', undefined, 'sslPolicies', name),
    profile: modern ? 'MODERN' : 'COMPATIBLE',
    minTlsVersion: modern ? 'TLS_1_2' : 'TLS_1_0',
    enabledFeatures: [
      'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
      'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
      'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256',
    ],
    customFeatures: [],
    fingerprint: ctx.prng.base64(),
  };
}

/** A Cloud Armor policy: a deny rule for one range and the default allow rule. */
export function makeSecurityPolicy(ctx: ProjectContext, name: string): compute_v1.Schema$SecurityPolicy {
  const rule = (priority: number, action: string, ranges: string[], description: string) => ({
    kind: 'compute#securityPolicyRule',
    description,
    priority,
    match: { versionedExpr: 'SRC_IPS_V1', config: { srcIpRanges: ranges } },
    action,
    preview: false,
  });
  return {
    ...lbBase(ctx, 'compute#securityPolicy', undefined, 'securityPolicies', name),
    type: 'CLOUD_ARMOR',
    rules: [
      rule(1000, 'deny(403)', [`198.51.${ctx.prng.int(0, 255)}.0/24`], 'block abusive range'),
      rule(2147483647, 'allow', ['*'], 'default rule, higher priority overrides it'),
    ],
    fingerprint: ctx.prng.base64(),
    labelFingerprint: '42WmSpB8rSM=',
  };
}
