// One gRPC connection to a Ferry node per invocation: credentials (insecure or TLS), the bearer token,
// per-call deadlines, and whether the channel ever connected (which tells "cannot reach" from "said no").
import { readFileSync } from 'node:fs';
import type { ControlPlaneServiceClient as ControlPlaneClient } from '@ferry/contract';
import { checkHealth, controlClient, grpc, healthClient } from '@ferry/api';
import { UsageError, withCallContext, type CallContext } from './errors.js';
import type { GlobalOptions } from './options.js';

/** Unary methods of the ControlPlaneService client (by their generated PascalCase names). */
export type UnaryName =
  | 'RegisterHost'
  | 'UpdateHost'
  | 'RemoveHost'
  | 'GetHost'
  | 'ListHosts'
  | 'TrustHostKey'
  | 'ConfirmDown'
  | 'ReleaseBrake'
  | 'GetSystem'
  | 'ListSystems'
  | 'UpdateSystem'
  | 'CreateGroup'
  | 'UpdateGroup'
  | 'DeleteGroup'
  | 'GetGroup'
  | 'ListGroups'
  | 'GetSetting'
  | 'SetSetting'
  | 'ListSettings'
  | 'CreateOwner'
  | 'UpdateOwner'
  | 'DeleteOwner'
  | 'ListOwners'
  | 'ForceFailover'
  | 'ListFailovers'
  | 'ReadEvents'
  | 'GetClusterStatus'
  | 'PromoteReplica'
  | 'AddReplica'
  | 'RemoveReplica'
  | 'ReplicationOff'
  | 'JoinMaster'
  | 'VerifyLog'
  | 'CreateToken'
  | 'ListTokens'
  | 'RevokeToken'
  | 'DrainHost'
  | 'UndrainHost'
  | 'MoveSystem'
  | 'AddRule'
  | 'ListRules'
  | 'RemoveRule';

/** Request type of a unary method (taken from its last overload `(argument, callback)`). */
export type RequestOf<K extends UnaryName> = ControlPlaneClient[K] extends (
  argument: infer A,
  callback: grpc.requestCallback<infer _R>,
) => grpc.ClientUnaryCall
  ? A
  : never;
/** Response type of a unary method. */
export type ResponseOf<K extends UnaryName> = ControlPlaneClient[K] extends (
  argument: infer _A,
  callback: grpc.requestCallback<infer R>,
) => grpc.ClientUnaryCall
  ? R
  : never;

/** Channel credentials for the global options: TLS when any of ca/cert/key is given, else insecure. */
export function credentialsFor(
  g: Pick<GlobalOptions, 'ca' | 'cert' | 'key'>,
  read: (path: string) => Buffer = readFileSync,
): grpc.ChannelCredentials {
  if (!g.ca && !g.cert && !g.key) return grpc.credentials.createInsecure();
  const load = (what: string, path: string | undefined): Buffer | null => {
    if (!path) return null;
    try {
      return read(path);
    } catch (e) {
      throw new UsageError(`cannot read --${what} ${path}: ${(e as Error).message}`);
    }
  };
  if (Boolean(g.cert) !== Boolean(g.key)) throw new UsageError('--cert and --key go together (mutual TLS needs both)');
  return grpc.credentials.createSsl(load('ca', g.ca), load('key', g.key), load('cert', g.cert));
}

/** Call metadata: `authorization: Bearer T` when a token is given. */
export function metadataFor(g: Pick<GlobalOptions, 'token'>): grpc.Metadata {
  const md = new grpc.Metadata();
  if (g.token) md.set('authorization', `Bearer ${g.token}`);
  return md;
}

/** A connection to one node: typed unary calls, server streams, and the connect state for error mapping. */
export class Connection implements CallContext {
  readonly client: ControlPlaneClient;
  everConnected = false;
  readonly tls: boolean;
  #closed = false;

  constructor(
    readonly address: string,
    private readonly globals: GlobalOptions,
  ) {
    this.client = controlClient(address, credentialsFor(globals));
    this.tls = Boolean(globals.ca || globals.cert || globals.key);
    this.#watch();
  }

  #watch(): void {
    const channel = this.client.getChannel();
    const step = (): void => {
      const state = channel.getConnectivityState(false);
      if (state === grpc.connectivityState.READY) this.everConnected = true;
      if (state === grpc.connectivityState.SHUTDOWN || this.#closed) return;
      channel.watchConnectivityState(state, Infinity, step);
    };
    step();
  }

  /** Calls a unary ControlPlaneService method with the token and the deadline (`timeoutMs` instead of --timeout when given). */
  unary<K extends UnaryName>(
    method: K,
    request: RequestOf<K>,
    timeoutMs = this.globals.timeoutMs,
  ): Promise<ResponseOf<K>> {
    return new Promise((resolve, reject) => {
      const fn = this.client[method] as unknown as (
        req: unknown,
        md: grpc.Metadata,
        opts: grpc.CallOptions,
        cb: (err: grpc.ServiceError | null, res?: unknown) => void,
      ) => grpc.ClientUnaryCall;
      fn.call(this.client, request, metadataFor(this.globals), { deadline: Date.now() + timeoutMs }, (err, res) =>
        err ? reject(withCallContext(err, this)) : resolve(res as ResponseOf<K>),
      );
    });
  }

  /** grpc.health.v1 Check of `service` ('' is the whole server), on this connection's channel. */
  async health(service: string): Promise<string> {
    const client = healthClient(this.address, credentialsFor(this.globals), {
      channelOverride: this.client.getChannel(),
    });
    try {
      return await checkHealth(client, service, {
        timeoutMs: this.globals.timeoutMs,
        metadata: metadataFor(this.globals),
      });
    } catch (err) {
      throw withCallContext(err, this);
    }
  }

  /** Metadata for streaming calls. */
  metadata(): grpc.Metadata {
    return metadataFor(this.globals);
  }

  /** Closes the channel. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.client.close();
  }
}

/** The entity a response message wraps (`GetHostResponse.host`); a node that left it out answered wrongly. */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`the node's answer carries no ${what}`);
  return value;
}
