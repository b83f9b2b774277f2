// The rule every HTTP endpoint of a node follows (metrics, web console), as the gRPC API does: on loopback plain
// HTTP for a local reader; off loopback HTTPS to clients with a certificate the cluster CA signed and a bearer token
// allowed to read, and refused at start on a node without TLS.
import * as grpc from '@grpc/grpc-js';
import { tokenAuthorizer } from '../auth.js';
import { isLoopback, tlsEnabled, tlsFiles } from '../credentials.js';
import type { FerryNode } from '../node.js';
import type { HttpGuard } from './http-endpoint.js';

/** The guard of `what` at `addr` (undefined: plain HTTP on loopback). */
export function httpGuard(addr: string, node: FerryNode, what: string): HttpGuard | undefined {
  if (isLoopback(addr)) return undefined;
  if (!tlsEnabled(node.config)) {
    throw new Error(
      `refusing to serve ${what} in plaintext on ${addr}: configure --tls-cert/--tls-key/--tls-ca (requests then need a client certificate and a token), or use a loopback address`,
    );
  }
  const auth = tokenAuthorizer(node.state);
  return {
    tls: tlsFiles(node.config),
    allows: (authorization) => {
      const md = new grpc.Metadata();
      if (authorization !== undefined) md.set('authorization', authorization);
      try {
        auth.check(md, 'read', what);
        return true;
      } catch {
        return false;
      }
    },
  };
}
