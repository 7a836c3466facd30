import tls from 'node:tls';
import type { TemporalConnectOptions } from './connect-options.js';
import { TLS_SETTINGS } from './connect-options.js';

const UNTRUSTED = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'CERT_UNTRUSTED',
]);

/**
 * Opens one TLS handshake with the same CA, server name and client certificate to say which setting a failed
 * connection points at (gRPC clients often report only a deadline); undefined when the handshake is fine.
 */
export async function probeTls(
  options: TemporalConnectOptions,
  timeoutMs = 3000,
): Promise<string | undefined> {
  if (options.tls === undefined || options.tls === false) return undefined;
  const settings = options.tls === true ? {} : options.tls;
  const { host, port } = splitAddress(options.address);
  const servername = settings.serverNameOverride ?? (isIp(host) ? undefined : host);
  return new Promise((resolve) => {
    const socket = tls.connect({
      host,
      port,
      ...(servername !== undefined && { servername }),
      ALPNProtocols: ['h2'],
      ...(settings.serverRootCACertificate && { ca: Buffer.from(settings.serverRootCACertificate) }),
      ...(settings.clientCertPair && {
        cert: Buffer.from(settings.clientCertPair.crt),
        key: Buffer.from(settings.clientCertPair.key),
      }),
    });
    const done = (hint: string | undefined) => {
      socket.destroy();
      resolve(hint);
    };
    socket.setTimeout(timeoutMs, () => done(undefined));
    socket.once('secureConnect', () => done(undefined));
    socket.once('error', (err: NodeJS.ErrnoException) => done(hintFor(err)));
  });
}

function hintFor(err: NodeJS.ErrnoException): string | undefined {
  const code = err.code ?? '';
  if (UNTRUSTED.has(code))
    return `the server's certificate is not trusted (${code}); set ${TLS_SETTINGS.serverCaCert} to its CA`;
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID')
    return `the server's certificate does not name this host; set ${TLS_SETTINGS.serverName}`;
  if (/alert/i.test(err.message))
    return `the server ended the handshake (${err.message.trim()}); check ${TLS_SETTINGS.clientCert} and ${TLS_SETTINGS.clientKey}`;
  if (/wrong version number|packet length too long/i.test(err.message))
    return 'the server does not speak TLS on this port; unset TEMPORAL_TLS and the TLS settings, or check TEMPORAL_ADDRESS';
  return undefined;
}

function isIp(host: string): boolean {
  return /^[\d.]+$/.test(host) || host.includes(':');
}

function splitAddress(address: string): { host: string; port: number } {
  const at = address.lastIndexOf(':');
  return { host: address.slice(0, at).replace(/^\[|\]$/g, ''), port: Number(address.slice(at + 1)) };
}
