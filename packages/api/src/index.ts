// Ferry's gRPC edge: the loaded contract, server and client helpers, event conversion, and error -> status mapping.
export * from './contract.js';
export * from './errors.js';
export * from './events.js';
export * from './request-decoding.js';
export * from './server.js';
export * from './client.js';
export * as grpc from '@grpc/grpc-js';
export { durationMs, ENUM_PREFIX, enumName, enumText, fromTimestamp, toDuration, toTimestamp } from '@ferry/contract';
