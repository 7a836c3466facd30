import type { ConfigProblem } from '../config/config-error.js';
import { isPlainHttp, remoteInsecureProblem } from '../config/insecure-endpoint.js';
import { redactUrl } from '../config/redact-url.js';
import { VNG_PROJECT_ID, VNG_REGION, vngScopeId } from './scope.js';

/** The `vng` section of the config, validated (the client secret's source is resolved separately). */
export interface VngSettings {
  iamEndpoint: string;
  vserverEndpoint: string;
  clientId: string;
  projects: string[];
  regions: string[];
  taskQueue: string;
  requestsPerMinute: number;
  pageSize: number;
  allowInsecureEndpoint: boolean;
  maxResponseBytes?: number;
  /** `vng.clientSecret` as written: one of token, tokenFile, tokenEnv, vault. */
  clientSecret: unknown;
}

/** VNG's public endpoints (docs/vng.md: where they were learned). */
export const VNG_DEFAULTS = {
  iamEndpoint: 'https://iamapis.vngcloud.vn/accounts-api',
  vserverEndpoint: 'https://{region}.api.vngcloud.vn/vserver/vserver-gateway',
  taskQueue: 'hotpot-ingest-vng',
  requestsPerMinute: 600,
  pageSize: 50,
  regions: ['HCM-3'],
} as const;

const KEYS = new Set([
  'iamEndpoint',
  'vserverEndpoint',
  'clientId',
  'clientSecret',
  'projects',
  'regions',
  'taskQueue',
  'requestsPerMinute',
  'pageSize',
  'allowInsecureEndpoint',
  'maxResponseBytes',
]);

/** Reads the raw `vng` section: its settings, or the problems, each naming its `vng.<key>`. */
export function parseVngSection(raw: unknown): { settings?: VngSettings; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const problem = (key: string, message: string) => problems.push({ key: `vng.${key}`, message });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problem(
      '',
      'must be a mapping (iamEndpoint, vserverEndpoint, clientId, clientSecret, projects, regions, …)',
    );
    return { problems };
  }
  const section = raw as Record<string, unknown>;
  for (const key of Object.keys(section)) if (!KEYS.has(key)) problem(key, 'is not a vng setting');
  const text = (key: string, fallback?: string): string => {
    const v = section[key] ?? fallback;
    if (typeof v !== 'string' || v.trim() === '') {
      problem(
        key,
        fallback === undefined ? 'must be set (a non-empty string)' : 'must be a non-empty string',
      );
      return '';
    }
    return v.trim();
  };
  const int = (key: string, fallback: number, min: number, max: number): number => {
    const v = section[key] ?? fallback;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      problem(key, `must be a whole number from ${min} to ${max}`);
      return fallback;
    }
    return v;
  };
  const list = (key: string, form: RegExp, what: string, fallback?: readonly string[]): string[] => {
    const v = section[key] ?? fallback;
    if (!Array.isArray(v) || v.length === 0) {
      problem(key, `must list at least one ${what}`);
      return [];
    }
    v.forEach((item, i) => {
      if (typeof item !== 'string' || !form.test(item))
        problem(`${key}[${i}]`, `'${String(item)}' is not a ${what}`);
    });
    return [...new Set(v.filter((item): item is string => typeof item === 'string'))];
  };
  const allowInsecure = section.allowInsecureEndpoint ?? false;
  if (typeof allowInsecure !== 'boolean') problem('allowInsecureEndpoint', 'must be true or false');
  const settings: VngSettings = {
    iamEndpoint: text('iamEndpoint', VNG_DEFAULTS.iamEndpoint),
    vserverEndpoint: text('vserverEndpoint', VNG_DEFAULTS.vserverEndpoint),
    clientId: text('clientId'),
    projects: list('projects', VNG_PROJECT_ID, 'VNG project id (pro-…)'),
    regions: list('regions', VNG_REGION, 'VNG region (HCM-3, HAN-1)', VNG_DEFAULTS.regions),
    taskQueue: text('taskQueue', VNG_DEFAULTS.taskQueue),
    requestsPerMinute: int('requestsPerMinute', VNG_DEFAULTS.requestsPerMinute, 1, 1_000_000),
    pageSize: int('pageSize', VNG_DEFAULTS.pageSize, 1, 100),
    allowInsecureEndpoint: allowInsecure === true,
    clientSecret: section.clientSecret,
  };
  if (section.maxResponseBytes !== undefined)
    settings.maxResponseBytes = int('maxResponseBytes', 1, 1024, Number.MAX_SAFE_INTEGER);
  if (section.clientSecret === undefined)
    problem(
      'clientSecret',
      'must be set: one of token, tokenFile, tokenEnv or vault (the IAM service account secret)',
    );
  for (const key of ['iamEndpoint', 'vserverEndpoint'] as const) {
    const url = settings[key];
    if (url && !/^https?:\/\/[^/]/i.test(url)) problem(key, `${redactUrl(url)} is not an http(s) URL`);
    else if (url && isPlainHttp(url)) {
      const why = settings.allowInsecureEndpoint
        ? remoteInsecureProblem(url, 'vng.allowInsecureEndpoint')
        : `${redactUrl(url)} is plain http and would receive the service account's credentials in clear text; use https, or set vng.allowInsecureEndpoint for an emulator on this machine`;
      if (why) problem(key, why);
    }
  }
  return { settings, problems };
}

/** The scopes the config lists: every project in every region (`<projectId>/<region>`). */
export function configuredVngScopes(settings: Pick<VngSettings, 'projects' | 'regions'>): string[] {
  return settings.projects.flatMap((p) => settings.regions.map((r) => vngScopeId(p, r)));
}
