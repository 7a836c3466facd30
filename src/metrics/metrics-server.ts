import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import type { ReadyReport } from '../worker-lifecycle/readiness.js';

/** A running `/metrics` endpoint. */
export interface MetricsServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `GET /metrics` (Hotpot's registry, then the Temporal runtime's own metrics fetched from `runtimeUrl`,
 * the core's Prometheus exporter on a loopback port), `GET /healthz` (liveness: the process answers) and
 * `GET /readyz` (200 when `readiness` says ready, else 503, with the checks as JSON).
 */
export async function startMetricsServer(
  registry: Registry,
  options: { port: number; host: string; runtimeUrl?: string; readiness?: () => Promise<ReadyReport> },
): Promise<MetricsServer> {
  const server = http.createServer((req, res) => {
    void (async () => {
      if (req.method !== 'GET') return void res.writeHead(405).end();
      if (req.url === '/healthz')
        return void res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
      if (req.url === '/readyz') {
        const report = options.readiness ? await options.readiness() : undefined;
        const ready = report?.ready ?? true;
        return void res
          .writeHead(ready ? 200 : 503, { 'content-type': 'application/json' })
          .end(`${JSON.stringify(report ?? { ready })}\n`);
      }
      if (req.url !== '/metrics') return void res.writeHead(404).end();
      try {
        let body = await registry.metrics();
        if (options.runtimeUrl) body += await runtimeMetrics(options.runtimeUrl);
        res.writeHead(200, { 'content-type': registry.contentType }).end(body);
      } catch (err) {
        res
          .writeHead(500, { 'content-type': 'text/plain' })
          .end(`metrics failed: ${(err as Error).message}\n`);
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}/metrics`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function runtimeMetrics(url: string): Promise<string> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return response.ok ? `\n${await response.text()}` : '';
  } catch {
    return '';
  }
}
