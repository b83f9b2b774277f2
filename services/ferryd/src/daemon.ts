// Wires a node: credentials, authorization, the ControlPlane and Replication services, and the duties of each
// role (master: replication tracking, failover engine, status collection; replica: following the master).
import type { Logger } from 'pino';
import { fetchHostKey, SshPool } from '@ferry/hypervisors';
import type { DaemonConfig } from './config.js';
import { controlHandlers, registerControlPlane } from './control-service.js';
import { peerCredentials, serverCredentials, tlsEnabled } from './credentials.js';
import { FerryNode } from './node.js';
import { openAuthorizer, tokenAuthorizer, type Authorizer } from './auth.js';
import { Replication } from './replication/replication.js';
import { createTokenFn, ensureAdminToken } from './tokens.js';
import { HostAccess } from './hosts/host-access.js';
import { Collector } from './hosts/collector.js';
import { checkHost } from './hosts/check-host.js';
import { FailoverDuty } from './failover/failover-duty.js';
import { failoverOperator } from './failover/operator.js';
import { plannedOperator } from './failover/planned-operator.js';
import { NatsBridge } from './bus/nats-bridge.js';
import { LeaseKeeper } from './lease/lease-keeper.js';
import { startMetrics } from './metrics/start-metrics.js';
import { startWeb } from './web/start-web.js';

/** A running daemon. */
export interface Daemon {
  node: FerryNode;
  stop(): Promise<void>;
}

/** Starts a node with every part wired. */
export async function startDaemon(config: DaemonConfig, logger: Logger): Promise<Daemon> {
  const peers = peerCredentials(config);
  const pool = await SshPool.start({
    connectTimeoutMs: 3_000,
    readyTimeoutMs: 3_000,
    keepaliveIntervalMs: 1_000,
    keepaliveCountMax: 3,
    backoffMaxMs: 2_000,
  });
  let auth: Authorizer = openAuthorizer;
  let failover: FailoverDuty | undefined;
  let access: HostAccess | undefined;
  const lease = config.autoPromote ? LeaseKeeper.start(config, logger) : undefined;
  const replication = new Replication(config, peers, logger, lease);
  const nats = config.nats ? new NatsBridge(config.nats) : undefined;
  const node = await FerryNode.start(config, logger, {
    serverCredentials: serverCredentials(config),
    describePeer: (address) => replication.describePeer(address),
    // With --auto-promote a confirmed master also needs the lease before it writes.
    confirmMaster: async (n, cancelled, progress, afterContactLoss) => {
      const verdict = await replication.confirmMaster(n, cancelled, progress, afterContactLoss);
      return lease && verdict?.kind === 'confirmed' ? lease.acquire(n, cancelled, progress) : verdict;
    },
    ...(lease ? { leaseGuard: () => lease.writeRefusal() } : {}),
    services: [
      (server, n) => {
        if (tlsEnabled(config)) auth = tokenAuthorizer(n.state);
        access = new HostAccess(pool, () => n.secrets);
        const operator = failoverOperator(n, () => failover);
        const planned = plannedOperator(n, () => failover);
        registerControlPlane(
          server,
          controlHandlers(
            n,
            {
              fetchHostKey: async (address, port) => (await fetchHostKey(address, port, 5_000)).fingerprint,
              checkHost: (spec) => checkHost(access!, spec),
              replication: replication.controlOps(n),
              forceFailover: operator.forceFailover,
              confirmDown: operator.confirmDown,
              releaseBrake: operator.releaseBrake,
              planned,
              tokens: { create: createTokenFn(n) },
            },
            { check: (md, p, rpc) => auth.check(md, p, rpc) },
          ),
        );
        replication.register(server, n);
      },
    ],
    masterDuties: [
      // First: renewing the lease must not wait for the other duties to start.
      ...(lease ? [(n: FerryNode) => lease.masterDuty(n)] : []),
      (n) => replication.startMasterDuty(n),
      ...(tlsEnabled(config) ? [(n: FerryNode) => ensureAdminToken(n)] : []),
      async (n) => {
        const duty = await FailoverDuty.start(n, access!);
        failover = duty;
        return {
          stop: async () => {
            failover = undefined;
            await duty.stop();
          },
        };
      },
      async (n) => Collector.start(n, access!, async (h) => (failover ? failover.hostReturned(h.spec.name) : true)),
      ...(nats ? [(n: FerryNode) => nats.masterDuty(n)] : []),
    ],
    replicaDuties: [
      (n) => replication.startFollower(n),
      ...(nats ? [(n: FerryNode) => nats.replicaDuty(n)] : []),
      ...(lease
        ? [
            (n: FerryNode) =>
              lease.replicaDuty(n, {
                follower: () => replication.followerStatus,
                describe: (a) => replication.describePeer(a, 1_000),
                promote: () => replication.autoPromote(n),
              }),
          ]
        : []),
    ],
  });
  let metrics: Awaited<ReturnType<typeof startMetrics>> | undefined;
  let web: Awaited<ReturnType<typeof startWeb>> | undefined;
  const status = () => replication.controlOps(node).status();
  try {
    if (config.metrics) {
      metrics = await startMetrics(config.metrics, node, {
        status,
        ...(nats ? { natsPublishedSeq: () => nats.publishedSeq } : {}),
        ...(lease ? { lease: () => lease.counts } : {}),
      });
    }
    if (config.web) web = await startWeb(config.web, node, status);
  } catch (err) {
    await metrics?.stop();
    await node.stop();
    await lease?.stop();
    await pool.close();
    throw err;
  }
  return {
    node,
    stop: async () => {
      await web?.stop();
      await metrics?.stop();
      await node.stop();
      await lease?.stop();
      await pool.close();
    },
  };
}
