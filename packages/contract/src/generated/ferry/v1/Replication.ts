// Original file: proto/ferry/v1/replication.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ClusterKey as _ferry_v1_ClusterKey, ClusterKey__Output as _ferry_v1_ClusterKey__Output } from '../../ferry/v1/ClusterKey.js';
import type { ClusterKeyRequest as _ferry_v1_ClusterKeyRequest, ClusterKeyRequest__Output as _ferry_v1_ClusterKeyRequest__Output } from '../../ferry/v1/ClusterKeyRequest.js';
import type { DescribeRequest as _ferry_v1_DescribeRequest, DescribeRequest__Output as _ferry_v1_DescribeRequest__Output } from '../../ferry/v1/DescribeRequest.js';
import type { EpochHistory as _ferry_v1_EpochHistory, EpochHistory__Output as _ferry_v1_EpochHistory__Output } from '../../ferry/v1/EpochHistory.js';
import type { FollowRequest as _ferry_v1_FollowRequest, FollowRequest__Output as _ferry_v1_FollowRequest__Output } from '../../ferry/v1/FollowRequest.js';
import type { GetHashesRequest as _ferry_v1_GetHashesRequest, GetHashesRequest__Output as _ferry_v1_GetHashesRequest__Output } from '../../ferry/v1/GetHashesRequest.js';
import type { HashList as _ferry_v1_HashList, HashList__Output as _ferry_v1_HashList__Output } from '../../ferry/v1/HashList.js';
import type { KeyRequestConfirmation as _ferry_v1_KeyRequestConfirmation, KeyRequestConfirmation__Output as _ferry_v1_KeyRequestConfirmation__Output } from '../../ferry/v1/KeyRequestConfirmation.js';
import type { MasterMessage as _ferry_v1_MasterMessage, MasterMessage__Output as _ferry_v1_MasterMessage__Output } from '../../ferry/v1/MasterMessage.js';
import type { NodeInfo as _ferry_v1_NodeInfo, NodeInfo__Output as _ferry_v1_NodeInfo__Output } from '../../ferry/v1/NodeInfo.js';
import type { ReplicaMessage as _ferry_v1_ReplicaMessage, ReplicaMessage__Output as _ferry_v1_ReplicaMessage__Output } from '../../ferry/v1/ReplicaMessage.js';

/**
 * Served by every node; the master serves Stream, every node answers Describe, Follow and the fork queries.
 */
export interface ReplicationClient extends grpc.Client {
  /**
   * Whether this node is waiting for the answer to a GetClusterKey request carrying the nonce (the master's check).
   */
  ConfirmKeyRequest(argument: _ferry_v1_ClusterKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_KeyRequestConfirmation__Output>): grpc.ClientUnaryCall;
  ConfirmKeyRequest(argument: _ferry_v1_ClusterKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_KeyRequestConfirmation__Output>): grpc.ClientUnaryCall;
  ConfirmKeyRequest(argument: _ferry_v1_ClusterKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_KeyRequestConfirmation__Output>): grpc.ClientUnaryCall;
  ConfirmKeyRequest(argument: _ferry_v1_ClusterKeyRequest, callback: grpc.requestCallback<_ferry_v1_KeyRequestConfirmation__Output>): grpc.ClientUnaryCall;
  /**
   * Whether this node is waiting for the answer to a GetClusterKey request carrying the nonce (the master's check).
   */
  confirmKeyRequest(argument: _ferry_v1_ClusterKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_KeyRequestConfirmation__Output>): grpc.ClientUnaryCall;
  confirmKeyRequest(argument: _ferry_v1_ClusterKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_KeyRequestConfirmation__Output>): grpc.ClientUnaryCall;
  confirmKeyRequest(argument: _ferry_v1_ClusterKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_KeyRequestConfirmation__Output>): grpc.ClientUnaryCall;
  confirmKeyRequest(argument: _ferry_v1_ClusterKeyRequest, callback: grpc.requestCallback<_ferry_v1_KeyRequestConfirmation__Output>): grpc.ClientUnaryCall;
  
  /**
   * Who this node is: role, epoch, head.
   */
  Describe(argument: _ferry_v1_DescribeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_NodeInfo__Output>): grpc.ClientUnaryCall;
  Describe(argument: _ferry_v1_DescribeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_NodeInfo__Output>): grpc.ClientUnaryCall;
  Describe(argument: _ferry_v1_DescribeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_NodeInfo__Output>): grpc.ClientUnaryCall;
  Describe(argument: _ferry_v1_DescribeRequest, callback: grpc.requestCallback<_ferry_v1_NodeInfo__Output>): grpc.ClientUnaryCall;
  /**
   * Who this node is: role, epoch, head.
   */
  describe(argument: _ferry_v1_DescribeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_NodeInfo__Output>): grpc.ClientUnaryCall;
  describe(argument: _ferry_v1_DescribeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_NodeInfo__Output>): grpc.ClientUnaryCall;
  describe(argument: _ferry_v1_DescribeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_NodeInfo__Output>): grpc.ClientUnaryCall;
  describe(argument: _ferry_v1_DescribeRequest, callback: grpc.requestCallback<_ferry_v1_NodeInfo__Output>): grpc.ClientUnaryCall;
  
  /**
   * Tells a replica (or a stale master) to follow the master at an address with an epoch.
   */
  Follow(argument: _ferry_v1_FollowRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_NodeInfo__Output>): grpc.ClientUnaryCall;
  Follow(argument: _ferry_v1_FollowRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_NodeInfo__Output>): grpc.ClientUnaryCall;
  Follow(argument: _ferry_v1_FollowRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_NodeInfo__Output>): grpc.ClientUnaryCall;
  Follow(argument: _ferry_v1_FollowRequest, callback: grpc.requestCallback<_ferry_v1_NodeInfo__Output>): grpc.ClientUnaryCall;
  /**
   * Tells a replica (or a stale master) to follow the master at an address with an epoch.
   */
  follow(argument: _ferry_v1_FollowRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_NodeInfo__Output>): grpc.ClientUnaryCall;
  follow(argument: _ferry_v1_FollowRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_NodeInfo__Output>): grpc.ClientUnaryCall;
  follow(argument: _ferry_v1_FollowRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_NodeInfo__Output>): grpc.ClientUnaryCall;
  follow(argument: _ferry_v1_FollowRequest, callback: grpc.requestCallback<_ferry_v1_NodeInfo__Output>): grpc.ClientUnaryCall;
  
  /**
   * The cluster key, for a joining node (served by the master): over mutual TLS to a node certificate of this
   * cluster; on plaintext loopback only to a registered replica, which the master confirms by asking the replica
   * at its registered address (ConfirmKeyRequest) whether it sent this request's nonce.
   */
  GetClusterKey(argument: _ferry_v1_ClusterKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ClusterKey__Output>): grpc.ClientUnaryCall;
  GetClusterKey(argument: _ferry_v1_ClusterKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ClusterKey__Output>): grpc.ClientUnaryCall;
  GetClusterKey(argument: _ferry_v1_ClusterKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ClusterKey__Output>): grpc.ClientUnaryCall;
  GetClusterKey(argument: _ferry_v1_ClusterKeyRequest, callback: grpc.requestCallback<_ferry_v1_ClusterKey__Output>): grpc.ClientUnaryCall;
  /**
   * The cluster key, for a joining node (served by the master): over mutual TLS to a node certificate of this
   * cluster; on plaintext loopback only to a registered replica, which the master confirms by asking the replica
   * at its registered address (ConfirmKeyRequest) whether it sent this request's nonce.
   */
  getClusterKey(argument: _ferry_v1_ClusterKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ClusterKey__Output>): grpc.ClientUnaryCall;
  getClusterKey(argument: _ferry_v1_ClusterKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ClusterKey__Output>): grpc.ClientUnaryCall;
  getClusterKey(argument: _ferry_v1_ClusterKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ClusterKey__Output>): grpc.ClientUnaryCall;
  getClusterKey(argument: _ferry_v1_ClusterKeyRequest, callback: grpc.requestCallback<_ferry_v1_ClusterKey__Output>): grpc.ClientUnaryCall;
  
  /**
   * The epoch history of this node's log.
   */
  GetEpochs(argument: _ferry_v1_DescribeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_EpochHistory__Output>): grpc.ClientUnaryCall;
  GetEpochs(argument: _ferry_v1_DescribeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_EpochHistory__Output>): grpc.ClientUnaryCall;
  GetEpochs(argument: _ferry_v1_DescribeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_EpochHistory__Output>): grpc.ClientUnaryCall;
  GetEpochs(argument: _ferry_v1_DescribeRequest, callback: grpc.requestCallback<_ferry_v1_EpochHistory__Output>): grpc.ClientUnaryCall;
  /**
   * The epoch history of this node's log.
   */
  getEpochs(argument: _ferry_v1_DescribeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_EpochHistory__Output>): grpc.ClientUnaryCall;
  getEpochs(argument: _ferry_v1_DescribeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_EpochHistory__Output>): grpc.ClientUnaryCall;
  getEpochs(argument: _ferry_v1_DescribeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_EpochHistory__Output>): grpc.ClientUnaryCall;
  getEpochs(argument: _ferry_v1_DescribeRequest, callback: grpc.requestCallback<_ferry_v1_EpochHistory__Output>): grpc.ClientUnaryCall;
  
  /**
   * Hashes of the given seqs in this node's log (absent seqs are left out).
   */
  GetHashes(argument: _ferry_v1_GetHashesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_HashList__Output>): grpc.ClientUnaryCall;
  GetHashes(argument: _ferry_v1_GetHashesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_HashList__Output>): grpc.ClientUnaryCall;
  GetHashes(argument: _ferry_v1_GetHashesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_HashList__Output>): grpc.ClientUnaryCall;
  GetHashes(argument: _ferry_v1_GetHashesRequest, callback: grpc.requestCallback<_ferry_v1_HashList__Output>): grpc.ClientUnaryCall;
  /**
   * Hashes of the given seqs in this node's log (absent seqs are left out).
   */
  getHashes(argument: _ferry_v1_GetHashesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_HashList__Output>): grpc.ClientUnaryCall;
  getHashes(argument: _ferry_v1_GetHashesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_HashList__Output>): grpc.ClientUnaryCall;
  getHashes(argument: _ferry_v1_GetHashesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_HashList__Output>): grpc.ClientUnaryCall;
  getHashes(argument: _ferry_v1_GetHashesRequest, callback: grpc.requestCallback<_ferry_v1_HashList__Output>): grpc.ClientUnaryCall;
  
  /**
   * One bidirectional stream per replica: Hello and acknowledgements up; batches and heartbeats down.
   */
  Stream(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_ferry_v1_ReplicaMessage, _ferry_v1_MasterMessage__Output>;
  Stream(options?: grpc.CallOptions): grpc.ClientDuplexStream<_ferry_v1_ReplicaMessage, _ferry_v1_MasterMessage__Output>;
  /**
   * One bidirectional stream per replica: Hello and acknowledgements up; batches and heartbeats down.
   */
  stream(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_ferry_v1_ReplicaMessage, _ferry_v1_MasterMessage__Output>;
  stream(options?: grpc.CallOptions): grpc.ClientDuplexStream<_ferry_v1_ReplicaMessage, _ferry_v1_MasterMessage__Output>;
  
}

/**
 * Served by every node; the master serves Stream, every node answers Describe, Follow and the fork queries.
 */
export interface ReplicationHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Whether this node is waiting for the answer to a GetClusterKey request carrying the nonce (the master's check).
   */
  ConfirmKeyRequest: grpc.handleUnaryCall<_ferry_v1_ClusterKeyRequest__Output, _ferry_v1_KeyRequestConfirmation>;
  
  /**
   * Who this node is: role, epoch, head.
   */
  Describe: grpc.handleUnaryCall<_ferry_v1_DescribeRequest__Output, _ferry_v1_NodeInfo>;
  
  /**
   * Tells a replica (or a stale master) to follow the master at an address with an epoch.
   */
  Follow: grpc.handleUnaryCall<_ferry_v1_FollowRequest__Output, _ferry_v1_NodeInfo>;
  
  /**
   * The cluster key, for a joining node (served by the master): over mutual TLS to a node certificate of this
   * cluster; on plaintext loopback only to a registered replica, which the master confirms by asking the replica
   * at its registered address (ConfirmKeyRequest) whether it sent this request's nonce.
   */
  GetClusterKey: grpc.handleUnaryCall<_ferry_v1_ClusterKeyRequest__Output, _ferry_v1_ClusterKey>;
  
  /**
   * The epoch history of this node's log.
   */
  GetEpochs: grpc.handleUnaryCall<_ferry_v1_DescribeRequest__Output, _ferry_v1_EpochHistory>;
  
  /**
   * Hashes of the given seqs in this node's log (absent seqs are left out).
   */
  GetHashes: grpc.handleUnaryCall<_ferry_v1_GetHashesRequest__Output, _ferry_v1_HashList>;
  
  /**
   * One bidirectional stream per replica: Hello and acknowledgements up; batches and heartbeats down.
   */
  Stream: grpc.handleBidiStreamingCall<_ferry_v1_ReplicaMessage__Output, _ferry_v1_MasterMessage>;
  
}

export interface ReplicationDefinition extends grpc.ServiceDefinition {
  ConfirmKeyRequest: MethodDefinition<_ferry_v1_ClusterKeyRequest, _ferry_v1_KeyRequestConfirmation, _ferry_v1_ClusterKeyRequest__Output, _ferry_v1_KeyRequestConfirmation__Output>
  Describe: MethodDefinition<_ferry_v1_DescribeRequest, _ferry_v1_NodeInfo, _ferry_v1_DescribeRequest__Output, _ferry_v1_NodeInfo__Output>
  Follow: MethodDefinition<_ferry_v1_FollowRequest, _ferry_v1_NodeInfo, _ferry_v1_FollowRequest__Output, _ferry_v1_NodeInfo__Output>
  GetClusterKey: MethodDefinition<_ferry_v1_ClusterKeyRequest, _ferry_v1_ClusterKey, _ferry_v1_ClusterKeyRequest__Output, _ferry_v1_ClusterKey__Output>
  GetEpochs: MethodDefinition<_ferry_v1_DescribeRequest, _ferry_v1_EpochHistory, _ferry_v1_DescribeRequest__Output, _ferry_v1_EpochHistory__Output>
  GetHashes: MethodDefinition<_ferry_v1_GetHashesRequest, _ferry_v1_HashList, _ferry_v1_GetHashesRequest__Output, _ferry_v1_HashList__Output>
  Stream: MethodDefinition<_ferry_v1_ReplicaMessage, _ferry_v1_MasterMessage, _ferry_v1_ReplicaMessage__Output, _ferry_v1_MasterMessage__Output>
}
