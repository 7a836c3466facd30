import type { FortiObject } from '../../fortinet/types.js';
import { TABLE_KEYS, VDOM_TABLES, type EmulatedDevice, type VdomTable } from './fortinet-estate.js';
import { statusEnvelope } from './fortinet-truth.js';

/** An answer: HTTP status, JSON body and extra headers. */
export interface FortinetAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** A request the API understood: which device, VDOM, table (`firewall/policy`, `system/status`) and key. */
export interface FortinetRequest {
  device: string;
  vdom: string;
  api: 'cmdb' | 'monitor';
  table: string;
  mkey?: string;
}

/** Reads `/dev/<device>/api/v2/<cmdb|monitor>/<path>/<name>[/<mkey>]`; undefined when the path is none of these. */
export function parseRequest(pathname: string, params: URLSearchParams): FortinetRequest | undefined {
  const m = /^\/dev\/([^/]+)\/api\/v2\/(cmdb|monitor)\/([^/]+)\/([^/]+)(?:\/([^/]+))?$/.exec(pathname);
  if (!m) return undefined;
  const [, device, api, path, name, mkey] = m;
  return {
    device: decodeURIComponent(device!),
    vdom: params.get('vdom') ?? 'root',
    api: api as 'cmdb' | 'monitor',
    table: `${path}/${name}`,
    ...(mkey !== undefined && { mkey: decodeURIComponent(mkey) }),
  };
}

/** FortiOS's error envelope for a request. */
export function errorEnvelope(req: Partial<FortinetRequest>, status: number, error?: number): FortinetAnswer {
  const [path, name] = (req.table ?? '/').split('/');
  return {
    status,
    body: {
      http_method: 'GET',
      status: 'error',
      http_status: status,
      ...(error !== undefined && { error }),
      ...(req.vdom !== undefined && { vdom: req.vdom }),
      ...(path && { path }),
      ...(name && { name }),
      ...(req.mkey !== undefined && { mkey: req.mkey }),
    },
  };
}

/** The API's answer to a request on a known device, as FortiOS renders it. */
export function apiAnswer(
  device: EmulatedDevice,
  req: FortinetRequest,
  params: URLSearchParams,
  revision: (vdom: string) => string,
): FortinetAnswer {
  if (req.api === 'cmdb' && req.table === 'system/vdom') return vdomAnswer(device, req);
  const vdom = device.vdoms[req.vdom];
  if (!vdom) return errorEnvelope(req, 424, -3);
  if (req.api === 'monitor') {
    if (req.table !== 'system/status' || req.mkey !== undefined) return errorEnvelope(req, 404);
    return { status: 200, body: statusEnvelope(device, req.vdom) };
  }
  let rows: FortiObject[];
  if (req.table === 'system/interface') rows = device.interfaces;
  else if ((VDOM_TABLES as readonly string[]).includes(req.table)) rows = vdom.tables[req.table as VdomTable];
  else return errorEnvelope(req, 404);
  const key = TABLE_KEYS[req.table as VdomTable];
  if (req.mkey !== undefined) {
    const found = rows.find((r) => String(r[key]) === req.mkey);
    if (!found) return errorEnvelope(req, 404, -3);
    rows = [found];
  }
  const start = Number(params.get('start') ?? 0);
  const count = params.has('count') ? Number(params.get('count')) : rows.length;
  if (!Number.isInteger(start) || start < 0 || !Number.isInteger(count) || count < 0)
    return errorEnvelope(req, 400, -651);
  const fields = params.get('format')?.split('|');
  const page = rows
    .slice(start, start + count)
    .map((r) =>
      fields
        ? Object.fromEntries(Object.entries(r).filter(([k]) => fields.includes(k) || k === 'q_origin_key'))
        : r,
    );
  const [path, name] = req.table.split('/');
  return {
    status: 200,
    body: {
      http_method: 'GET',
      size: rows.length,
      matched_count: rows.length,
      next_idx: start + page.length - 1,
      revision: revision(req.vdom),
      results: page,
      vdom: req.vdom,
      path,
      name,
      ...(req.mkey !== undefined && { mkey: req.mkey }),
      status: 'success',
      http_status: 200,
      serial: device.serial,
      version: device.version,
      build: device.build,
    },
  };
}

/**
 * `cmdb/system/vdom`, a global table: every VDOM of the device as FortiOS lists them (`name`, `short-name`,
 * `vcluster-id`, `flag`, `temporary`, the fields terraform-provider-fortios's `fortios_system_vdom` reads), in
 * the envelope of the VDOM the request was made through.
 */
function vdomAnswer(device: EmulatedDevice, req: FortinetRequest): FortinetAnswer {
  const names = Object.keys(device.vdoms);
  const rows = names
    .filter((name) => req.mkey === undefined || name === req.mkey)
    .map((name) => ({
      name,
      q_origin_key: name,
      'short-name': name,
      'vcluster-id': 0,
      flag: 0,
      temporary: 0,
    }));
  if (req.mkey !== undefined && rows.length === 0) return errorEnvelope(req, 404, -3);
  return {
    status: 200,
    body: {
      http_method: 'GET',
      size: rows.length,
      matched_count: rows.length,
      next_idx: rows.length - 1,
      revision: names.map((n) => device.vdoms[n]!.revision).join('.'),
      results: rows,
      vdom: req.vdom,
      path: 'system',
      name: 'vdom',
      ...(req.mkey !== undefined && { mkey: req.mkey }),
      status: 'success',
      http_status: 200,
      serial: device.serial,
      version: device.version,
      build: device.build,
    },
  };
}
