import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Ack as _ferry_v1_Ack, Ack__Output as _ferry_v1_Ack__Output } from './ferry/v1/Ack.js';
import type { Batch as _ferry_v1_Batch, Batch__Output as _ferry_v1_Batch__Output } from './ferry/v1/Batch.js';
import type { ClusterKey as _ferry_v1_ClusterKey, ClusterKey__Output as _ferry_v1_ClusterKey__Output } from './ferry/v1/ClusterKey.js';
import type { ClusterKeyRequest as _ferry_v1_ClusterKeyRequest, ClusterKeyRequest__Output as _ferry_v1_ClusterKeyRequest__Output } from './ferry/v1/ClusterKeyRequest.js';
import type { DescribeRequest as _ferry_v1_DescribeRequest, DescribeRequest__Output as _ferry_v1_DescribeRequest__Output } from './ferry/v1/DescribeRequest.js';
import type { Diverged as _ferry_v1_Diverged, Diverged__Output as _ferry_v1_Diverged__Output } from './ferry/v1/Diverged.js';
import type { EpochHistory as _ferry_v1_EpochHistory, EpochHistory__Output as _ferry_v1_EpochHistory__Output } from './ferry/v1/EpochHistory.js';
import type { EpochStart as _ferry_v1_EpochStart, EpochStart__Output as _ferry_v1_EpochStart__Output } from './ferry/v1/EpochStart.js';
import type { FollowRequest as _ferry_v1_FollowRequest, FollowRequest__Output as _ferry_v1_FollowRequest__Output } from './ferry/v1/FollowRequest.js';
import type { GetHashesRequest as _ferry_v1_GetHashesRequest, GetHashesRequest__Output as _ferry_v1_GetHashesRequest__Output } from './ferry/v1/GetHashesRequest.js';
import type { HashList as _ferry_v1_HashList, HashList__Output as _ferry_v1_HashList__Output } from './ferry/v1/HashList.js';
import type { Heartbeat as _ferry_v1_Heartbeat, Heartbeat__Output as _ferry_v1_Heartbeat__Output } from './ferry/v1/Heartbeat.js';
import type { Hello as _ferry_v1_Hello, Hello__Output as _ferry_v1_Hello__Output } from './ferry/v1/Hello.js';
import type { KeyRequestConfirmation as _ferry_v1_KeyRequestConfirmation, KeyRequestConfirmation__Output as _ferry_v1_KeyRequestConfirmation__Output } from './ferry/v1/KeyRequestConfirmation.js';
import type { MasterMessage as _ferry_v1_MasterMessage, MasterMessage__Output as _ferry_v1_MasterMessage__Output } from './ferry/v1/MasterMessage.js';
import type { NodeInfo as _ferry_v1_NodeInfo, NodeInfo__Output as _ferry_v1_NodeInfo__Output } from './ferry/v1/NodeInfo.js';
import type { RawEvent as _ferry_v1_RawEvent, RawEvent__Output as _ferry_v1_RawEvent__Output } from './ferry/v1/RawEvent.js';
import type { ReplicaMessage as _ferry_v1_ReplicaMessage, ReplicaMessage__Output as _ferry_v1_ReplicaMessage__Output } from './ferry/v1/ReplicaMessage.js';
import type { ReplicationClient as _ferry_v1_ReplicationClient, ReplicationDefinition as _ferry_v1_ReplicationDefinition } from './ferry/v1/Replication.js';
import type { SeqHash as _ferry_v1_SeqHash, SeqHash__Output as _ferry_v1_SeqHash__Output } from './ferry/v1/SeqHash.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ferry: {
    v1: {
      Ack: MessageTypeDefinition<_ferry_v1_Ack, _ferry_v1_Ack__Output>
      Batch: MessageTypeDefinition<_ferry_v1_Batch, _ferry_v1_Batch__Output>
      ClusterKey: MessageTypeDefinition<_ferry_v1_ClusterKey, _ferry_v1_ClusterKey__Output>
      ClusterKeyRequest: MessageTypeDefinition<_ferry_v1_ClusterKeyRequest, _ferry_v1_ClusterKeyRequest__Output>
      DescribeRequest: MessageTypeDefinition<_ferry_v1_DescribeRequest, _ferry_v1_DescribeRequest__Output>
      Diverged: MessageTypeDefinition<_ferry_v1_Diverged, _ferry_v1_Diverged__Output>
      EpochHistory: MessageTypeDefinition<_ferry_v1_EpochHistory, _ferry_v1_EpochHistory__Output>
      EpochStart: MessageTypeDefinition<_ferry_v1_EpochStart, _ferry_v1_EpochStart__Output>
      FollowRequest: MessageTypeDefinition<_ferry_v1_FollowRequest, _ferry_v1_FollowRequest__Output>
      GetHashesRequest: MessageTypeDefinition<_ferry_v1_GetHashesRequest, _ferry_v1_GetHashesRequest__Output>
      HashList: MessageTypeDefinition<_ferry_v1_HashList, _ferry_v1_HashList__Output>
      Heartbeat: MessageTypeDefinition<_ferry_v1_Heartbeat, _ferry_v1_Heartbeat__Output>
      Hello: MessageTypeDefinition<_ferry_v1_Hello, _ferry_v1_Hello__Output>
      KeyRequestConfirmation: MessageTypeDefinition<_ferry_v1_KeyRequestConfirmation, _ferry_v1_KeyRequestConfirmation__Output>
      MasterMessage: MessageTypeDefinition<_ferry_v1_MasterMessage, _ferry_v1_MasterMessage__Output>
      NodeInfo: MessageTypeDefinition<_ferry_v1_NodeInfo, _ferry_v1_NodeInfo__Output>
      RawEvent: MessageTypeDefinition<_ferry_v1_RawEvent, _ferry_v1_RawEvent__Output>
      ReplicaMessage: MessageTypeDefinition<_ferry_v1_ReplicaMessage, _ferry_v1_ReplicaMessage__Output>
      /**
       * Served by every node; the master serves Stream, every node answers Describe, Follow and the fork queries.
       */
      Replication: SubtypeConstructor<typeof grpc.Client, _ferry_v1_ReplicationClient> & { service: _ferry_v1_ReplicationDefinition }
      SeqHash: MessageTypeDefinition<_ferry_v1_SeqHash, _ferry_v1_SeqHash__Output>
    }
  }
}

