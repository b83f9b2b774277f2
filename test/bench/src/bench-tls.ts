// Production security for the cluster benches: every ferryd serves mutual TLS with its own node certificate (CN =
// node id) from a cluster CA made by the real deploy/make-certs.sh, and every client call presents a client
// certificate and the master's first admin token (DATA/admin.token), as an operator's `ferry` does.
// FERRY_BENCH_PLAINTEXT=1 runs the benches without TLS and tokens instead, for a plaintext figure beside it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { grpc } from '@ferry/api';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** Whether the benches run plaintext (FERRY_BENCH_PLAINTEXT=1) instead of mutual TLS with tokens. */
export function plaintext(): boolean {
  return process.env.FERRY_BENCH_PLAINTEXT === '1';
}

/** Where the certificates are: a CA, and a certificate and key per name. */
export interface Pki {
  dir: string;
}

let shared: Pki | undefined;

/** This process's cluster CA (made on first use in a temporary directory, removed when the process exits). */
export function benchPki(): Pki {
  if (shared) return shared;
  const dir = mkdtempSync(join(tmpdir(), 'ferry-bench-pki-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  shared = { dir };
  return shared;
}

/** The files of `name`'s certificate (a node's unless `client`), issued by deploy/make-certs.sh on first use. */
export function certFiles(pki: Pki, name: string, client = false): { ca: string; cert: string; key: string } {
  const files = {
    ca: join(pki.dir, 'ca.pem'),
    cert: join(pki.dir, `${name}.pem`),
    key: join(pki.dir, `${name}-key.pem`),
  };
  if (!existsSync(files.cert)) {
    const r = spawnSync(
      'bash',
      [join(repoRoot, 'deploy/make-certs.sh'), ...(client ? ['--client'] : []), pki.dir, name],
      { encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(`deploy/make-certs.sh ${name} failed (${r.status}): ${r.stderr}${r.stdout}`);
  }
  return files;
}

/** ferryd's flags for mutual TLS as node `nodeId` (none when plaintext). */
export function nodeTlsArgs(nodeId: string): string[] {
  if (plaintext()) return [];
  const f = certFiles(benchPki(), nodeId);
  return ['--tls-cert', f.cert, '--tls-key', f.key, '--tls-ca', f.ca];
}

/**
 * Channel credentials of a bench client: a client certificate of `pki` and the admin token read from `tokenFile`
 * (at the first call: a fresh master writes it at start), on every call; insecure when plaintext.
 */
export function clientCredentials(
  tokenFile: string,
  pki: Pki | undefined = plaintext() ? undefined : benchPki(),
): grpc.ChannelCredentials {
  if (!pki) return grpc.credentials.createInsecure();
  const f = certFiles(pki, 'bench-client', true);
  let token = '';
  const bearer = grpc.credentials.createFromMetadataGenerator((_params, callback) => {
    const md = new grpc.Metadata();
    try {
      token ||= readFileSync(tokenFile, 'utf8').trim();
      md.set('authorization', `Bearer ${token}`);
      callback(null, md);
    } catch (err) {
      callback(err as Error);
    }
  });
  return grpc.credentials.combineChannelCredentials(
    grpc.credentials.createSsl(readFileSync(f.ca), readFileSync(f.key), readFileSync(f.cert)),
    bearer,
  );
}

/** TLS server credentials as node `nodeId` requiring client certificates (insecure when plaintext). */
export function serverCredentials(nodeId: string): grpc.ServerCredentials {
  if (plaintext()) return grpc.ServerCredentials.createInsecure();
  const f = certFiles(benchPki(), nodeId);
  return grpc.ServerCredentials.createSsl(
    readFileSync(f.ca),
    [{ cert_chain: readFileSync(f.cert), private_key: readFileSync(f.key) }],
    true,
  );
}

/** Channel credentials of node `nodeId` towards a peer, as ferryd's replication uses (insecure when plaintext). */
export function peerCredentials(nodeId: string): grpc.ChannelCredentials {
  if (plaintext()) return grpc.credentials.createInsecure();
  const f = certFiles(benchPki(), nodeId);
  return grpc.credentials.createSsl(readFileSync(f.ca), readFileSync(f.key), readFileSync(f.cert));
}

/** What this run used, for the notes. */
export function securityNote(): string {
  return plaintext() ? 'plaintext, no tokens (FERRY_BENCH_PLAINTEXT=1)' : 'mutual TLS and admin tokens';
}
