// A Ferry node: the event log with the model's projection, the role state machine (master | replica | fenced),
// the gRPC server, and the duties each role runs. Writes go through `execute`, which only a master accepts.
import { mkdirSync } from 'node:fs';
import type { Logger } from 'pino';
import type * as grpc from '@grpc/grpc-js';
import { startServer, type StartedServer } from '@ferry/api';
import { startRole, type MastershipVerdict, type PeerView, type Role } from '@ferry/cluster';
import type { EventLog, LogEvent } from '@ferry/log';
import { type ClusterState, createProjection, type NewEvent } from '@ferry/model';
import type { DaemonConfig } from './config.js';
import { MasterUnconfirmedError, ReadOnlyError } from './errors.js';
import { LiveStatus } from './live-status.js';
import { MailStats } from './failover/mail-stats.js';
import { SecretBox } from './secrets.js';
import { watchStorage } from './storage-watch.js';
import { openNodeLog } from './open-log.js';
import { requestCorrelation } from './recent-requests.js';

export type { Role };

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
  /** What the peer at `address` says about itself; undefined when it does not answer. */
  describePeer(address: string): Promise<PeerView | undefined>;
  /**
   * Confirms that this node, taking up the master role, is still master (see @ferry/cluster's judgeMastership):
   * resolves `confirmed` or `newer`, or undefined once `cancelled()` turns true. `progress` says what it waits for.
   */
  confirmMaster(
    node: FerryNode,
    cancelled: () => boolean,
    progress: (text: string) => void,
    afterContactLoss: boolean,
  ): Promise<Exclude<MastershipVerdict, { kind: 'waiting' }> | undefined>;
  /** Why a master may not write under the lease rule (ferryd --auto-promote) now; undefined when it may or there is no lease. */
  leaseGuard?(): string | undefined;
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
  /** Set while a master confirms it still is one: writes are refused with this reason. */
  private writeHold: string | undefined;
  /** Counts role entries, so a confirmation that outlived its role entry does nothing. */
  private generation = 0;
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
    const log = await openNodeLog(
      `${config.data}/db`,
      projection,
      logger,
      config.roleExplicit ? config.role : undefined,
    );
    try {
      const persisted = (await log.meta.get('role')) as Role | undefined;
      const fresh = persisted === undefined;
      const demoting = persisted === 'master' && config.roleExplicit && config.role === 'replica';
      const decided = startRole({
        persisted,
        requested: config.role,
        explicit: config.roleExplicit,
        epoch: log.knownMaxEpoch,
        requestedMaster: config.master,
        target: demoting && config.master ? await wiring.describePeer(config.master) : undefined,
      });
      if (decided.warning !== undefined) {
        // The command line would leave the cluster without a master (or with two): refuse it, loudly.
        logger.error(
          { persisted, role: config.role, master: config.master, epoch: log.knownMaxEpoch },
          decided.warning,
        );
        process.stderr.write(`ferryd: ${decided.warning}\n`);
      } else if (decided.switched) {
        // The operator switches the node (Cloudmin: "switch to replica of another system"); say so loudly.
        logger.warn(
          { persisted, role: config.role, master: config.master },
          'role given on the command line replaces the persisted role',
        );
        await log.meta.put('role', config.role);
        await log.meta.put('master', config.role === 'master' ? config.advertise : config.master);
      }
      if (fresh) {
        await log.meta.put('nodeId', config.nodeId);
        await log.meta.put('cluster', config.cluster);
        await log.meta.put('role', config.role);
        await log.meta.put('master', config.role === 'master' ? config.advertise : config.master);
      }
      const role = (await log.meta.get('role')) as Role;
      // A replica restarted with a (new) --master follows it; the persisted address is only a default.
      const master = role === 'replica' && config.master ? config.master : ((await log.meta.get('master')) ?? '');
      // A replica without a key file receives the master's key when it first connects.
      const secrets =
        role === 'replica'
          ? SecretBox.loadIfPresent(config.data, config.clusterKeyFile)
          : SecretBox.load(config.data, config.clusterKeyFile, true);
      const node = new FerryNode(config, log, secrets, logger, wiring, role, master, projection.state);
      node.server = await startServer(config.listen, wiring.serverCredentials, (server) =>
        wiring.services.forEach((r) => {
          r(server, node);
        }),
      );
      node.unwatchStorage = watchStorage(log, logger, node.server.health);
      // Listening on port 0: peers must be told the port actually bound.
      if (/:0$/.test(config.advertise)) {
        config.advertise = config.advertise.replace(/:0$/, `:${node.server.port}`);
        if (role === 'master') await log.meta.put('master', config.advertise);
      }
      await node.enterRole(role, master, false);
      logger.info(
        { listen: config.listen, port: node.server.port, role, epoch: log.head().epoch, headSeq: log.head().seq },
        'ferryd serving',
      );
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
      await this.log.meta.put('role', role);
      await this.log.meta.put('master', role === 'master' ? this.config.advertise : master);
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
    return this.changeRole(newMaster ? 'replica' : 'fenced', newMaster).catch((err: unknown) =>
      this.logger.error({ err }, 'could not persist the fenced role'),
    );
  }

  /**
   * Takes up `role`. A master that is not `confirmed` (one that starts; not one that just began a new epoch by
   * a promotion) holds writes and starts its duties only once its replicas confirm no newer master exists.
   */
  private async enterRole(role: Role, master: string, confirmed = true, lostContact?: string): Promise<void> {
    this.currentRole = role;
    this.master = role === 'master' ? this.config.advertise : master;
    const generation = ++this.generation;
    this.writeHold = undefined;
    if (role === 'master' && !confirmed) {
      this.writeHold = `${lostContact ?? 'this node has just taken up the master role'} and is confirming with its registered replicas that no newer master exists`;
      void this.confirmThenServe(generation, lostContact !== undefined);
      return;
    }
    await this.startDuties(role);
  }

  /**
   * A confirmed master that lost contact with its cluster (see @ferry/cluster's judgeContact) holds writes at once,
   * stops its duties and confirms its mastership again, exactly as at start. Does nothing unless writes flow.
   */
  holdAndReconfirm(why: string): void {
    if (this.currentRole !== 'master' || this.writeHold !== undefined) return;
    this.writeHold = `${why} and is confirming with its registered replicas that no newer master exists`;
    this.logger.warn({ reason: why }, 'writes held: this master confirms again that no newer master exists');
    this.roleChange = this.roleChange
      .then(async () => {
        if (this.currentRole !== 'master') return;
        await this.stopDuties();
        if (this.currentRole === 'master') await this.enterRole('master', '', false, why);
      })
      .catch((err: unknown) => this.logger.error({ err }, 'holding writes to confirm the master role failed'));
  }

  private leaseLost(): string | undefined {
    const refusal = this.wiring.leaseGuard?.();
    return refusal === undefined ? undefined : `lease: ${refusal}`;
  }

  /** Set by the master's replication duty: says why this master must hold writes now, if it must. */
  contactGuard: () => string | undefined = () => undefined;

  private async confirmThenServe(generation: number, afterContactLoss: boolean): Promise<void> {
    const current = () => generation === this.generation && this.currentRole === 'master';
    const base = this.writeHold;
    let verdict: Awaited<ReturnType<NodeWiring['confirmMaster']>>;
    try {
      verdict = await this.wiring.confirmMaster(
        this,
        () => !current(),
        (text) => {
          if (current()) this.writeHold = `${base}: ${text}`;
        },
        afterContactLoss,
      );
    } catch (err) {
      this.logger.error({ err }, 'confirming the master role failed; writes stay refused');
      return;
    }
    if (verdict === undefined || !current()) return;
    if (verdict.kind === 'newer') {
      const reason = `${verdict.from} knows epoch ${verdict.epoch}, above this node's ${this.log.knownMaxEpoch}`;
      this.logger.warn(
        { epoch: verdict.epoch, from: verdict.from, master: verdict.master },
        'a newer master exists: this node does not take up the master role',
      );
      await this.log
        .observeEpoch(verdict.epoch)
        .catch((err: unknown) => this.logger.error({ err }, 'could not record the newer epoch'));
      void this.fence(reason, verdict.master);
      return;
    }
    this.roleChange = this.roleChange
      .then(async () => {
        if (!current()) return;
        this.writeHold = undefined;
        this.logger.info(
          { answered: verdict.answered, registered: verdict.of, epoch: this.log.knownMaxEpoch },
          'master role confirmed: writes accepted',
        );
        await this.startDuties('master');
      })
      .catch((err: unknown) => this.logger.error({ err }, 'starting the master duties failed'));
  }

  private async startDuties(role: Role): Promise<void> {
    const factories =
      role === 'master' ? this.wiring.masterDuties : role === 'replica' ? this.wiring.replicaDuties : [];
    for (const start of factories) this.duties.push(await start(this));
    this.roleListeners.forEach((l) => {
      l(role);
    });
  }

  private async stopDuties(): Promise<void> {
    const duties = this.duties;
    this.duties = [];
    for (const d of duties.reverse()) await d.stop();
  }

  /** `ok` when this node accepts writes now, else why not (what assertWritable would answer). */
  writesText(): string {
    try {
      this.assertWritable();
      return 'ok';
    } catch (err) {
      return (err as Error).message;
    }
  }

  /** Refuses when this node may not write, naming where writes go. */
  assertWritable(): void {
    if (this.currentRole === 'master' && this.writeHold === undefined) {
      // Checked on every write, not only by the duty's timer: a master resumed after a freeze must not write first.
      const lost = this.contactGuard() ?? this.leaseLost();
      if (lost !== undefined) this.holdAndReconfirm(lost);
    }
    if (this.currentRole === 'master' && this.writeHold !== undefined) throw new MasterUnconfirmedError(this.writeHold);
    if (this.currentRole === 'replica') {
      throw new ReadOnlyError(
        `this node is a read-only replica; send writes to the master at ${this.master || '(unknown master)'}`,
      );
    }
    if (this.currentRole === 'fenced') {
      throw new ReadOnlyError(
        `this node was master but a newer epoch exists; it no longer accepts writes (new master: ${this.master || 'unknown'})`,
      );
    }
  }

  /**
   * Runs a decider against the current state and appends what it returns, re-deciding on a version conflict
   * (another write to the same aggregate got in first). Returns the committed events (none when nothing changes).
   * The events' correlation defaults to that of the running API write (`request:ID` when it carries a request id).
   */
  async execute(
    decide: (state: ClusterState) => NewEvent[],
    actor: string,
    correlation = requestCorrelation.getStore() ?? '',
  ): Promise<LogEvent[]> {
    for (let attempt = 1; ; attempt++) {
      this.assertWritable();
      const events = decide(this.state);
      if (events.length === 0) return [];
      try {
        return await this.appendAsMaster(
          events.map((e) => ({ ...e, actor: e.actor ?? actor, correlation: e.correlation ?? correlation })),
        );
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
    this.generation++;
    await this.roleChange.catch(() => undefined);
    await this.stopDuties();
    await this.server?.stop();
    this.unwatchStorage();
    await this.log.close();
  }
}
