// ferryd's configuration: flags, then FERRY_* environment variables, then an optional JSON config file, then defaults.
import { Command, InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { DEFAULT_CONTACT_TIMEOUT_MS, DEFAULT_LEASE_TTL_S, MIN_LEASE_TTL_S } from '@ferry/cluster';

/** The daemon's resolved configuration. */
export interface DaemonConfig {
  listen: string;
  data: string;
  nodeId: string;
  cluster: string;
  /** Role to take: on a fresh data directory always; on an existing one only when `roleExplicit`. */
  role: 'master' | 'replica';
  /** Whether the role was given (flag, environment or config file) rather than defaulted. */
  roleExplicit: boolean;
  /** Master address for a replica. */
  master: string;
  /** Address other nodes reach this one at (defaults to `listen`). */
  advertise: string;
  syncReplicas: number;
  syncTimeoutMs: number;
  nats: string;
  metrics: string;
  /** Serve the read-only web console on HOST:PORT (same TLS and token rules as the API off loopback). */
  web: string;
  tlsCert: string;
  tlsKey: string;
  tlsCa: string;
  /** Allow plaintext gRPC (loopback only). */
  insecure: boolean;
  clusterKeyFile: string;
  logLevel: string;
  /**
   * Operator override of the start-up check: a master starts accepting writes at once instead of first asking
   * its registered replicas whether a newer master exists (for when most of them are gone for good).
   */
  skipMasterCheck: boolean;
  /**
   * A confirmed master that has heard from fewer than a majority of its cluster for this long holds writes and
   * confirms its mastership again (0: never; `skipMasterCheck` also turns it off).
   */
  replicaContactTimeoutMs: number;
  /**
   * Automatic promotion on a NATS JetStream lease (needs `nats`): the master writes only while it holds the lease,
   * and a replica takes an expired lease and promotes itself.
   */
  autoPromote: boolean;
  /** The lease's ttl, seconds: renewed every third of it; a master that cannot renew stops writing before it ends. */
  leaseTtl: number;
  /** Largest lag (events) at which a replica takes the lease; -1: the `promote-max-lag` setting. */
  autoPromoteMaxLag: number;
  /** Stay attached to the terminal (systemd Type=simple, containers, npm start) instead of detaching once serving. */
  foreground: boolean;
}

const DEFAULTS: DaemonConfig = {
  listen: '127.0.0.1:50051',
  data: './data',
  nodeId: '',
  cluster: 'ferry',
  role: 'master',
  roleExplicit: false,
  master: '',
  advertise: '',
  syncReplicas: 0,
  syncTimeoutMs: 5_000,
  nats: '',
  metrics: '',
  web: '',
  tlsCert: '',
  tlsKey: '',
  tlsCa: '',
  insecure: false,
  clusterKeyFile: '',
  logLevel: 'info',
  foreground: false,
  skipMasterCheck: false,
  replicaContactTimeoutMs: DEFAULT_CONTACT_TIMEOUT_MS,
  autoPromote: false,
  leaseTtl: DEFAULT_LEASE_TTL_S,
  autoPromoteMaxLag: -1,
};

const ENV: Record<keyof DaemonConfig, string> = {
  listen: 'FERRY_LISTEN',
  data: 'FERRY_DATA',
  nodeId: 'FERRY_NODE_ID',
  cluster: 'FERRY_CLUSTER',
  role: 'FERRY_ROLE',
  roleExplicit: '',
  master: 'FERRY_MASTER',
  advertise: 'FERRY_ADVERTISE',
  syncReplicas: 'FERRY_SYNC_REPLICAS',
  syncTimeoutMs: 'FERRY_SYNC_TIMEOUT_MS',
  nats: 'FERRY_NATS',
  metrics: 'FERRY_METRICS',
  web: 'FERRY_WEB',
  tlsCert: 'FERRY_TLS_CERT',
  tlsKey: 'FERRY_TLS_KEY',
  tlsCa: 'FERRY_TLS_CA',
  insecure: 'FERRY_INSECURE',
  clusterKeyFile: 'FERRY_CLUSTER_KEY_FILE',
  logLevel: 'FERRY_LOG_LEVEL',
  foreground: 'FERRY_FOREGROUND',
  skipMasterCheck: 'FERRY_SKIP_MASTER_CHECK',
  replicaContactTimeoutMs: 'FERRY_REPLICA_CONTACT_TIMEOUT_MS',
  autoPromote: 'FERRY_AUTO_PROMOTE',
  leaseTtl: 'FERRY_LEASE_TTL',
  autoPromoteMaxLag: 'FERRY_AUTO_PROMOTE_MAX_LAG',
};

const int = (name: string) => (v: string) => {
  if (!/^\d+$/.test(v)) throw new InvalidArgumentError(`${name} must be a whole number`);
  return Number(v);
};

/** Parses argv (without node and script) and the environment into a config; throws a readable Error when wrong. */
export function parseConfig(argv: string[], env: NodeJS.ProcessEnv = process.env): DaemonConfig {
  const program = new Command('ferryd')
    .description(
      'Ferry daemon: a master or a read-only replica of the Ferry event log, with the ControlPlane gRPC API.',
    )
    .option('--config <file>', 'JSON config file with any of the options below (camelCase keys)')
    .option('--listen <addr>', `gRPC listen address (env FERRY_LISTEN, default ${DEFAULTS.listen})`)
    .option('--data <dir>', `data directory (env FERRY_DATA, default ${DEFAULTS.data})`)
    .option('--node-id <id>', 'node id (env FERRY_NODE_ID, default: the host name, persisted on first start)')
    .option('--cluster <name>', `cluster name (env FERRY_CLUSTER, default ${DEFAULTS.cluster})`)
    .addOption(
      new Option('--role <role>', 'role of a fresh data directory (env FERRY_ROLE)').choices(['master', 'replica']),
    )
    .option('--master <addr>', 'master address for a replica (env FERRY_MASTER)')
    .option('--advertise <addr>', 'address other nodes use to reach this one (env FERRY_ADVERTISE, default: --listen)')
    .option(
      '--sync-replicas <n>',
      'acknowledge a write only when N replicas have it durably (env FERRY_SYNC_REPLICAS)',
      int('--sync-replicas'),
    )
    .option(
      '--sync-timeout-ms <ms>',
      'how long a synchronous write waits for replicas (env FERRY_SYNC_TIMEOUT_MS)',
      int('--sync-timeout-ms'),
    )
    .option(
      '--nats <url>',
      'publish committed events to NATS; with --auto-promote also where the lease lives (env FERRY_NATS)',
    )
    .option(
      '--auto-promote',
      'promote automatically: the master writes only while it holds a lease in NATS JetStream KV; the most advanced replica takes an expired lease and promotes itself (needs --nats with JetStream; env FERRY_AUTO_PROMOTE=1)',
    )
    .option(
      '--lease-ttl <seconds>',
      `the lease ttl, renewed every third of it; a master that cannot renew stops writing a quarter of it before it expires (env FERRY_LEASE_TTL, default ${DEFAULT_LEASE_TTL_S}, at least ${MIN_LEASE_TTL_S}; the same on every node)`,
      int('--lease-ttl'),
    )
    .option(
      '--auto-promote-max-lag <events>',
      'a replica lagging more than this never takes the lease (env FERRY_AUTO_PROMOTE_MAX_LAG, default: the promote-max-lag setting, 1000)',
      int('--auto-promote-max-lag'),
    )
    .option('--metrics <addr>', 'serve Prometheus metrics on host:port (env FERRY_METRICS)')
    .option('--web <addr>', 'serve the read-only web console on host:port (env FERRY_WEB)')
    .option('--tls-cert <file>', 'server certificate, PEM (env FERRY_TLS_CERT)')
    .option('--tls-key <file>', 'server key, PEM (env FERRY_TLS_KEY)')
    .option('--tls-ca <file>', 'CA that signs client and peer certificates, PEM (env FERRY_TLS_CA)')
    .option('--insecure', 'allow plaintext gRPC without TLS (loopback addresses only; env FERRY_INSECURE=1)')
    .option(
      '--cluster-key-file <file>',
      'file holding the cluster key that seals secrets (env FERRY_CLUSTER_KEY_FILE, default DATA/cluster.key)',
    )
    .option('--log-level <level>', 'log level: trace, debug, info, warn, error (env FERRY_LOG_LEVEL)')
    .option(
      '--skip-master-check',
      'a master accepts writes at once, without first asking its registered replicas for a newer epoch (env FERRY_SKIP_MASTER_CHECK=1)',
    )
    .option(
      '--replica-contact-timeout-ms <ms>',
      `a master that hears from fewer than a majority of its cluster for this long holds writes and confirms it is still master (env FERRY_REPLICA_CONTACT_TIMEOUT_MS, default ${DEFAULT_CONTACT_TIMEOUT_MS}; 0: never)`,
      int('--replica-contact-timeout-ms'),
    )
    .option(
      '--foreground',
      'stay attached instead of detaching once serving, as sshd -D does (env FERRY_FOREGROUND=1); detached, the output goes to DATA/ferryd.log',
    )
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  program.parse(argv, { from: 'user' });
  const flags = program.opts<Partial<DaemonConfig> & { config?: string }>();

  const configFile = flags.config ?? env.FERRY_CONFIG;
  let fromFile: Partial<DaemonConfig> = {};
  if (configFile) {
    try {
      fromFile = JSON.parse(readFileSync(configFile, 'utf8')) as Partial<DaemonConfig>;
    } catch (err) {
      throw new Error(`cannot read config file ${configFile}: ${(err as Error).message}`);
    }
    const unknown = Object.keys(fromFile).filter((k) => !(k in DEFAULTS));
    if (unknown.length) throw new Error(`config file ${configFile}: unknown option(s) ${unknown.join(', ')}`);
  }

  const out = { ...DEFAULTS } as Record<string, unknown>;
  for (const key of Object.keys(DEFAULTS) as (keyof DaemonConfig)[]) {
    if (key === 'roleExplicit') continue;
    const fromEnv = env[ENV[key]];
    const value = flags[key] ?? (fromEnv !== undefined && fromEnv !== '' ? fromEnv : undefined) ?? fromFile[key];
    if (value === undefined) continue;
    const kind = typeof DEFAULTS[key];
    out[key] =
      kind === 'number'
        ? Number(value)
        : kind === 'boolean'
          ? value === true || value === '1' || value === 'true'
          : String(value);
    if (key === 'role') out.roleExplicit = true;
  }
  const config = out as unknown as DaemonConfig;
  if (config.role !== 'master' && config.role !== 'replica')
    throw new Error(`role must be master or replica (got "${config.role}")`);
  if (config.role === 'replica' && !config.master) throw new Error('a replica needs --master HOST:PORT');
  if (!/^[^\s:]+:\d+$/.test(config.listen))
    throw new Error(`listen address must be HOST:PORT (got "${config.listen}")`);
  if (Number.isNaN(config.syncReplicas) || config.syncReplicas < 0) throw new Error('sync-replicas must be 0 or more');
  if (config.autoPromote && !config.nats)
    throw new Error('--auto-promote needs --nats URL (a NATS server with JetStream holds the lease)');
  if (!Number.isInteger(config.leaseTtl) || config.leaseTtl < MIN_LEASE_TTL_S)
    throw new Error(
      `--lease-ttl must be a whole number of seconds, at least ${MIN_LEASE_TTL_S} (got "${config.leaseTtl}")`,
    );
  if (!Number.isInteger(config.autoPromoteMaxLag) || config.autoPromoteMaxLag < -1)
    throw new Error('--auto-promote-max-lag must be a whole number of events');
  config.data = resolve(config.data);
  config.nodeId ||= hostname();
  config.advertise ||= config.listen;
  return config;
}
