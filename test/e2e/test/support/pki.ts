// Test PKI: one cluster CA per test process, made by the real deploy/make-certs.sh in a temp directory (removed when
// the process exits), and a certificate per name (a node's, CN = node id; or the tests' client-only one), issued once.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.js';

/** The files of one certificate: the cluster CA, the leaf certificate and its key. */
export interface CertFiles {
  ca: string;
  cert: string;
  key: string;
}

/** The client-only certificate (`make-certs.sh --client`) every CLI call and API client presents, as an operator's would. */
export const CLIENT_CERT_NAME = 'e2e-client';

let pkiDir = '';

function dir(): string {
  if (pkiDir) return pkiDir;
  pkiDir = mkdtempSync(join(tmpdir(), 'ferry-e2e-pki-'));
  process.once('exit', () => {
    if (process.env.FERRY_E2E_KEEP !== '1') rmSync(pkiDir, { recursive: true, force: true });
  });
  return pkiDir;
}

/** The CA and the certificate for `name` (CN = name; a node's: server and client use), made on first use. */
export function certFor(name: string, opts: { client?: boolean } = {}): CertFiles {
  const d = dir();
  const files = { ca: join(d, 'ca.pem'), cert: join(d, `${name}.pem`), key: join(d, `${name}-key.pem`) };
  if (!existsSync(files.cert) || !existsSync(files.key)) {
    const r = spawnSync('bash', [join(ROOT, 'deploy/make-certs.sh'), ...(opts.client ? ['--client'] : []), d, name], {
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`deploy/make-certs.sh ${name} failed (${r.status}): ${r.stderr}${r.stdout}`);
  }
  return files;
}
