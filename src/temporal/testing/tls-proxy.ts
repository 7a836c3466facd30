import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { freePort } from '../free-port.js';
import type { TestCerts } from './test-certs.js';

/** A running nginx that terminates TLS, requires a client certificate from the test CA and passes gRPC to `upstream`. */
export interface TlsProxy {
  address: string;
  stop(): Promise<void>;
}

/** The nginx binary (`HOTPOT_NGINX`, else `nginx` on PATH or /usr/sbin), or undefined when there is none. */
export function findNginx(): string | undefined {
  for (const candidate of [process.env.HOTPOT_NGINX, 'nginx', '/usr/sbin/nginx']) {
    if (!candidate) continue;
    if (spawnSync(candidate, ['-v'], { stdio: 'ignore' }).status === 0) return candidate;
  }
  return undefined;
}

/** Starts nginx on a free loopback port with `grpc_pass` and `ssl_verify_client on`; its files live under `dir`. */
export async function startTlsProxy(
  nginx: string,
  dir: string,
  certs: TestCerts,
  upstream: string,
): Promise<TlsProxy> {
  const port = await freePort();
  const temp = path.join(dir, 'nginx-temp');
  mkdirSync(temp, { recursive: true });
  const conf = path.join(dir, 'nginx.conf');
  const errorLog = path.join(dir, 'nginx-error.log');
  writeFileSync(
    conf,
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}daemon off;
master_process off;
pid ${path.join(dir, 'nginx.pid')};
error_log ${errorLog} info;
events {}
http {
  access_log off;
  client_body_temp_path ${temp}/body;
  proxy_temp_path ${temp}/proxy;
  fastcgi_temp_path ${temp}/fastcgi;
  uwsgi_temp_path ${temp}/uwsgi;
  scgi_temp_path ${temp}/scgi;
  server {
    listen 127.0.0.1:${port} ssl http2;
    ssl_certificate ${certs.server.cert};
    ssl_certificate_key ${certs.server.key};
    ssl_client_certificate ${certs.ca};
    ssl_verify_client on;
    grpc_read_timeout 300s;
    grpc_send_timeout 300s;
    location / { grpc_pass grpc://${upstream}; }
  }
}
`,
  );
  const child = spawn(nginx, ['-c', conf, '-p', dir, '-e', errorLog], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitForPort(port, () => {
    if (child.exitCode !== null) {
      let log = '';
      try {
        log = readFileSync(errorLog, 'utf8').trim().split('\n').slice(-3).join(' | ');
      } catch {
        log = '(no error log)';
      }
      throw new Error(`nginx exited with ${child.exitCode}: ${log}`);
    }
  });
  return {
    address: `127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

async function waitForPort(port: number, check: () => void): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    check();
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nginx did not listen on ${port} within 10 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
