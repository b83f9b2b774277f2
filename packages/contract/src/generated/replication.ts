import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Ack as _ferry_v1_Ack, Ack__Output as _ferry_v1_Ack__Output } from './ferry/v1/Ack.js';
import type { Batch as _ferry_v1_Batch, Batch__Output as _ferry_v1_Batch__Output } from './ferry/v1/Batch.js';
import type { ConfirmKeyRequestRequest as _ferry_v1_ConfirmKeyRequestRequest, ConfirmKeyRequestRequest__Output as _ferry_v1_ConfirmKeyRequestRequest__Output } from './ferry/v1/ConfirmKeyRequestRequest.js';
import type { ConfirmKeyRequestResponse as _ferry_v1_ConfirmKeyRequestResponse, ConfirmKeyRequestResponse__Output as _ferry_v1_ConfirmKeyRequestResponse__Output } from './ferry/v1/ConfirmKeyRequestResponse.js';
import type { DescribeRequest as _ferry_v1_DescribeRequest, DescribeRequest__Output as _ferry_v1_DescribeRequest__Output } from './ferry/v1/DescribeRequest.js';
import type { DescribeResponse as _ferry_v1_DescribeResponse, DescribeResponse__Output as _ferry_v1_DescribeResponse__Output } from './ferry/v1/DescribeResponse.js';
import type { Diverged as _ferry_v1_Diverged, Diverged__Output as _ferry_v1_Diverged__Output } from './ferry/v1/Diverged.js';
import type { EpochStart as _ferry_v1_EpochStart, EpochStart__Output as _ferry_v1_EpochStart__Output } from './ferry/v1/EpochStart.js';
import type { FollowRequest as _ferry_v1_FollowRequest, FollowRequest__Output as _ferry_v1_FollowRequest__Output } from './ferry/v1/FollowRequest.js';
import type { FollowResponse as _ferry_v1_FollowResponse, FollowResponse__Output as _ferry_v1_FollowResponse__Output } from './ferry/v1/FollowResponse.js';
import type { GetClusterKeyRequest as _ferry_v1_GetClusterKeyRequest, GetClusterKeyRequest__Output as _ferry_v1_GetClusterKeyRequest__Output } from './ferry/v1/GetClusterKeyRequest.js';
import type { GetClusterKeyResponse as _ferry_v1_GetClusterKeyResponse, GetClusterKeyResponse__Output as _ferry_v1_GetClusterKeyResponse__Output } from './ferry/v1/GetClusterKeyResponse.js';
import type { GetEpochsRequest as _ferry_v1_GetEpochsRequest, GetEpochsRequest__Output as _ferry_v1_GetEpochsRequest__Output } from './ferry/v1/GetEpochsRequest.js';
import type { GetEpochsResponse as _ferry_v1_GetEpochsResponse, GetEpochsResponse__Output as _ferry_v1_GetEpochsResponse__Output } from './ferry/v1/GetEpochsResponse.js';
import type { GetHashesRequest as _ferry_v1_GetHashesRequest, GetHashesRequest__Output as _ferry_v1_GetHashesRequest__Output } from './ferry/v1/GetHashesRequest.js';
import type { GetHashesResponse as _ferry_v1_GetHashesResponse, GetHashesResponse__Output as _ferry_v1_GetHashesResponse__Output } from './ferry/v1/GetHashesResponse.js';
import type { Heartbeat as _ferry_v1_Heartbeat, Heartbeat__Output as _ferry_v1_Heartbeat__Output } from './ferry/v1/Heartbeat.js';
import type { Hello as _ferry_v1_Hello, Hello__Output as _ferry_v1_Hello__Output } from './ferry/v1/Hello.js';
import type { NodeInfo as _ferry_v1_NodeInfo, NodeInfo__Output as _ferry_v1_NodeInfo__Output } from './ferry/v1/NodeInfo.js';
import type { RawEvent as _ferry_v1_RawEvent, RawEvent__Output as _ferry_v1_RawEvent__Output } from './ferry/v1/RawEvent.js';
import type { ReplicationServiceClient as _ferry_v1_ReplicationServiceClient, ReplicationServiceDefinition as _ferry_v1_ReplicationServiceDefinition } from './ferry/v1/ReplicationService.js';
import type { SeqHash as _ferry_v1_SeqHash, SeqHash__Output as _ferry_v1_SeqHash__Output } from './ferry/v1/SeqHash.js';
import type { StreamRequest as _ferry_v1_StreamRequest, StreamRequest__Output as _ferry_v1_StreamRequest__Output } from './ferry/v1/StreamRequest.js';
import type { StreamResponse as _ferry_v1_StreamResponse, StreamResponse__Output as _ferry_v1_StreamResponse__Output } from './ferry/v1/StreamResponse.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ferry: {
    v1: {
      Ack: MessageTypeDefinition<_ferry_v1_Ack, _ferry_v1_Ack__Output>
      Batch: MessageTypeDefinition<_ferry_v1_Batch, _ferry_v1_Batch__Output>
      ConfirmKeyRequestRequest: MessageTypeDefinition<_ferry_v1_ConfirmKeyRequestRequest, _ferry_v1_ConfirmKeyRequestRequest__Output>
      ConfirmKeyRequestResponse: MessageTypeDefinition<_ferry_v1_ConfirmKeyRequestResponse, _ferry_v1_ConfirmKeyRequestResponse__Output>
      DescribeRequest: MessageTypeDefinition<_ferry_v1_DescribeRequest, _ferry_v1_DescribeRequest__Output>
      DescribeResponse: MessageTypeDefinition<_ferry_v1_DescribeResponse, _ferry_v1_DescribeResponse__Output>
      Diverged: MessageTypeDefinition<_ferry_v1_Diverged, _ferry_v1_Diverged__Output>
      EpochStart: MessageTypeDefinition<_ferry_v1_EpochStart, _ferry_v1_EpochStart__Output>
      FollowRequest: MessageTypeDefinition<_ferry_v1_FollowRequest, _ferry_v1_FollowRequest__Output>
      FollowResponse: MessageTypeDefinition<_ferry_v1_FollowResponse, _ferry_v1_FollowResponse__Output>
      GetClusterKeyRequest: MessageTypeDefinition<_ferry_v1_GetClusterKeyRequest, _ferry_v1_GetClusterKeyRequest__Output>
      GetClusterKeyResponse: MessageTypeDefinition<_ferry_v1_GetClusterKeyResponse, _ferry_v1_GetClusterKeyResponse__Output>
      GetEpochsRequest: MessageTypeDefinition<_ferry_v1_GetEpochsRequest, _ferry_v1_GetEpochsRequest__Output>
      GetEpochsResponse: MessageTypeDefinition<_ferry_v1_GetEpochsResponse, _ferry_v1_GetEpochsResponse__Output>
      GetHashesRequest: MessageTypeDefinition<_ferry_v1_GetHashesRequest, _ferry_v1_GetHashesRequest__Output>
      GetHashesResponse: MessageTypeDefinition<_ferry_v1_GetHashesResponse, _ferry_v1_GetHashesResponse__Output>
      Heartbeat: MessageTypeDefinition<_ferry_v1_Heartbeat, _ferry_v1_Heartbeat__Output>
      Hello: MessageTypeDefinition<_ferry_v1_Hello, _ferry_v1_Hello__Output>
      NodeInfo: MessageTypeDefinition<_ferry_v1_NodeInfo, _ferry_v1_NodeInfo__Output>
      RawEvent: MessageTypeDefinition<_ferry_v1_RawEvent, _ferry_v1_RawEvent__Output>
      /**
       * Served by every node; the master serves Stream, every node answers Describe, Follow and the fork queries.
       */
      ReplicationService: SubtypeConstructor<typeof grpc.Client, _ferry_v1_ReplicationServiceClient> & { service: _ferry_v1_ReplicationServiceDefinition }
      SeqHash: MessageTypeDefinition<_ferry_v1_SeqHash, _ferry_v1_SeqHash__Output>
      StreamRequest: MessageTypeDefinition<_ferry_v1_StreamRequest, _ferry_v1_StreamRequest__Output>
      StreamResponse: MessageTypeDefinition<_ferry_v1_StreamResponse, _ferry_v1_StreamResponse__Output>
    }
  }
}

