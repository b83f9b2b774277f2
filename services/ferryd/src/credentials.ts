// gRPC credentials of a node: mutual TLS when certificates are configured; plaintext only on loopback otherwise.
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

/** Server credentials: mTLS (client certificates required) or plaintext on loopback. */
export function serverCredentials(c: DaemonConfig): grpc.ServerCredentials {
  if (tlsEnabled(c)) {
    if (!c.tlsCert || !c.tlsKey || !c.tlsCa) throw new Error('TLS needs all of --tls-cert, --tls-key and --tls-ca');
    return grpc.ServerCredentials.createSsl(readFileSync(c.tlsCa), [{ cert_chain: readFileSync(c.tlsCert), private_key: readFileSync(c.tlsKey) }], true);
  }
  if (!isLoopback(c.listen) && !c.insecure) {
    throw new Error(`refusing to serve plaintext on ${c.listen}: configure --tls-cert/--tls-key/--tls-ca, or listen on loopback`);
  }
  return grpc.ServerCredentials.createInsecure();
}

/** Client credentials for calls to peers (the node's own certificate for mTLS). */
export function peerCredentials(c: DaemonConfig): grpc.ChannelCredentials {
  if (!tlsEnabled(c)) return grpc.credentials.createInsecure();
  return grpc.credentials.createSsl(readFileSync(c.tlsCa), readFileSync(c.tlsKey), readFileSync(c.tlsCert));
}
