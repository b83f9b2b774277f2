// gRPC credentials of a node: mutual TLS when certificates are configured (clients and peers must present a
// certificate the cluster CA signed); plaintext only on loopback otherwise.
import { readFileSync } from 'node:fs';
import * as grpc from '@grpc/grpc-js';
import type { DaemonConfig } from './config.js';

/** Whether an address `host:port` is on the loopback interface. */
export function isLoopback(address: string): boolean {
  const host = address.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Whether the node runs with TLS. */
export const tlsEnabled = (c: DaemonConfig): boolean => Boolean(c.tlsCert || c.tlsKey || c.tlsCa);

function readPem(file: string, what: string): Buffer {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch (err) {
    throw new Error(
      `cannot read the ${what} ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
  if (!data.includes('-----BEGIN ')) throw new Error(`the ${what} ${file} is not a PEM file`);
  return data;
}

/** The node's PEM files: the cluster CA, its certificate and key. */
export interface TlsFiles {
  ca: Buffer;
  cert: Buffer;
  key: Buffer;
}

/** Reads the node's TLS files (for gRPC and the metrics endpoint). */
export function tlsFiles(c: DaemonConfig): TlsFiles {
  if (!c.tlsCert || !c.tlsKey || !c.tlsCa) throw new Error('TLS needs all of --tls-cert, --tls-key and --tls-ca');
  return {
    ca: readPem(c.tlsCa, 'CA certificate (--tls-ca)'),
    cert: readPem(c.tlsCert, 'certificate (--tls-cert)'),
    key: readPem(c.tlsKey, 'key (--tls-key)'),
  };
}

/** Server credentials: mTLS (client certificates required) or plaintext on loopback. */
export function serverCredentials(c: DaemonConfig): grpc.ServerCredentials {
  if (tlsEnabled(c)) {
    const f = tlsFiles(c);
    return grpc.ServerCredentials.createSsl(f.ca, [{ cert_chain: f.cert, private_key: f.key }], true);
  }
  // Plaintext (no certificates, no tokens: every local process is admin) only ever on loopback, --insecure or not.
  if (!isLoopback(c.listen)) {
    throw new Error(
      `refusing to serve plaintext on ${c.listen}: configure --tls-cert/--tls-key/--tls-ca, or listen on loopback`,
    );
  }
  return grpc.ServerCredentials.createInsecure();
}

/** Client credentials for calls to peers (the node's own certificate for mTLS). */
export function peerCredentials(c: DaemonConfig): grpc.ChannelCredentials {
  if (!tlsEnabled(c)) return grpc.credentials.createInsecure();
  quietIpServerNames();
  const f = tlsFiles(c);
  return grpc.credentials.createSsl(f.ca, f.key, f.cert);
}

let quieted = false;

/**
 * grpc-js passes the peer's address as the TLS server name, which Node flags (DEP0123) when it is an IP address;
 * the certificate is still checked against the IP SAN. Drop only that one warning from the daemon's log.
 */
function quietIpServerNames(): void {
  if (quieted) return;
  quieted = true;
  const emit = process.emitWarning.bind(process) as (...args: unknown[]) => void;
  process.emitWarning = ((warning: unknown, ...rest: unknown[]) => {
    const opts = rest[0];
    const code = typeof opts === 'object' && opts !== null ? (opts as { code?: string }).code : rest[1];
    if (code === 'DEP0123') return;
    emit(warning, ...rest);
  }) as typeof process.emitWarning;
}
