import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

/** A certificate and its private key, as files. */
export interface CertFiles {
  cert: string;
  key: string;
}

/** A test CA and what it signs: a server certificate for `serverName` and 127.0.0.1, a client certificate; plus a client certificate from another CA. */
export interface TestCerts {
  ca: string;
  serverName: string;
  server: CertFiles;
  client: CertFiles;
  /** Signed by a CA the server does not trust. */
  strangerClient: CertFiles;
}

/** Makes a fresh CA and certificates under `dir` with openssl (EC P-256, valid two days). */
export function makeTestCerts(dir: string, serverName = 'temporal.test'): TestCerts {
  const ca = makeCa(dir, 'ca');
  const stranger = makeCa(dir, 'stranger-ca');
  return {
    ca: ca.cert,
    serverName,
    server: makeLeaf(dir, 'server', ca, serverName, [
      `subjectAltName=DNS:${serverName},DNS:localhost,IP:127.0.0.1`,
      'extendedKeyUsage=serverAuth',
    ]),
    client: makeLeaf(dir, 'client', ca, 'hotpot-worker', ['extendedKeyUsage=clientAuth']),
    strangerClient: makeLeaf(dir, 'stranger-client', stranger, 'hotpot-worker', [
      'extendedKeyUsage=clientAuth',
    ]),
  };
}

function makeCa(dir: string, name: string): CertFiles {
  const files = { cert: path.join(dir, `${name}.crt`), key: path.join(dir, `${name}.key`) };
  openssl([
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    files.key,
    '-out',
    files.cert,
    '-days',
    '2',
    '-subj',
    `/CN=hotpot ${name}`,
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  return files;
}

function makeLeaf(dir: string, name: string, ca: CertFiles, cn: string, extensions: string[]): CertFiles {
  const files = { cert: path.join(dir, `${name}.crt`), key: path.join(dir, `${name}.key`) };
  const csr = path.join(dir, `${name}.csr`);
  const ext = path.join(dir, `${name}.ext`);
  writeFileSync(ext, [...extensions, 'basicConstraints=CA:FALSE', ''].join('\n'));
  openssl([
    'req',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    files.key,
    '-out',
    csr,
    '-subj',
    `/CN=${cn}`,
  ]);
  openssl([
    'x509',
    '-req',
    '-in',
    csr,
    '-CA',
    ca.cert,
    '-CAkey',
    ca.key,
    '-CAcreateserial',
    '-out',
    files.cert,
    '-days',
    '2',
    '-extfile',
    ext,
  ]);
  return files;
}

function openssl(args: string[]): void {
  execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] });
}
