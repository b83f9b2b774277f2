// Original file: proto/ferry/v1/replication.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ConfirmKeyRequestRequest as _ferry_v1_ConfirmKeyRequestRequest, ConfirmKeyRequestRequest__Output as _ferry_v1_ConfirmKeyRequestRequest__Output } from '../../ferry/v1/ConfirmKeyRequestRequest.js';
import type { ConfirmKeyRequestResponse as _ferry_v1_ConfirmKeyRequestResponse, ConfirmKeyRequestResponse__Output as _ferry_v1_ConfirmKeyRequestResponse__Output } from '../../ferry/v1/ConfirmKeyRequestResponse.js';
import type { DescribeRequest as _ferry_v1_DescribeRequest, DescribeRequest__Output as _ferry_v1_DescribeRequest__Output } from '../../ferry/v1/DescribeRequest.js';
import type { DescribeResponse as _ferry_v1_DescribeResponse, DescribeResponse__Output as _ferry_v1_DescribeResponse__Output } from '../../ferry/v1/DescribeResponse.js';
import type { FollowRequest as _ferry_v1_FollowRequest, FollowRequest__Output as _ferry_v1_FollowRequest__Output } from '../../ferry/v1/FollowRequest.js';
import type { FollowResponse as _ferry_v1_FollowResponse, FollowResponse__Output as _ferry_v1_FollowResponse__Output } from '../../ferry/v1/FollowResponse.js';
import type { GetClusterKeyRequest as _ferry_v1_GetClusterKeyRequest, GetClusterKeyRequest__Output as _ferry_v1_GetClusterKeyRequest__Output } from '../../ferry/v1/GetClusterKeyRequest.js';
import type { GetClusterKeyResponse as _ferry_v1_GetClusterKeyResponse, GetClusterKeyResponse__Output as _ferry_v1_GetClusterKeyResponse__Output } from '../../ferry/v1/GetClusterKeyResponse.js';
import type { GetEpochsRequest as _ferry_v1_GetEpochsRequest, GetEpochsRequest__Output as _ferry_v1_GetEpochsRequest__Output } from '../../ferry/v1/GetEpochsRequest.js';
import type { GetEpochsResponse as _ferry_v1_GetEpochsResponse, GetEpochsResponse__Output as _ferry_v1_GetEpochsResponse__Output } from '../../ferry/v1/GetEpochsResponse.js';
import type { GetHashesRequest as _ferry_v1_GetHashesRequest, GetHashesRequest__Output as _ferry_v1_GetHashesRequest__Output } from '../../ferry/v1/GetHashesRequest.js';
import type { GetHashesResponse as _ferry_v1_GetHashesResponse, GetHashesResponse__Output as _ferry_v1_GetHashesResponse__Output } from '../../ferry/v1/GetHashesResponse.js';
import type { StreamRequest as _ferry_v1_StreamRequest, StreamRequest__Output as _ferry_v1_StreamRequest__Output } from '../../ferry/v1/StreamRequest.js';
import type { StreamResponse as _ferry_v1_StreamResponse, StreamResponse__Output as _ferry_v1_StreamResponse__Output } from '../../ferry/v1/StreamResponse.js';

/**
 * Served by every node; the master serves Stream, every node answers Describe, Follow and the fork queries.
 */
export interface ReplicationServiceClient extends grpc.Client {
  /**
   * Whether this node is waiting for the answer to a GetClusterKey request carrying the nonce (the master's check).
   */
  ConfirmKeyRequest(argument: _ferry_v1_ConfirmKeyRequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ConfirmKeyRequestResponse__Output>): grpc.ClientUnaryCall;
  ConfirmKeyRequest(argument: _ferry_v1_ConfirmKeyRequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ConfirmKeyRequestResponse__Output>): grpc.ClientUnaryCall;
  ConfirmKeyRequest(argument: _ferry_v1_ConfirmKeyRequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ConfirmKeyRequestResponse__Output>): grpc.ClientUnaryCall;
  ConfirmKeyRequest(argument: _ferry_v1_ConfirmKeyRequestRequest, callback: grpc.requestCallback<_ferry_v1_ConfirmKeyRequestResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Whether this node is waiting for the answer to a GetClusterKey request carrying the nonce (the master's check).
   */
  confirmKeyRequest(argument: _ferry_v1_ConfirmKeyRequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ConfirmKeyRequestResponse__Output>): grpc.ClientUnaryCall;
  confirmKeyRequest(argument: _ferry_v1_ConfirmKeyRequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ConfirmKeyRequestResponse__Output>): grpc.ClientUnaryCall;
  confirmKeyRequest(argument: _ferry_v1_ConfirmKeyRequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ConfirmKeyRequestResponse__Output>): grpc.ClientUnaryCall;
  confirmKeyRequest(argument: _ferry_v1_ConfirmKeyRequestRequest, callback: grpc.requestCallback<_ferry_v1_ConfirmKeyRequestResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Who this node is: role, epoch, head.
   */
  Describe(argument: _ferry_v1_DescribeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_DescribeResponse__Output>): grpc.ClientUnaryCall;
  Describe(argument: _ferry_v1_DescribeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_DescribeResponse__Output>): grpc.ClientUnaryCall;
  Describe(argument: _ferry_v1_DescribeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_DescribeResponse__Output>): grpc.ClientUnaryCall;
  Describe(argument: _ferry_v1_DescribeRequest, callback: grpc.requestCallback<_ferry_v1_DescribeResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Who this node is: role, epoch, head.
   */
  describe(argument: _ferry_v1_DescribeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_DescribeResponse__Output>): grpc.ClientUnaryCall;
  describe(argument: _ferry_v1_DescribeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_DescribeResponse__Output>): grpc.ClientUnaryCall;
  describe(argument: _ferry_v1_DescribeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_DescribeResponse__Output>): grpc.ClientUnaryCall;
  describe(argument: _ferry_v1_DescribeRequest, callback: grpc.requestCallback<_ferry_v1_DescribeResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Tells a replica (or a stale master) to follow the master at an address with an epoch.
   */
  Follow(argument: _ferry_v1_FollowRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_FollowResponse__Output>): grpc.ClientUnaryCall;
  Follow(argument: _ferry_v1_FollowRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_FollowResponse__Output>): grpc.ClientUnaryCall;
  Follow(argument: _ferry_v1_FollowRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_FollowResponse__Output>): grpc.ClientUnaryCall;
  Follow(argument: _ferry_v1_FollowRequest, callback: grpc.requestCallback<_ferry_v1_FollowResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Tells a replica (or a stale master) to follow the master at an address with an epoch.
   */
  follow(argument: _ferry_v1_FollowRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_FollowResponse__Output>): grpc.ClientUnaryCall;
  follow(argument: _ferry_v1_FollowRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_FollowResponse__Output>): grpc.ClientUnaryCall;
  follow(argument: _ferry_v1_FollowRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_FollowResponse__Output>): grpc.ClientUnaryCall;
  follow(argument: _ferry_v1_FollowRequest, callback: grpc.requestCallback<_ferry_v1_FollowResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The cluster key, for a joining node (served by the master): over mutual TLS to a node certificate of this
   * cluster; on plaintext loopback only to a registered replica, which the master confirms by asking the replica
   * at its registered address (ConfirmKeyRequest) whether it sent this request's nonce.
   */
  GetClusterKey(argument: _ferry_v1_GetClusterKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GetClusterKeyResponse__Output>): grpc.ClientUnaryCall;
  GetClusterKey(argument: _ferry_v1_GetClusterKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_GetClusterKeyResponse__Output>): grpc.ClientUnaryCall;
  GetClusterKey(argument: _ferry_v1_GetClusterKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GetClusterKeyResponse__Output>): grpc.ClientUnaryCall;
  GetClusterKey(argument: _ferry_v1_GetClusterKeyRequest, callback: grpc.requestCallback<_ferry_v1_GetClusterKeyResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The cluster key, for a joining node (served by the master): over mutual TLS to a node certificate of this
   * cluster; on plaintext loopback only to a registered replica, which the master confirms by asking the replica
   * at its registered address (ConfirmKeyRequest) whether it sent this request's nonce.
   */
  getClusterKey(argument: _ferry_v1_GetClusterKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GetClusterKeyResponse__Output>): grpc.ClientUnaryCall;
  getClusterKey(argument: _ferry_v1_GetClusterKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_GetClusterKeyResponse__Output>): grpc.ClientUnaryCall;
  getClusterKey(argument: _ferry_v1_GetClusterKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GetClusterKeyResponse__Output>): grpc.ClientUnaryCall;
  getClusterKey(argument: _ferry_v1_GetClusterKeyRequest, callback: grpc.requestCallback<_ferry_v1_GetClusterKeyResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The epoch history of this node's log.
   */
  GetEpochs(argument: _ferry_v1_GetEpochsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GetEpochsResponse__Output>): grpc.ClientUnaryCall;
  GetEpochs(argument: _ferry_v1_GetEpochsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_GetEpochsResponse__Output>): grpc.ClientUnaryCall;
  GetEpochs(argument: _ferry_v1_GetEpochsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GetEpochsResponse__Output>): grpc.ClientUnaryCall;
  GetEpochs(argument: _ferry_v1_GetEpochsRequest, callback: grpc.requestCallback<_ferry_v1_GetEpochsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The epoch history of this node's log.
   */
  getEpochs(argument: _ferry_v1_GetEpochsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GetEpochsResponse__Output>): grpc.ClientUnaryCall;
  getEpochs(argument: _ferry_v1_GetEpochsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_GetEpochsResponse__Output>): grpc.ClientUnaryCall;
  getEpochs(argument: _ferry_v1_GetEpochsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GetEpochsResponse__Output>): grpc.ClientUnaryCall;
  getEpochs(argument: _ferry_v1_GetEpochsRequest, callback: grpc.requestCallback<_ferry_v1_GetEpochsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Hashes of the given seqs in this node's log (absent seqs are left out).
   */
  GetHashes(argument: _ferry_v1_GetHashesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GetHashesResponse__Output>): grpc.ClientUnaryCall;
  GetHashes(argument: _ferry_v1_GetHashesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_GetHashesResponse__Output>): grpc.ClientUnaryCall;
  GetHashes(argument: _ferry_v1_GetHashesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GetHashesResponse__Output>): grpc.ClientUnaryCall;
  GetHashes(argument: _ferry_v1_GetHashesRequest, callback: grpc.requestCallback<_ferry_v1_GetHashesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Hashes of the given seqs in this node's log (absent seqs are left out).
   */
  getHashes(argument: _ferry_v1_GetHashesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GetHashesResponse__Output>): grpc.ClientUnaryCall;
  getHashes(argument: _ferry_v1_GetHashesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_GetHashesResponse__Output>): grpc.ClientUnaryCall;
  getHashes(argument: _ferry_v1_GetHashesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GetHashesResponse__Output>): grpc.ClientUnaryCall;
  getHashes(argument: _ferry_v1_GetHashesRequest, callback: grpc.requestCallback<_ferry_v1_GetHashesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * One bidirectional stream per replica: Hello and acknowledgements up; batches and heartbeats down.
   */
  Stream(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_ferry_v1_StreamRequest, _ferry_v1_StreamResponse__Output>;
  Stream(options?: grpc.CallOptions): grpc.ClientDuplexStream<_ferry_v1_StreamRequest, _ferry_v1_StreamResponse__Output>;
  /**
   * One bidirectional stream per replica: Hello and acknowledgements up; batches and heartbeats down.
   */
  stream(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_ferry_v1_StreamRequest, _ferry_v1_StreamResponse__Output>;
  stream(options?: grpc.CallOptions): grpc.ClientDuplexStream<_ferry_v1_StreamRequest, _ferry_v1_StreamResponse__Output>;
  
}

/**
 * Served by every node; the master serves Stream, every node answers Describe, Follow and the fork queries.
 */
export interface ReplicationServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Whether this node is waiting for the answer to a GetClusterKey request carrying the nonce (the master's check).
   */
  ConfirmKeyRequest: grpc.handleUnaryCall<_ferry_v1_ConfirmKeyRequestRequest__Output, _ferry_v1_ConfirmKeyRequestResponse>;
  
  /**
   * Who this node is: role, epoch, head.
   */
  Describe: grpc.handleUnaryCall<_ferry_v1_DescribeRequest__Output, _ferry_v1_DescribeResponse>;
  
  /**
   * Tells a replica (or a stale master) to follow the master at an address with an epoch.
   */
  Follow: grpc.handleUnaryCall<_ferry_v1_FollowRequest__Output, _ferry_v1_FollowResponse>;
  
  /**
   * The cluster key, for a joining node (served by the master): over mutual TLS to a node certificate of this
   * cluster; on plaintext loopback only to a registered replica, which the master confirms by asking the replica
   * at its registered address (ConfirmKeyRequest) whether it sent this request's nonce.
   */
  GetClusterKey: grpc.handleUnaryCall<_ferry_v1_GetClusterKeyRequest__Output, _ferry_v1_GetClusterKeyResponse>;
  
  /**
   * The epoch history of this node's log.
   */
  GetEpochs: grpc.handleUnaryCall<_ferry_v1_GetEpochsRequest__Output, _ferry_v1_GetEpochsResponse>;
  
  /**
   * Hashes of the given seqs in this node's log (absent seqs are left out).
   */
  GetHashes: grpc.handleUnaryCall<_ferry_v1_GetHashesRequest__Output, _ferry_v1_GetHashesResponse>;
  
  /**
   * One bidirectional stream per replica: Hello and acknowledgements up; batches and heartbeats down.
   */
  Stream: grpc.handleBidiStreamingCall<_ferry_v1_StreamRequest__Output, _ferry_v1_StreamResponse>;
  
}

export interface ReplicationServiceDefinition extends grpc.ServiceDefinition {
  ConfirmKeyRequest: MethodDefinition<_ferry_v1_ConfirmKeyRequestRequest, _ferry_v1_ConfirmKeyRequestResponse, _ferry_v1_ConfirmKeyRequestRequest__Output, _ferry_v1_ConfirmKeyRequestResponse__Output>
  Describe: MethodDefinition<_ferry_v1_DescribeRequest, _ferry_v1_DescribeResponse, _ferry_v1_DescribeRequest__Output, _ferry_v1_DescribeResponse__Output>
  Follow: MethodDefinition<_ferry_v1_FollowRequest, _ferry_v1_FollowResponse, _ferry_v1_FollowRequest__Output, _ferry_v1_FollowResponse__Output>
  GetClusterKey: MethodDefinition<_ferry_v1_GetClusterKeyRequest, _ferry_v1_GetClusterKeyResponse, _ferry_v1_GetClusterKeyRequest__Output, _ferry_v1_GetClusterKeyResponse__Output>
  GetEpochs: MethodDefinition<_ferry_v1_GetEpochsRequest, _ferry_v1_GetEpochsResponse, _ferry_v1_GetEpochsRequest__Output, _ferry_v1_GetEpochsResponse__Output>
  GetHashes: MethodDefinition<_ferry_v1_GetHashesRequest, _ferry_v1_GetHashesResponse, _ferry_v1_GetHashesRequest__Output, _ferry_v1_GetHashesResponse__Output>
  Stream: MethodDefinition<_ferry_v1_StreamRequest, _ferry_v1_StreamResponse, _ferry_v1_StreamRequest__Output, _ferry_v1_StreamResponse__Output>
}
