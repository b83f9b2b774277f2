// Wires a node: credentials, authorization, the ControlPlane and Replication services, and the duties of each role.
import type { Logger } from 'pino';
import { fetchHostKey } from '@ferry/hypervisors';
import type { DaemonConfig } from './config.js';
import { controlHandlers, registerControlPlane } from './control-service.js';
import { peerCredentials, serverCredentials, tlsEnabled } from './credentials.js';
import { FerryNode } from './node.js';
import { openAuthorizer, tokenAuthorizer, type Authorizer } from './auth.js';
import { Replication } from './replication/replication.js';
import { createTokenFn, ensureAdminToken } from './tokens.js';

/** A running daemon. */
export interface Daemon {
  node: FerryNode;
  stop(): Promise<void>;
}

/** Starts a node with every part wired. */
export async function startDaemon(config: DaemonConfig, logger: Logger): Promise<Daemon> {
  const peers = peerCredentials(config);
  let auth: Authorizer = openAuthorizer;
  const replication = new Replication(config, peers, logger);
  const node = await FerryNode.start(config, logger, {
    serverCredentials: serverCredentials(config),
    services: [
      (server, n) => {
        if (tlsEnabled(config)) auth = tokenAuthorizer(n.state);
        registerControlPlane(server, controlHandlers(n, {
          fetchHostKey: async (address, port) => (await fetchHostKey(address, port, 5_000)).fingerprint,
          replication: replication.controlOps(n),
          forceFailover: async () => { throw Object.assign(new Error('failover is not available yet'), { code: 'FAILED_PRECONDITION' }); },
          tokens: { create: createTokenFn(n) },
        }, { check: (md, p) => auth.check(md, p) }));
        replication.register(server, n);
      },
    ],
    masterDuties: [(n) => replication.startMasterDuty(n), ...(tlsEnabled(config) ? [(n: FerryNode) => ensureAdminToken(n)] : [])],
    replicaDuties: [(n) => replication.startFollower(n)],
  });
  return { node, stop: () => node.stop() };
}
