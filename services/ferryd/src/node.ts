// A Ferry node: the event log with the model's projection, the role state machine (master | replica | fenced),
// the gRPC server, and the duties each role runs. Writes go through `execute`, which only a master accepts.
import { mkdirSync } from 'node:fs';
import type { Logger } from 'pino';
import * as grpc from '@grpc/grpc-js';
import { startServer, type StartedServer } from '@ferry/api';
import type { EventLog, LogEvent } from '@ferry/log';
import { ClusterState, createProjection, type NewEvent } from '@ferry/model';
import type { DaemonConfig } from './config.js';
import { ReadOnlyError } from './errors.js';
import { LiveStatus } from './live-status.js';
import { MailStats } from './failover/mail-stats.js';
import { SecretBox } from './secrets.js';
import { watchStorage } from './storage-watch.js';
import { openNodeLog } from './open-log.js';

/** The roles a node can be in. `fenced`: a master that learned of a newer epoch and stopped writing. */
export type Role = 'master' | 'replica' | 'fenced';

/** A duty a role runs while it holds (collector, failover engine, replication follower, …). */
export interface Duty {
  stop(): Promise<void>;
}

/** Starts the duties of a role for a node. */
export type DutyFactory = (node: FerryNode) => Promise<Duty>;

/** Registers gRPC services on the node's server. */
export type ServiceRegistrar = (server: grpc.Server, node: FerryNode) => void;

/** What the node is wired with. */
export interface NodeWiring {
  services: ServiceRegistrar[];
  masterDuties: DutyFactory[];
  replicaDuties: DutyFactory[];
  serverCredentials: grpc.ServerCredentials;
}

/**
 * How often execute() re-decides after a version conflict. Each conflict means another write to that aggregate
 * committed, so N concurrent writers to one aggregate (say, a script setting four settings at once) need at most N
 * attempts; the bound only stops a decider that can never succeed.
 */
const VERSION_CONFLICT_RETRIES = 64;

/** One running node. */
export class FerryNode {
  readonly state: ClusterState;
  readonly live = new LiveStatus();
  readonly mailStats = new MailStats();
  private server?: StartedServer;
  private duties: Duty[] = [];
  private roleChange: Promise<void> = Promise.resolve();
  private unwatchStorage: () => void = () => {};
  /** Listeners told after every role change. */
  private readonly roleListeners = new Set<(role: Role) => void>();

  private constructor(
    readonly config: DaemonConfig,
    readonly log: EventLog,
    private box: SecretBox | undefined,
    readonly logger: Logger,
    private readonly wiring: NodeWiring,
    private currentRole: Role,
    private master: string,
    state: ClusterState,
  ) {
    this.state = state;
  }

  /** Opens the data directory, serves gRPC, and takes up the persisted (or configured) role. */
  static async start(config: DaemonConfig, logger: Logger, wiring: NodeWiring): Promise<FerryNode> {
    mkdirSync(config.data, { recursive: true, mode: 0o700 });
    const projection = createProjection();
    const log = await openNodeLog(`${config.data}/db`, projection, logger, config.roleExplicit ? config.role : undefined);
    try {
      const persisted = await log.getMeta('role');
      const fresh = persisted === undefined;
      if (!fresh && config.roleExplicit && persisted !== config.role) {
        // The operator switches the node (Cloudmin: "switch to replica of another system"); say so loudly.
        logger.warn({ persisted, role: config.role, master: config.master }, 'role given on the command line replaces the persisted role');
        await log.putMeta('role', config.role);
        await log.putMeta('master', config.role === 'master' ? config.advertise : config.master);
      }
      if (fresh) {
        await log.putMeta('nodeId', config.nodeId);
        await log.putMeta('cluster', config.cluster);
        await log.putMeta('role', config.role);
        await log.putMeta('master', config.role === 'master' ? config.advertise : config.master);
      }
      const role = (await log.getMeta('role')) as Role;
      // A replica restarted with a (new) --master follows it; the persisted address is only a default.
      const master = role === 'replica' && config.master ? config.master : ((await log.getMeta('master')) ?? '');
      // A replica without a key file receives the master's key when it first connects.
      const secrets = role === 'replica' ? SecretBox.loadIfPresent(config.data, config.clusterKeyFile) : SecretBox.load(config.data, config.clusterKeyFile, true);
      const node = new FerryNode(config, log, secrets, logger, wiring, role, master, projection.state);
      node.server = await startServer(config.listen, wiring.serverCredentials, (server) => wiring.services.forEach((r) => r(server, node)));
      node.unwatchStorage = watchStorage(log, logger, node.server.health);
      // Listening on port 0: peers must be told the port actually bound.
      if (/:0$/.test(config.advertise)) {
        config.advertise = config.advertise.replace(/:0$/, `:${node.server.port}`);
        if (role === 'master') await log.putMeta('master', config.advertise);
      }
      await node.enterRole(role, master);
      logger.info({ listen: config.listen, port: node.server.port, role, epoch: log.head().epoch, headSeq: log.head().seq }, 'ferryd serving');
      return node;
    } catch (err) {
      await log.close();
      throw err;
    }
  }

  /** The cluster key's seal/open box. */
  get secrets(): SecretBox {
    if (!this.box) throw new ReadOnlyError('this replica has not received the cluster key from its master yet');
    return this.box;
  }

  /** Whether the cluster key is present. */
  get hasSecrets(): boolean {
    return this.box !== undefined;
  }

  /** Installs the cluster key received from the master. */
  useSecrets(box: SecretBox): void {
    this.box = box;
  }

  /** Current role. */
  get role(): Role {
    return this.currentRole;
  }

  /** The master's address (this node's advertised address when it is master). */
  get masterAddress(): string {
    return this.currentRole === 'master' ? this.config.advertise : this.master;
  }

  /** The port the gRPC server is bound to. */
  get port(): number {
    return this.server?.port ?? 0;
  }

  /** Subscribes to role changes. */
  onRoleChange(listener: (role: Role) => void): () => void {
    this.roleListeners.add(listener);
    return () => this.roleListeners.delete(listener);
  }

  /**
   * Switches role: stops the current duties, runs `between` (e.g. starting a new epoch while nothing else
   * writes), persists the new role and master, starts the new duties. Role changes are serialized.
   */
  changeRole(role: Role, master: string, between?: () => Promise<void>): Promise<void> {
    this.roleChange = this.roleChange.then(async () => {
      await this.stopDuties();
      await between?.();
      await this.log.putMeta('role', role);
      await this.log.putMeta('master', role === 'master' ? this.config.advertise : master);
      await this.enterRole(role, master);
    });
    return this.roleChange;
  }

  /**
   * Stops writing at once (a newer epoch exists). When the newer master is known, the node rejoins it as a
   * replica (its divergent tail goes to quarantine); otherwise it stays fenced until told whom to follow.
   * Writes stop before this returns; the returned promise settles when the role change is done (it never rejects).
   */
  fence(reason: string, newMaster: string): Promise<void> {
    if (this.currentRole !== 'master') return Promise.resolve();
    this.logger.warn({ reason, newMaster }, 'fenced: this master stops writing');
    this.currentRole = 'fenced';
    this.master = newMaster;
    return this.changeRole(newMaster ? 'replica' : 'fenced', newMaster).catch((err: unknown) => this.logger.error({ err }, 'could not persist the fenced role'));
  }

  private async enterRole(role: Role, master: string): Promise<void> {
    this.currentRole = role;
    this.master = role === 'master' ? this.config.advertise : master;
    const factories = role === 'master' ? this.wiring.masterDuties : role === 'replica' ? this.wiring.replicaDuties : [];
    for (const start of factories) this.duties.push(await start(this));
    this.roleListeners.forEach((l) => l(role));
  }

  private async stopDuties(): Promise<void> {
    const duties = this.duties;
    this.duties = [];
    for (const d of duties.reverse()) await d.stop();
  }

  /** Refuses when this node may not write, naming where writes go. */
  assertWritable(): void {
    if (this.currentRole === 'replica') {
      throw new ReadOnlyError(`this node is a read-only replica; send writes to the master at ${this.master || '(unknown master)'}`);
    }
    if (this.currentRole === 'fenced') {
      throw new ReadOnlyError(`this node was master but a newer epoch exists; it no longer accepts writes (new master: ${this.master || 'unknown'})`);
    }
  }

  /**
   * Runs a decider against the current state and appends what it returns, re-deciding on a version conflict
   * (another write to the same aggregate got in first). Returns the committed events (none when nothing changes).
   */
  async execute(decide: (state: ClusterState) => NewEvent[], actor: string, correlation = ''): Promise<LogEvent[]> {
    for (let attempt = 1; ; attempt++) {
      this.assertWritable();
      const events = decide(this.state);
      if (events.length === 0) return [];
      try {
        return await this.appendAsMaster(events.map((e) => ({ ...e, actor: e.actor ?? actor, correlation: e.correlation ?? correlation })));
      } catch (err) {
        if ((err as { code?: string }).code !== 'VERSION_CONFLICT' || attempt >= VERSION_CONFLICT_RETRIES) throw err;
      }
    }
  }

  /** Appends events as master (no decider): used by the engines that record what they observed or did. */
  async appendAsMaster(events: NewEvent[]): Promise<LogEvent[]> {
    this.assertWritable();
    const committed = await this.log.append(events);
    await this.afterAppend(committed);
    return committed;
  }

  /** Hook for synchronous replication: resolves when enough replicas hold the events (set by the replication server). */
  afterAppend: (events: LogEvent[]) => Promise<void> = async () => {};

  /** Stops duties and the server, closes the log. */
  async stop(): Promise<void> {
    await this.roleChange.catch(() => undefined);
    await this.stopDuties();
    await this.server?.stop();
    this.unwatchStorage();
    await this.log.close();
  }
}
