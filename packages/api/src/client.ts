// Client helpers: a typed ControlPlaneService / ReplicationService client for an address, promise-returning calls, and the
// standard health check (grpc.health.v1).
import * as grpc from '@grpc/grpc-js';
import { service as healthService } from 'grpc-health-check';
import type { ControlPlaneServiceClient, ReplicationServiceClient } from '@ferry/contract';
import { contract } from './contract.js';
import { MAX_MESSAGE_BYTES } from './server.js';

const CHANNEL_OPTIONS: grpc.ChannelOptions = {
  'grpc.max_receive_message_length': MAX_MESSAGE_BYTES,
  'grpc.max_send_message_length': MAX_MESSAGE_BYTES,
  // Channelz bookkeeping costs CPU on every call and nothing reads it.
  'grpc.enable_channelz': 0,
};

/** A ControlPlaneService client for `address`. */
export function controlClient(
  address: string,
  credentials: grpc.ChannelCredentials,
  options: grpc.ChannelOptions = {},
): ControlPlaneServiceClient {
  return new (contract().ferry.v1.ControlPlaneService)(address, credentials, { ...CHANNEL_OPTIONS, ...options });
}

/** A ReplicationService client for `address`. */
export function replicationClient(
  address: string,
  credentials: grpc.ChannelCredentials,
  options: grpc.ChannelOptions = {},
): ReplicationServiceClient {
  return new (contract().ferry.v1.ReplicationService)(address, credentials, { ...CHANNEL_OPTIONS, ...options });
}

const HealthClient = grpc.makeGenericClientConstructor(healthService, 'Health');

/** A grpc.health.v1.Health client for `address` (`options.channelOverride` shares another client's channel). */
export function healthClient(
  address: string,
  credentials: grpc.ChannelCredentials,
  options: grpc.ClientOptions = {},
): grpc.Client {
  return new HealthClient(address, credentials, { ...CHANNEL_OPTIONS, ...options });
}

/**
 * grpc.health.v1 Check of `service` ('' is the whole server): `SERVING`, `NOT_SERVING` or `UNKNOWN`.
 * @throws the call's ServiceError (NOT_FOUND for a service the server does not know).
 */
export async function checkHealth(client: grpc.Client, service: string, opts: CallOptions = {}): Promise<string> {
  const check = (client as unknown as { Check: UnaryMethod }).Check;
  return (await call<{ status: string }>(client, check, { service }, opts)).status;
}

/** Options of one call. */
export interface CallOptions {
  /** Deadline in ms from now (default 30 s). */
  timeoutMs?: number;
  metadata?: grpc.Metadata;
}

// The generated client methods are overloaded, which defeats inference: callers name the answer type.
type UnaryMethod = (...args: never[]) => unknown;

/** Calls a unary method and returns its answer (of the type the caller names) as a promise. */
export function call<Res>(
  client: grpc.Client,
  method: UnaryMethod,
  request: object,
  opts: CallOptions = {},
): Promise<Res> {
  return new Promise((resolve, reject) => {
    const invoke = method as unknown as (
      req: object,
      md: grpc.Metadata,
      o: grpc.CallOptions,
      cb: (err: grpc.ServiceError | null, res?: Res) => void,
    ) => void;
    invoke.call(
      client,
      request,
      opts.metadata ?? new grpc.Metadata(),
      { deadline: Date.now() + (opts.timeoutMs ?? 30_000) },
      (err, res) => (err ? reject(err) : resolve(res as Res)),
    );
  });
}

/** Whether an error is a gRPC status error. */
export function isServiceError(err: unknown): err is grpc.ServiceError {
  return typeof (err as { code?: unknown })?.code === 'number' && 'details' in (err as object);
}
