// The contract of Ferry as TypeScript: where the .proto files are, the loader options every process must use,
// and the types generated from proto/ (by `pnpm gen:proto`; `pnpm check:proto` fails when they are stale).
import { fileURLToPath } from 'node:url';
import type { Options } from '@grpc/proto-loader';

/** Absolute path of the `proto/` directory (include root for `ferry/v1/*.proto`). */
export const PROTO_DIR = fileURLToPath(new URL('../../../../proto', import.meta.url));

/**
 * Absolute path of the contract's FileDescriptorSet, as protoc builds it from the .proto files (`buf build`, by
 * `pnpm gen:proto`): field names, file names, qualified types and proto3 `optional` exactly as written.
 */
export const DESCRIPTOR_SET_PATH = fileURLToPath(new URL('../../src/generated/ferry-v1.binpb', import.meta.url));

/** The proto files of the contract, relative to PROTO_DIR. */
export const PROTO_FILES = ['ferry/v1/events.proto', 'ferry/v1/control.proto', 'ferry/v1/replication.proto'];

/** proto-loader options matching the generated types (camelCase fields, numbers for 64-bit ints, defaults, oneof names). */
export const LOADER_OPTIONS: Options = {
  keepCase: false,
  longs: Number,
  enums: String,
  defaults: true,
  oneofs: true,
  includeDirs: [PROTO_DIR],
};

export * from './closed-sets.js';
export type * from './generated/ferry/v1/index.js';
export type { ProtoGrpcType as ControlProtoType } from './generated/control.js';
export type { ProtoGrpcType as ReplicationProtoType } from './generated/replication.js';
export type { FerryEvent, FerryEventBody, FerryEventType } from './event-vocabulary.js';
export type * from './log-port.js';
export * from './wire.js';
