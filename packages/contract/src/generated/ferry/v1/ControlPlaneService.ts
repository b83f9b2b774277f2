// Original file: proto/ferry/v1/control.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddReplicaRequest as _ferry_v1_AddReplicaRequest, AddReplicaRequest__Output as _ferry_v1_AddReplicaRequest__Output } from '../../ferry/v1/AddReplicaRequest.js';
import type { AddReplicaResponse as _ferry_v1_AddReplicaResponse, AddReplicaResponse__Output as _ferry_v1_AddReplicaResponse__Output } from '../../ferry/v1/AddReplicaResponse.js';
import type { AddRuleRequest as _ferry_v1_AddRuleRequest, AddRuleRequest__Output as _ferry_v1_AddRuleRequest__Output } from '../../ferry/v1/AddRuleRequest.js';
import type { AddRuleResponse as _ferry_v1_AddRuleResponse, AddRuleResponse__Output as _ferry_v1_AddRuleResponse__Output } from '../../ferry/v1/AddRuleResponse.js';
import type { ConfirmDownRequest as _ferry_v1_ConfirmDownRequest, ConfirmDownRequest__Output as _ferry_v1_ConfirmDownRequest__Output } from '../../ferry/v1/ConfirmDownRequest.js';
import type { ConfirmDownResponse as _ferry_v1_ConfirmDownResponse, ConfirmDownResponse__Output as _ferry_v1_ConfirmDownResponse__Output } from '../../ferry/v1/ConfirmDownResponse.js';
import type { CreateGroupRequest as _ferry_v1_CreateGroupRequest, CreateGroupRequest__Output as _ferry_v1_CreateGroupRequest__Output } from '../../ferry/v1/CreateGroupRequest.js';
import type { CreateGroupResponse as _ferry_v1_CreateGroupResponse, CreateGroupResponse__Output as _ferry_v1_CreateGroupResponse__Output } from '../../ferry/v1/CreateGroupResponse.js';
import type { CreateOwnerRequest as _ferry_v1_CreateOwnerRequest, CreateOwnerRequest__Output as _ferry_v1_CreateOwnerRequest__Output } from '../../ferry/v1/CreateOwnerRequest.js';
import type { CreateOwnerResponse as _ferry_v1_CreateOwnerResponse, CreateOwnerResponse__Output as _ferry_v1_CreateOwnerResponse__Output } from '../../ferry/v1/CreateOwnerResponse.js';
import type { CreateTokenRequest as _ferry_v1_CreateTokenRequest, CreateTokenRequest__Output as _ferry_v1_CreateTokenRequest__Output } from '../../ferry/v1/CreateTokenRequest.js';
import type { CreateTokenResponse as _ferry_v1_CreateTokenResponse, CreateTokenResponse__Output as _ferry_v1_CreateTokenResponse__Output } from '../../ferry/v1/CreateTokenResponse.js';
import type { DeleteGroupRequest as _ferry_v1_DeleteGroupRequest, DeleteGroupRequest__Output as _ferry_v1_DeleteGroupRequest__Output } from '../../ferry/v1/DeleteGroupRequest.js';
import type { DeleteGroupResponse as _ferry_v1_DeleteGroupResponse, DeleteGroupResponse__Output as _ferry_v1_DeleteGroupResponse__Output } from '../../ferry/v1/DeleteGroupResponse.js';
import type { DeleteOwnerRequest as _ferry_v1_DeleteOwnerRequest, DeleteOwnerRequest__Output as _ferry_v1_DeleteOwnerRequest__Output } from '../../ferry/v1/DeleteOwnerRequest.js';
import type { DeleteOwnerResponse as _ferry_v1_DeleteOwnerResponse, DeleteOwnerResponse__Output as _ferry_v1_DeleteOwnerResponse__Output } from '../../ferry/v1/DeleteOwnerResponse.js';
import type { DrainHostRequest as _ferry_v1_DrainHostRequest, DrainHostRequest__Output as _ferry_v1_DrainHostRequest__Output } from '../../ferry/v1/DrainHostRequest.js';
import type { DrainHostResponse as _ferry_v1_DrainHostResponse, DrainHostResponse__Output as _ferry_v1_DrainHostResponse__Output } from '../../ferry/v1/DrainHostResponse.js';
import type { ForceFailoverRequest as _ferry_v1_ForceFailoverRequest, ForceFailoverRequest__Output as _ferry_v1_ForceFailoverRequest__Output } from '../../ferry/v1/ForceFailoverRequest.js';
import type { ForceFailoverResponse as _ferry_v1_ForceFailoverResponse, ForceFailoverResponse__Output as _ferry_v1_ForceFailoverResponse__Output } from '../../ferry/v1/ForceFailoverResponse.js';
import type { GetClusterStatusRequest as _ferry_v1_GetClusterStatusRequest, GetClusterStatusRequest__Output as _ferry_v1_GetClusterStatusRequest__Output } from '../../ferry/v1/GetClusterStatusRequest.js';
import type { GetClusterStatusResponse as _ferry_v1_GetClusterStatusResponse, GetClusterStatusResponse__Output as _ferry_v1_GetClusterStatusResponse__Output } from '../../ferry/v1/GetClusterStatusResponse.js';
import type { GetGroupRequest as _ferry_v1_GetGroupRequest, GetGroupRequest__Output as _ferry_v1_GetGroupRequest__Output } from '../../ferry/v1/GetGroupRequest.js';
import type { GetGroupResponse as _ferry_v1_GetGroupResponse, GetGroupResponse__Output as _ferry_v1_GetGroupResponse__Output } from '../../ferry/v1/GetGroupResponse.js';
import type { GetHostRequest as _ferry_v1_GetHostRequest, GetHostRequest__Output as _ferry_v1_GetHostRequest__Output } from '../../ferry/v1/GetHostRequest.js';
import type { GetHostResponse as _ferry_v1_GetHostResponse, GetHostResponse__Output as _ferry_v1_GetHostResponse__Output } from '../../ferry/v1/GetHostResponse.js';
import type { GetSettingRequest as _ferry_v1_GetSettingRequest, GetSettingRequest__Output as _ferry_v1_GetSettingRequest__Output } from '../../ferry/v1/GetSettingRequest.js';
import type { GetSettingResponse as _ferry_v1_GetSettingResponse, GetSettingResponse__Output as _ferry_v1_GetSettingResponse__Output } from '../../ferry/v1/GetSettingResponse.js';
import type { GetSystemRequest as _ferry_v1_GetSystemRequest, GetSystemRequest__Output as _ferry_v1_GetSystemRequest__Output } from '../../ferry/v1/GetSystemRequest.js';
import type { GetSystemResponse as _ferry_v1_GetSystemResponse, GetSystemResponse__Output as _ferry_v1_GetSystemResponse__Output } from '../../ferry/v1/GetSystemResponse.js';
import type { JoinMasterRequest as _ferry_v1_JoinMasterRequest, JoinMasterRequest__Output as _ferry_v1_JoinMasterRequest__Output } from '../../ferry/v1/JoinMasterRequest.js';
import type { JoinMasterResponse as _ferry_v1_JoinMasterResponse, JoinMasterResponse__Output as _ferry_v1_JoinMasterResponse__Output } from '../../ferry/v1/JoinMasterResponse.js';
import type { ListFailoversRequest as _ferry_v1_ListFailoversRequest, ListFailoversRequest__Output as _ferry_v1_ListFailoversRequest__Output } from '../../ferry/v1/ListFailoversRequest.js';
import type { ListFailoversResponse as _ferry_v1_ListFailoversResponse, ListFailoversResponse__Output as _ferry_v1_ListFailoversResponse__Output } from '../../ferry/v1/ListFailoversResponse.js';
import type { ListGroupsRequest as _ferry_v1_ListGroupsRequest, ListGroupsRequest__Output as _ferry_v1_ListGroupsRequest__Output } from '../../ferry/v1/ListGroupsRequest.js';
import type { ListGroupsResponse as _ferry_v1_ListGroupsResponse, ListGroupsResponse__Output as _ferry_v1_ListGroupsResponse__Output } from '../../ferry/v1/ListGroupsResponse.js';
import type { ListHostsRequest as _ferry_v1_ListHostsRequest, ListHostsRequest__Output as _ferry_v1_ListHostsRequest__Output } from '../../ferry/v1/ListHostsRequest.js';
import type { ListHostsResponse as _ferry_v1_ListHostsResponse, ListHostsResponse__Output as _ferry_v1_ListHostsResponse__Output } from '../../ferry/v1/ListHostsResponse.js';
import type { ListOwnersRequest as _ferry_v1_ListOwnersRequest, ListOwnersRequest__Output as _ferry_v1_ListOwnersRequest__Output } from '../../ferry/v1/ListOwnersRequest.js';
import type { ListOwnersResponse as _ferry_v1_ListOwnersResponse, ListOwnersResponse__Output as _ferry_v1_ListOwnersResponse__Output } from '../../ferry/v1/ListOwnersResponse.js';
import type { ListRulesRequest as _ferry_v1_ListRulesRequest, ListRulesRequest__Output as _ferry_v1_ListRulesRequest__Output } from '../../ferry/v1/ListRulesRequest.js';
import type { ListRulesResponse as _ferry_v1_ListRulesResponse, ListRulesResponse__Output as _ferry_v1_ListRulesResponse__Output } from '../../ferry/v1/ListRulesResponse.js';
import type { ListSettingsRequest as _ferry_v1_ListSettingsRequest, ListSettingsRequest__Output as _ferry_v1_ListSettingsRequest__Output } from '../../ferry/v1/ListSettingsRequest.js';
import type { ListSettingsResponse as _ferry_v1_ListSettingsResponse, ListSettingsResponse__Output as _ferry_v1_ListSettingsResponse__Output } from '../../ferry/v1/ListSettingsResponse.js';
import type { ListSystemsRequest as _ferry_v1_ListSystemsRequest, ListSystemsRequest__Output as _ferry_v1_ListSystemsRequest__Output } from '../../ferry/v1/ListSystemsRequest.js';
import type { ListSystemsResponse as _ferry_v1_ListSystemsResponse, ListSystemsResponse__Output as _ferry_v1_ListSystemsResponse__Output } from '../../ferry/v1/ListSystemsResponse.js';
import type { ListTokensRequest as _ferry_v1_ListTokensRequest, ListTokensRequest__Output as _ferry_v1_ListTokensRequest__Output } from '../../ferry/v1/ListTokensRequest.js';
import type { ListTokensResponse as _ferry_v1_ListTokensResponse, ListTokensResponse__Output as _ferry_v1_ListTokensResponse__Output } from '../../ferry/v1/ListTokensResponse.js';
import type { MoveSystemRequest as _ferry_v1_MoveSystemRequest, MoveSystemRequest__Output as _ferry_v1_MoveSystemRequest__Output } from '../../ferry/v1/MoveSystemRequest.js';
import type { MoveSystemResponse as _ferry_v1_MoveSystemResponse, MoveSystemResponse__Output as _ferry_v1_MoveSystemResponse__Output } from '../../ferry/v1/MoveSystemResponse.js';
import type { PromoteReplicaRequest as _ferry_v1_PromoteReplicaRequest, PromoteReplicaRequest__Output as _ferry_v1_PromoteReplicaRequest__Output } from '../../ferry/v1/PromoteReplicaRequest.js';
import type { PromoteReplicaResponse as _ferry_v1_PromoteReplicaResponse, PromoteReplicaResponse__Output as _ferry_v1_PromoteReplicaResponse__Output } from '../../ferry/v1/PromoteReplicaResponse.js';
import type { ReadEventsRequest as _ferry_v1_ReadEventsRequest, ReadEventsRequest__Output as _ferry_v1_ReadEventsRequest__Output } from '../../ferry/v1/ReadEventsRequest.js';
import type { ReadEventsResponse as _ferry_v1_ReadEventsResponse, ReadEventsResponse__Output as _ferry_v1_ReadEventsResponse__Output } from '../../ferry/v1/ReadEventsResponse.js';
import type { RegisterHostRequest as _ferry_v1_RegisterHostRequest, RegisterHostRequest__Output as _ferry_v1_RegisterHostRequest__Output } from '../../ferry/v1/RegisterHostRequest.js';
import type { RegisterHostResponse as _ferry_v1_RegisterHostResponse, RegisterHostResponse__Output as _ferry_v1_RegisterHostResponse__Output } from '../../ferry/v1/RegisterHostResponse.js';
import type { ReleaseBrakeRequest as _ferry_v1_ReleaseBrakeRequest, ReleaseBrakeRequest__Output as _ferry_v1_ReleaseBrakeRequest__Output } from '../../ferry/v1/ReleaseBrakeRequest.js';
import type { ReleaseBrakeResponse as _ferry_v1_ReleaseBrakeResponse, ReleaseBrakeResponse__Output as _ferry_v1_ReleaseBrakeResponse__Output } from '../../ferry/v1/ReleaseBrakeResponse.js';
import type { RemoveHostRequest as _ferry_v1_RemoveHostRequest, RemoveHostRequest__Output as _ferry_v1_RemoveHostRequest__Output } from '../../ferry/v1/RemoveHostRequest.js';
import type { RemoveHostResponse as _ferry_v1_RemoveHostResponse, RemoveHostResponse__Output as _ferry_v1_RemoveHostResponse__Output } from '../../ferry/v1/RemoveHostResponse.js';
import type { RemoveReplicaRequest as _ferry_v1_RemoveReplicaRequest, RemoveReplicaRequest__Output as _ferry_v1_RemoveReplicaRequest__Output } from '../../ferry/v1/RemoveReplicaRequest.js';
import type { RemoveReplicaResponse as _ferry_v1_RemoveReplicaResponse, RemoveReplicaResponse__Output as _ferry_v1_RemoveReplicaResponse__Output } from '../../ferry/v1/RemoveReplicaResponse.js';
import type { RemoveRuleRequest as _ferry_v1_RemoveRuleRequest, RemoveRuleRequest__Output as _ferry_v1_RemoveRuleRequest__Output } from '../../ferry/v1/RemoveRuleRequest.js';
import type { RemoveRuleResponse as _ferry_v1_RemoveRuleResponse, RemoveRuleResponse__Output as _ferry_v1_RemoveRuleResponse__Output } from '../../ferry/v1/RemoveRuleResponse.js';
import type { ReplicationOffRequest as _ferry_v1_ReplicationOffRequest, ReplicationOffRequest__Output as _ferry_v1_ReplicationOffRequest__Output } from '../../ferry/v1/ReplicationOffRequest.js';
import type { ReplicationOffResponse as _ferry_v1_ReplicationOffResponse, ReplicationOffResponse__Output as _ferry_v1_ReplicationOffResponse__Output } from '../../ferry/v1/ReplicationOffResponse.js';
import type { RevokeTokenRequest as _ferry_v1_RevokeTokenRequest, RevokeTokenRequest__Output as _ferry_v1_RevokeTokenRequest__Output } from '../../ferry/v1/RevokeTokenRequest.js';
import type { RevokeTokenResponse as _ferry_v1_RevokeTokenResponse, RevokeTokenResponse__Output as _ferry_v1_RevokeTokenResponse__Output } from '../../ferry/v1/RevokeTokenResponse.js';
import type { SetSettingRequest as _ferry_v1_SetSettingRequest, SetSettingRequest__Output as _ferry_v1_SetSettingRequest__Output } from '../../ferry/v1/SetSettingRequest.js';
import type { SetSettingResponse as _ferry_v1_SetSettingResponse, SetSettingResponse__Output as _ferry_v1_SetSettingResponse__Output } from '../../ferry/v1/SetSettingResponse.js';
import type { TrustHostKeyRequest as _ferry_v1_TrustHostKeyRequest, TrustHostKeyRequest__Output as _ferry_v1_TrustHostKeyRequest__Output } from '../../ferry/v1/TrustHostKeyRequest.js';
import type { TrustHostKeyResponse as _ferry_v1_TrustHostKeyResponse, TrustHostKeyResponse__Output as _ferry_v1_TrustHostKeyResponse__Output } from '../../ferry/v1/TrustHostKeyResponse.js';
import type { UndrainHostRequest as _ferry_v1_UndrainHostRequest, UndrainHostRequest__Output as _ferry_v1_UndrainHostRequest__Output } from '../../ferry/v1/UndrainHostRequest.js';
import type { UndrainHostResponse as _ferry_v1_UndrainHostResponse, UndrainHostResponse__Output as _ferry_v1_UndrainHostResponse__Output } from '../../ferry/v1/UndrainHostResponse.js';
import type { UpdateGroupRequest as _ferry_v1_UpdateGroupRequest, UpdateGroupRequest__Output as _ferry_v1_UpdateGroupRequest__Output } from '../../ferry/v1/UpdateGroupRequest.js';
import type { UpdateGroupResponse as _ferry_v1_UpdateGroupResponse, UpdateGroupResponse__Output as _ferry_v1_UpdateGroupResponse__Output } from '../../ferry/v1/UpdateGroupResponse.js';
import type { UpdateHostRequest as _ferry_v1_UpdateHostRequest, UpdateHostRequest__Output as _ferry_v1_UpdateHostRequest__Output } from '../../ferry/v1/UpdateHostRequest.js';
import type { UpdateHostResponse as _ferry_v1_UpdateHostResponse, UpdateHostResponse__Output as _ferry_v1_UpdateHostResponse__Output } from '../../ferry/v1/UpdateHostResponse.js';
import type { UpdateOwnerRequest as _ferry_v1_UpdateOwnerRequest, UpdateOwnerRequest__Output as _ferry_v1_UpdateOwnerRequest__Output } from '../../ferry/v1/UpdateOwnerRequest.js';
import type { UpdateOwnerResponse as _ferry_v1_UpdateOwnerResponse, UpdateOwnerResponse__Output as _ferry_v1_UpdateOwnerResponse__Output } from '../../ferry/v1/UpdateOwnerResponse.js';
import type { UpdateSystemRequest as _ferry_v1_UpdateSystemRequest, UpdateSystemRequest__Output as _ferry_v1_UpdateSystemRequest__Output } from '../../ferry/v1/UpdateSystemRequest.js';
import type { UpdateSystemResponse as _ferry_v1_UpdateSystemResponse, UpdateSystemResponse__Output as _ferry_v1_UpdateSystemResponse__Output } from '../../ferry/v1/UpdateSystemResponse.js';
import type { VerifyLogRequest as _ferry_v1_VerifyLogRequest, VerifyLogRequest__Output as _ferry_v1_VerifyLogRequest__Output } from '../../ferry/v1/VerifyLogRequest.js';
import type { VerifyLogResponse as _ferry_v1_VerifyLogResponse, VerifyLogResponse__Output as _ferry_v1_VerifyLogResponse__Output } from '../../ferry/v1/VerifyLogResponse.js';
import type { WatchEventsRequest as _ferry_v1_WatchEventsRequest, WatchEventsRequest__Output as _ferry_v1_WatchEventsRequest__Output } from '../../ferry/v1/WatchEventsRequest.js';
import type { WatchEventsResponse as _ferry_v1_WatchEventsResponse, WatchEventsResponse__Output as _ferry_v1_WatchEventsResponse__Output } from '../../ferry/v1/WatchEventsResponse.js';

/**
 * The operator and client API of a Ferry node. Every RPC has its own request and response message
 * (`<Rpc>Request` / `<Rpc>Response`), so each can grow fields without touching the others.
 */
export interface ControlPlaneServiceClient extends grpc.Client {
  /**
   * Adds a replica to the master's replica list (checked first).
   */
  AddReplica(argument: _ferry_v1_AddReplicaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_AddReplicaResponse__Output>): grpc.ClientUnaryCall;
  AddReplica(argument: _ferry_v1_AddReplicaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_AddReplicaResponse__Output>): grpc.ClientUnaryCall;
  AddReplica(argument: _ferry_v1_AddReplicaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_AddReplicaResponse__Output>): grpc.ClientUnaryCall;
  AddReplica(argument: _ferry_v1_AddReplicaRequest, callback: grpc.requestCallback<_ferry_v1_AddReplicaResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Adds a replica to the master's replica list (checked first).
   */
  addReplica(argument: _ferry_v1_AddReplicaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_AddReplicaResponse__Output>): grpc.ClientUnaryCall;
  addReplica(argument: _ferry_v1_AddReplicaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_AddReplicaResponse__Output>): grpc.ClientUnaryCall;
  addReplica(argument: _ferry_v1_AddReplicaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_AddReplicaResponse__Output>): grpc.ClientUnaryCall;
  addReplica(argument: _ferry_v1_AddReplicaRequest, callback: grpc.requestCallback<_ferry_v1_AddReplicaResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Adds a placement rule.
   */
  AddRule(argument: _ferry_v1_AddRuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_AddRuleResponse__Output>): grpc.ClientUnaryCall;
  AddRule(argument: _ferry_v1_AddRuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_AddRuleResponse__Output>): grpc.ClientUnaryCall;
  AddRule(argument: _ferry_v1_AddRuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_AddRuleResponse__Output>): grpc.ClientUnaryCall;
  AddRule(argument: _ferry_v1_AddRuleRequest, callback: grpc.requestCallback<_ferry_v1_AddRuleResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Adds a placement rule.
   */
  addRule(argument: _ferry_v1_AddRuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_AddRuleResponse__Output>): grpc.ClientUnaryCall;
  addRule(argument: _ferry_v1_AddRuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_AddRuleResponse__Output>): grpc.ClientUnaryCall;
  addRule(argument: _ferry_v1_AddRuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_AddRuleResponse__Output>): grpc.ClientUnaryCall;
  addRule(argument: _ferry_v1_AddRuleRequest, callback: grpc.requestCallback<_ferry_v1_AddRuleResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * An operator vouches that a host is dead (its fence cannot be confirmed).
   */
  ConfirmDown(argument: _ferry_v1_ConfirmDownRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ConfirmDownResponse__Output>): grpc.ClientUnaryCall;
  ConfirmDown(argument: _ferry_v1_ConfirmDownRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ConfirmDownResponse__Output>): grpc.ClientUnaryCall;
  ConfirmDown(argument: _ferry_v1_ConfirmDownRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ConfirmDownResponse__Output>): grpc.ClientUnaryCall;
  ConfirmDown(argument: _ferry_v1_ConfirmDownRequest, callback: grpc.requestCallback<_ferry_v1_ConfirmDownResponse__Output>): grpc.ClientUnaryCall;
  /**
   * An operator vouches that a host is dead (its fence cannot be confirmed).
   */
  confirmDown(argument: _ferry_v1_ConfirmDownRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ConfirmDownResponse__Output>): grpc.ClientUnaryCall;
  confirmDown(argument: _ferry_v1_ConfirmDownRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ConfirmDownResponse__Output>): grpc.ClientUnaryCall;
  confirmDown(argument: _ferry_v1_ConfirmDownRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ConfirmDownResponse__Output>): grpc.ClientUnaryCall;
  confirmDown(argument: _ferry_v1_ConfirmDownRequest, callback: grpc.requestCallback<_ferry_v1_ConfirmDownResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Creates a failover group.
   */
  CreateGroup(argument: _ferry_v1_CreateGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_CreateGroupResponse__Output>): grpc.ClientUnaryCall;
  CreateGroup(argument: _ferry_v1_CreateGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_CreateGroupResponse__Output>): grpc.ClientUnaryCall;
  CreateGroup(argument: _ferry_v1_CreateGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_CreateGroupResponse__Output>): grpc.ClientUnaryCall;
  CreateGroup(argument: _ferry_v1_CreateGroupRequest, callback: grpc.requestCallback<_ferry_v1_CreateGroupResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Creates a failover group.
   */
  createGroup(argument: _ferry_v1_CreateGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_CreateGroupResponse__Output>): grpc.ClientUnaryCall;
  createGroup(argument: _ferry_v1_CreateGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_CreateGroupResponse__Output>): grpc.ClientUnaryCall;
  createGroup(argument: _ferry_v1_CreateGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_CreateGroupResponse__Output>): grpc.ClientUnaryCall;
  createGroup(argument: _ferry_v1_CreateGroupRequest, callback: grpc.requestCallback<_ferry_v1_CreateGroupResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Creates an owner account.
   */
  CreateOwner(argument: _ferry_v1_CreateOwnerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_CreateOwnerResponse__Output>): grpc.ClientUnaryCall;
  CreateOwner(argument: _ferry_v1_CreateOwnerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_CreateOwnerResponse__Output>): grpc.ClientUnaryCall;
  CreateOwner(argument: _ferry_v1_CreateOwnerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_CreateOwnerResponse__Output>): grpc.ClientUnaryCall;
  CreateOwner(argument: _ferry_v1_CreateOwnerRequest, callback: grpc.requestCallback<_ferry_v1_CreateOwnerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Creates an owner account.
   */
  createOwner(argument: _ferry_v1_CreateOwnerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_CreateOwnerResponse__Output>): grpc.ClientUnaryCall;
  createOwner(argument: _ferry_v1_CreateOwnerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_CreateOwnerResponse__Output>): grpc.ClientUnaryCall;
  createOwner(argument: _ferry_v1_CreateOwnerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_CreateOwnerResponse__Output>): grpc.ClientUnaryCall;
  createOwner(argument: _ferry_v1_CreateOwnerRequest, callback: grpc.requestCallback<_ferry_v1_CreateOwnerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Creates an API token; the token itself is returned once.
   */
  CreateToken(argument: _ferry_v1_CreateTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_CreateTokenResponse__Output>): grpc.ClientUnaryCall;
  CreateToken(argument: _ferry_v1_CreateTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_CreateTokenResponse__Output>): grpc.ClientUnaryCall;
  CreateToken(argument: _ferry_v1_CreateTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_CreateTokenResponse__Output>): grpc.ClientUnaryCall;
  CreateToken(argument: _ferry_v1_CreateTokenRequest, callback: grpc.requestCallback<_ferry_v1_CreateTokenResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Creates an API token; the token itself is returned once.
   */
  createToken(argument: _ferry_v1_CreateTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_CreateTokenResponse__Output>): grpc.ClientUnaryCall;
  createToken(argument: _ferry_v1_CreateTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_CreateTokenResponse__Output>): grpc.ClientUnaryCall;
  createToken(argument: _ferry_v1_CreateTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_CreateTokenResponse__Output>): grpc.ClientUnaryCall;
  createToken(argument: _ferry_v1_CreateTokenRequest, callback: grpc.requestCallback<_ferry_v1_CreateTokenResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Deletes a failover group.
   */
  DeleteGroup(argument: _ferry_v1_DeleteGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_DeleteGroupResponse__Output>): grpc.ClientUnaryCall;
  DeleteGroup(argument: _ferry_v1_DeleteGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_DeleteGroupResponse__Output>): grpc.ClientUnaryCall;
  DeleteGroup(argument: _ferry_v1_DeleteGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_DeleteGroupResponse__Output>): grpc.ClientUnaryCall;
  DeleteGroup(argument: _ferry_v1_DeleteGroupRequest, callback: grpc.requestCallback<_ferry_v1_DeleteGroupResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Deletes a failover group.
   */
  deleteGroup(argument: _ferry_v1_DeleteGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_DeleteGroupResponse__Output>): grpc.ClientUnaryCall;
  deleteGroup(argument: _ferry_v1_DeleteGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_DeleteGroupResponse__Output>): grpc.ClientUnaryCall;
  deleteGroup(argument: _ferry_v1_DeleteGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_DeleteGroupResponse__Output>): grpc.ClientUnaryCall;
  deleteGroup(argument: _ferry_v1_DeleteGroupRequest, callback: grpc.requestCallback<_ferry_v1_DeleteGroupResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Deletes an owner account.
   */
  DeleteOwner(argument: _ferry_v1_DeleteOwnerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_DeleteOwnerResponse__Output>): grpc.ClientUnaryCall;
  DeleteOwner(argument: _ferry_v1_DeleteOwnerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_DeleteOwnerResponse__Output>): grpc.ClientUnaryCall;
  DeleteOwner(argument: _ferry_v1_DeleteOwnerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_DeleteOwnerResponse__Output>): grpc.ClientUnaryCall;
  DeleteOwner(argument: _ferry_v1_DeleteOwnerRequest, callback: grpc.requestCallback<_ferry_v1_DeleteOwnerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Deletes an owner account.
   */
  deleteOwner(argument: _ferry_v1_DeleteOwnerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_DeleteOwnerResponse__Output>): grpc.ClientUnaryCall;
  deleteOwner(argument: _ferry_v1_DeleteOwnerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_DeleteOwnerResponse__Output>): grpc.ClientUnaryCall;
  deleteOwner(argument: _ferry_v1_DeleteOwnerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_DeleteOwnerResponse__Output>): grpc.ClientUnaryCall;
  deleteOwner(argument: _ferry_v1_DeleteOwnerRequest, callback: grpc.requestCallback<_ferry_v1_DeleteOwnerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Puts a host in maintenance and moves every system off it (planned, recorded before acting).
   */
  DrainHost(argument: _ferry_v1_DrainHostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_DrainHostResponse__Output>): grpc.ClientUnaryCall;
  DrainHost(argument: _ferry_v1_DrainHostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_DrainHostResponse__Output>): grpc.ClientUnaryCall;
  DrainHost(argument: _ferry_v1_DrainHostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_DrainHostResponse__Output>): grpc.ClientUnaryCall;
  DrainHost(argument: _ferry_v1_DrainHostRequest, callback: grpc.requestCallback<_ferry_v1_DrainHostResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Puts a host in maintenance and moves every system off it (planned, recorded before acting).
   */
  drainHost(argument: _ferry_v1_DrainHostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_DrainHostResponse__Output>): grpc.ClientUnaryCall;
  drainHost(argument: _ferry_v1_DrainHostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_DrainHostResponse__Output>): grpc.ClientUnaryCall;
  drainHost(argument: _ferry_v1_DrainHostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_DrainHostResponse__Output>): grpc.ClientUnaryCall;
  drainHost(argument: _ferry_v1_DrainHostRequest, callback: grpc.requestCallback<_ferry_v1_DrainHostResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Forced failover: moves a system off its dead (down or fenced) host on demand (Cloudmin's Force Failover /
   * failover-system). A system whose host is up is refused; see MoveSystem.
   */
  ForceFailover(argument: _ferry_v1_ForceFailoverRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ForceFailoverResponse__Output>): grpc.ClientUnaryCall;
  ForceFailover(argument: _ferry_v1_ForceFailoverRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ForceFailoverResponse__Output>): grpc.ClientUnaryCall;
  ForceFailover(argument: _ferry_v1_ForceFailoverRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ForceFailoverResponse__Output>): grpc.ClientUnaryCall;
  ForceFailover(argument: _ferry_v1_ForceFailoverRequest, callback: grpc.requestCallback<_ferry_v1_ForceFailoverResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Forced failover: moves a system off its dead (down or fenced) host on demand (Cloudmin's Force Failover /
   * failover-system). A system whose host is up is refused; see MoveSystem.
   */
  forceFailover(argument: _ferry_v1_ForceFailoverRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ForceFailoverResponse__Output>): grpc.ClientUnaryCall;
  forceFailover(argument: _ferry_v1_ForceFailoverRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ForceFailoverResponse__Output>): grpc.ClientUnaryCall;
  forceFailover(argument: _ferry_v1_ForceFailoverRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ForceFailoverResponse__Output>): grpc.ClientUnaryCall;
  forceFailover(argument: _ferry_v1_ForceFailoverRequest, callback: grpc.requestCallback<_ferry_v1_ForceFailoverResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Node id, role, epoch, head, master, replicas.
   */
  GetClusterStatus(argument: _ferry_v1_GetClusterStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GetClusterStatusResponse__Output>): grpc.ClientUnaryCall;
  GetClusterStatus(argument: _ferry_v1_GetClusterStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_GetClusterStatusResponse__Output>): grpc.ClientUnaryCall;
  GetClusterStatus(argument: _ferry_v1_GetClusterStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GetClusterStatusResponse__Output>): grpc.ClientUnaryCall;
  GetClusterStatus(argument: _ferry_v1_GetClusterStatusRequest, callback: grpc.requestCallback<_ferry_v1_GetClusterStatusResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Node id, role, epoch, head, master, replicas.
   */
  getClusterStatus(argument: _ferry_v1_GetClusterStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GetClusterStatusResponse__Output>): grpc.ClientUnaryCall;
  getClusterStatus(argument: _ferry_v1_GetClusterStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_GetClusterStatusResponse__Output>): grpc.ClientUnaryCall;
  getClusterStatus(argument: _ferry_v1_GetClusterStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GetClusterStatusResponse__Output>): grpc.ClientUnaryCall;
  getClusterStatus(argument: _ferry_v1_GetClusterStatusRequest, callback: grpc.requestCallback<_ferry_v1_GetClusterStatusResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * One failover group.
   */
  GetGroup(argument: _ferry_v1_GetGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GetGroupResponse__Output>): grpc.ClientUnaryCall;
  GetGroup(argument: _ferry_v1_GetGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_GetGroupResponse__Output>): grpc.ClientUnaryCall;
  GetGroup(argument: _ferry_v1_GetGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GetGroupResponse__Output>): grpc.ClientUnaryCall;
  GetGroup(argument: _ferry_v1_GetGroupRequest, callback: grpc.requestCallback<_ferry_v1_GetGroupResponse__Output>): grpc.ClientUnaryCall;
  /**
   * One failover group.
   */
  getGroup(argument: _ferry_v1_GetGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GetGroupResponse__Output>): grpc.ClientUnaryCall;
  getGroup(argument: _ferry_v1_GetGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_GetGroupResponse__Output>): grpc.ClientUnaryCall;
  getGroup(argument: _ferry_v1_GetGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GetGroupResponse__Output>): grpc.ClientUnaryCall;
  getGroup(argument: _ferry_v1_GetGroupRequest, callback: grpc.requestCallback<_ferry_v1_GetGroupResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * One host with live figures.
   */
  GetHost(argument: _ferry_v1_GetHostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GetHostResponse__Output>): grpc.ClientUnaryCall;
  GetHost(argument: _ferry_v1_GetHostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_GetHostResponse__Output>): grpc.ClientUnaryCall;
  GetHost(argument: _ferry_v1_GetHostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GetHostResponse__Output>): grpc.ClientUnaryCall;
  GetHost(argument: _ferry_v1_GetHostRequest, callback: grpc.requestCallback<_ferry_v1_GetHostResponse__Output>): grpc.ClientUnaryCall;
  /**
   * One host with live figures.
   */
  getHost(argument: _ferry_v1_GetHostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GetHostResponse__Output>): grpc.ClientUnaryCall;
  getHost(argument: _ferry_v1_GetHostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_GetHostResponse__Output>): grpc.ClientUnaryCall;
  getHost(argument: _ferry_v1_GetHostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GetHostResponse__Output>): grpc.ClientUnaryCall;
  getHost(argument: _ferry_v1_GetHostRequest, callback: grpc.requestCallback<_ferry_v1_GetHostResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * One setting.
   */
  GetSetting(argument: _ferry_v1_GetSettingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GetSettingResponse__Output>): grpc.ClientUnaryCall;
  GetSetting(argument: _ferry_v1_GetSettingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_GetSettingResponse__Output>): grpc.ClientUnaryCall;
  GetSetting(argument: _ferry_v1_GetSettingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GetSettingResponse__Output>): grpc.ClientUnaryCall;
  GetSetting(argument: _ferry_v1_GetSettingRequest, callback: grpc.requestCallback<_ferry_v1_GetSettingResponse__Output>): grpc.ClientUnaryCall;
  /**
   * One setting.
   */
  getSetting(argument: _ferry_v1_GetSettingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GetSettingResponse__Output>): grpc.ClientUnaryCall;
  getSetting(argument: _ferry_v1_GetSettingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_GetSettingResponse__Output>): grpc.ClientUnaryCall;
  getSetting(argument: _ferry_v1_GetSettingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GetSettingResponse__Output>): grpc.ClientUnaryCall;
  getSetting(argument: _ferry_v1_GetSettingRequest, callback: grpc.requestCallback<_ferry_v1_GetSettingResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * One virtual system.
   */
  GetSystem(argument: _ferry_v1_GetSystemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GetSystemResponse__Output>): grpc.ClientUnaryCall;
  GetSystem(argument: _ferry_v1_GetSystemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_GetSystemResponse__Output>): grpc.ClientUnaryCall;
  GetSystem(argument: _ferry_v1_GetSystemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GetSystemResponse__Output>): grpc.ClientUnaryCall;
  GetSystem(argument: _ferry_v1_GetSystemRequest, callback: grpc.requestCallback<_ferry_v1_GetSystemResponse__Output>): grpc.ClientUnaryCall;
  /**
   * One virtual system.
   */
  getSystem(argument: _ferry_v1_GetSystemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GetSystemResponse__Output>): grpc.ClientUnaryCall;
  getSystem(argument: _ferry_v1_GetSystemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_GetSystemResponse__Output>): grpc.ClientUnaryCall;
  getSystem(argument: _ferry_v1_GetSystemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GetSystemResponse__Output>): grpc.ClientUnaryCall;
  getSystem(argument: _ferry_v1_GetSystemRequest, callback: grpc.requestCallback<_ferry_v1_GetSystemResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Makes this node (fresh, fenced or a replica) a replica of the master at `address`.
   */
  JoinMaster(argument: _ferry_v1_JoinMasterRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_JoinMasterResponse__Output>): grpc.ClientUnaryCall;
  JoinMaster(argument: _ferry_v1_JoinMasterRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_JoinMasterResponse__Output>): grpc.ClientUnaryCall;
  JoinMaster(argument: _ferry_v1_JoinMasterRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_JoinMasterResponse__Output>): grpc.ClientUnaryCall;
  JoinMaster(argument: _ferry_v1_JoinMasterRequest, callback: grpc.requestCallback<_ferry_v1_JoinMasterResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Makes this node (fresh, fenced or a replica) a replica of the master at `address`.
   */
  joinMaster(argument: _ferry_v1_JoinMasterRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_JoinMasterResponse__Output>): grpc.ClientUnaryCall;
  joinMaster(argument: _ferry_v1_JoinMasterRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_JoinMasterResponse__Output>): grpc.ClientUnaryCall;
  joinMaster(argument: _ferry_v1_JoinMasterRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_JoinMasterResponse__Output>): grpc.ClientUnaryCall;
  joinMaster(argument: _ferry_v1_JoinMasterRequest, callback: grpc.requestCallback<_ferry_v1_JoinMasterResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Failovers, newest last.
   */
  ListFailovers(argument: _ferry_v1_ListFailoversRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ListFailoversResponse__Output>): grpc.ClientUnaryCall;
  ListFailovers(argument: _ferry_v1_ListFailoversRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ListFailoversResponse__Output>): grpc.ClientUnaryCall;
  ListFailovers(argument: _ferry_v1_ListFailoversRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ListFailoversResponse__Output>): grpc.ClientUnaryCall;
  ListFailovers(argument: _ferry_v1_ListFailoversRequest, callback: grpc.requestCallback<_ferry_v1_ListFailoversResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Failovers, newest last.
   */
  listFailovers(argument: _ferry_v1_ListFailoversRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ListFailoversResponse__Output>): grpc.ClientUnaryCall;
  listFailovers(argument: _ferry_v1_ListFailoversRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ListFailoversResponse__Output>): grpc.ClientUnaryCall;
  listFailovers(argument: _ferry_v1_ListFailoversRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ListFailoversResponse__Output>): grpc.ClientUnaryCall;
  listFailovers(argument: _ferry_v1_ListFailoversRequest, callback: grpc.requestCallback<_ferry_v1_ListFailoversResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * All failover groups.
   */
  ListGroups(argument: _ferry_v1_ListGroupsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ListGroupsResponse__Output>): grpc.ClientUnaryCall;
  ListGroups(argument: _ferry_v1_ListGroupsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ListGroupsResponse__Output>): grpc.ClientUnaryCall;
  ListGroups(argument: _ferry_v1_ListGroupsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ListGroupsResponse__Output>): grpc.ClientUnaryCall;
  ListGroups(argument: _ferry_v1_ListGroupsRequest, callback: grpc.requestCallback<_ferry_v1_ListGroupsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * All failover groups.
   */
  listGroups(argument: _ferry_v1_ListGroupsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ListGroupsResponse__Output>): grpc.ClientUnaryCall;
  listGroups(argument: _ferry_v1_ListGroupsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ListGroupsResponse__Output>): grpc.ClientUnaryCall;
  listGroups(argument: _ferry_v1_ListGroupsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ListGroupsResponse__Output>): grpc.ClientUnaryCall;
  listGroups(argument: _ferry_v1_ListGroupsRequest, callback: grpc.requestCallback<_ferry_v1_ListGroupsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * All hosts, optionally filtered.
   */
  ListHosts(argument: _ferry_v1_ListHostsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ListHostsResponse__Output>): grpc.ClientUnaryCall;
  ListHosts(argument: _ferry_v1_ListHostsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ListHostsResponse__Output>): grpc.ClientUnaryCall;
  ListHosts(argument: _ferry_v1_ListHostsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ListHostsResponse__Output>): grpc.ClientUnaryCall;
  ListHosts(argument: _ferry_v1_ListHostsRequest, callback: grpc.requestCallback<_ferry_v1_ListHostsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * All hosts, optionally filtered.
   */
  listHosts(argument: _ferry_v1_ListHostsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ListHostsResponse__Output>): grpc.ClientUnaryCall;
  listHosts(argument: _ferry_v1_ListHostsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ListHostsResponse__Output>): grpc.ClientUnaryCall;
  listHosts(argument: _ferry_v1_ListHostsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ListHostsResponse__Output>): grpc.ClientUnaryCall;
  listHosts(argument: _ferry_v1_ListHostsRequest, callback: grpc.requestCallback<_ferry_v1_ListHostsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * All owner accounts.
   */
  ListOwners(argument: _ferry_v1_ListOwnersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ListOwnersResponse__Output>): grpc.ClientUnaryCall;
  ListOwners(argument: _ferry_v1_ListOwnersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ListOwnersResponse__Output>): grpc.ClientUnaryCall;
  ListOwners(argument: _ferry_v1_ListOwnersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ListOwnersResponse__Output>): grpc.ClientUnaryCall;
  ListOwners(argument: _ferry_v1_ListOwnersRequest, callback: grpc.requestCallback<_ferry_v1_ListOwnersResponse__Output>): grpc.ClientUnaryCall;
  /**
   * All owner accounts.
   */
  listOwners(argument: _ferry_v1_ListOwnersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ListOwnersResponse__Output>): grpc.ClientUnaryCall;
  listOwners(argument: _ferry_v1_ListOwnersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ListOwnersResponse__Output>): grpc.ClientUnaryCall;
  listOwners(argument: _ferry_v1_ListOwnersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ListOwnersResponse__Output>): grpc.ClientUnaryCall;
  listOwners(argument: _ferry_v1_ListOwnersRequest, callback: grpc.requestCallback<_ferry_v1_ListOwnersResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Placement rules, by name.
   */
  ListRules(argument: _ferry_v1_ListRulesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ListRulesResponse__Output>): grpc.ClientUnaryCall;
  ListRules(argument: _ferry_v1_ListRulesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ListRulesResponse__Output>): grpc.ClientUnaryCall;
  ListRules(argument: _ferry_v1_ListRulesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ListRulesResponse__Output>): grpc.ClientUnaryCall;
  ListRules(argument: _ferry_v1_ListRulesRequest, callback: grpc.requestCallback<_ferry_v1_ListRulesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Placement rules, by name.
   */
  listRules(argument: _ferry_v1_ListRulesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ListRulesResponse__Output>): grpc.ClientUnaryCall;
  listRules(argument: _ferry_v1_ListRulesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ListRulesResponse__Output>): grpc.ClientUnaryCall;
  listRules(argument: _ferry_v1_ListRulesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ListRulesResponse__Output>): grpc.ClientUnaryCall;
  listRules(argument: _ferry_v1_ListRulesRequest, callback: grpc.requestCallback<_ferry_v1_ListRulesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * All settings.
   */
  ListSettings(argument: _ferry_v1_ListSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ListSettingsResponse__Output>): grpc.ClientUnaryCall;
  ListSettings(argument: _ferry_v1_ListSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ListSettingsResponse__Output>): grpc.ClientUnaryCall;
  ListSettings(argument: _ferry_v1_ListSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ListSettingsResponse__Output>): grpc.ClientUnaryCall;
  ListSettings(argument: _ferry_v1_ListSettingsRequest, callback: grpc.requestCallback<_ferry_v1_ListSettingsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * All settings.
   */
  listSettings(argument: _ferry_v1_ListSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ListSettingsResponse__Output>): grpc.ClientUnaryCall;
  listSettings(argument: _ferry_v1_ListSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ListSettingsResponse__Output>): grpc.ClientUnaryCall;
  listSettings(argument: _ferry_v1_ListSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ListSettingsResponse__Output>): grpc.ClientUnaryCall;
  listSettings(argument: _ferry_v1_ListSettingsRequest, callback: grpc.requestCallback<_ferry_v1_ListSettingsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Virtual systems, optionally filtered.
   */
  ListSystems(argument: _ferry_v1_ListSystemsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ListSystemsResponse__Output>): grpc.ClientUnaryCall;
  ListSystems(argument: _ferry_v1_ListSystemsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ListSystemsResponse__Output>): grpc.ClientUnaryCall;
  ListSystems(argument: _ferry_v1_ListSystemsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ListSystemsResponse__Output>): grpc.ClientUnaryCall;
  ListSystems(argument: _ferry_v1_ListSystemsRequest, callback: grpc.requestCallback<_ferry_v1_ListSystemsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Virtual systems, optionally filtered.
   */
  listSystems(argument: _ferry_v1_ListSystemsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ListSystemsResponse__Output>): grpc.ClientUnaryCall;
  listSystems(argument: _ferry_v1_ListSystemsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ListSystemsResponse__Output>): grpc.ClientUnaryCall;
  listSystems(argument: _ferry_v1_ListSystemsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ListSystemsResponse__Output>): grpc.ClientUnaryCall;
  listSystems(argument: _ferry_v1_ListSystemsRequest, callback: grpc.requestCallback<_ferry_v1_ListSystemsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * API tokens (without secrets).
   */
  ListTokens(argument: _ferry_v1_ListTokensRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ListTokensResponse__Output>): grpc.ClientUnaryCall;
  ListTokens(argument: _ferry_v1_ListTokensRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ListTokensResponse__Output>): grpc.ClientUnaryCall;
  ListTokens(argument: _ferry_v1_ListTokensRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ListTokensResponse__Output>): grpc.ClientUnaryCall;
  ListTokens(argument: _ferry_v1_ListTokensRequest, callback: grpc.requestCallback<_ferry_v1_ListTokensResponse__Output>): grpc.ClientUnaryCall;
  /**
   * API tokens (without secrets).
   */
  listTokens(argument: _ferry_v1_ListTokensRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ListTokensResponse__Output>): grpc.ClientUnaryCall;
  listTokens(argument: _ferry_v1_ListTokensRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ListTokensResponse__Output>): grpc.ClientUnaryCall;
  listTokens(argument: _ferry_v1_ListTokensRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ListTokensResponse__Output>): grpc.ClientUnaryCall;
  listTokens(argument: _ferry_v1_ListTokensRequest, callback: grpc.requestCallback<_ferry_v1_ListTokensResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * A planned move of a system between two live hosts.
   */
  MoveSystem(argument: _ferry_v1_MoveSystemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_MoveSystemResponse__Output>): grpc.ClientUnaryCall;
  MoveSystem(argument: _ferry_v1_MoveSystemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_MoveSystemResponse__Output>): grpc.ClientUnaryCall;
  MoveSystem(argument: _ferry_v1_MoveSystemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_MoveSystemResponse__Output>): grpc.ClientUnaryCall;
  MoveSystem(argument: _ferry_v1_MoveSystemRequest, callback: grpc.requestCallback<_ferry_v1_MoveSystemResponse__Output>): grpc.ClientUnaryCall;
  /**
   * A planned move of a system between two live hosts.
   */
  moveSystem(argument: _ferry_v1_MoveSystemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_MoveSystemResponse__Output>): grpc.ClientUnaryCall;
  moveSystem(argument: _ferry_v1_MoveSystemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_MoveSystemResponse__Output>): grpc.ClientUnaryCall;
  moveSystem(argument: _ferry_v1_MoveSystemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_MoveSystemResponse__Output>): grpc.ClientUnaryCall;
  moveSystem(argument: _ferry_v1_MoveSystemRequest, callback: grpc.requestCallback<_ferry_v1_MoveSystemResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Turns this replica into the writable master.
   */
  PromoteReplica(argument: _ferry_v1_PromoteReplicaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_PromoteReplicaResponse__Output>): grpc.ClientUnaryCall;
  PromoteReplica(argument: _ferry_v1_PromoteReplicaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_PromoteReplicaResponse__Output>): grpc.ClientUnaryCall;
  PromoteReplica(argument: _ferry_v1_PromoteReplicaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_PromoteReplicaResponse__Output>): grpc.ClientUnaryCall;
  PromoteReplica(argument: _ferry_v1_PromoteReplicaRequest, callback: grpc.requestCallback<_ferry_v1_PromoteReplicaResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Turns this replica into the writable master.
   */
  promoteReplica(argument: _ferry_v1_PromoteReplicaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_PromoteReplicaResponse__Output>): grpc.ClientUnaryCall;
  promoteReplica(argument: _ferry_v1_PromoteReplicaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_PromoteReplicaResponse__Output>): grpc.ClientUnaryCall;
  promoteReplica(argument: _ferry_v1_PromoteReplicaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_PromoteReplicaResponse__Output>): grpc.ClientUnaryCall;
  promoteReplica(argument: _ferry_v1_PromoteReplicaRequest, callback: grpc.requestCallback<_ferry_v1_PromoteReplicaResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Events from a seq, with filters and a limit.
   */
  ReadEvents(argument: _ferry_v1_ReadEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ReadEventsResponse__Output>): grpc.ClientUnaryCall;
  ReadEvents(argument: _ferry_v1_ReadEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ReadEventsResponse__Output>): grpc.ClientUnaryCall;
  ReadEvents(argument: _ferry_v1_ReadEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ReadEventsResponse__Output>): grpc.ClientUnaryCall;
  ReadEvents(argument: _ferry_v1_ReadEventsRequest, callback: grpc.requestCallback<_ferry_v1_ReadEventsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Events from a seq, with filters and a limit.
   */
  readEvents(argument: _ferry_v1_ReadEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ReadEventsResponse__Output>): grpc.ClientUnaryCall;
  readEvents(argument: _ferry_v1_ReadEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ReadEventsResponse__Output>): grpc.ClientUnaryCall;
  readEvents(argument: _ferry_v1_ReadEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ReadEventsResponse__Output>): grpc.ClientUnaryCall;
  readEvents(argument: _ferry_v1_ReadEventsRequest, callback: grpc.requestCallback<_ferry_v1_ReadEventsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Registers a hypervisor host.
   */
  RegisterHost(argument: _ferry_v1_RegisterHostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_RegisterHostResponse__Output>): grpc.ClientUnaryCall;
  RegisterHost(argument: _ferry_v1_RegisterHostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_RegisterHostResponse__Output>): grpc.ClientUnaryCall;
  RegisterHost(argument: _ferry_v1_RegisterHostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_RegisterHostResponse__Output>): grpc.ClientUnaryCall;
  RegisterHost(argument: _ferry_v1_RegisterHostRequest, callback: grpc.requestCallback<_ferry_v1_RegisterHostResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Registers a hypervisor host.
   */
  registerHost(argument: _ferry_v1_RegisterHostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_RegisterHostResponse__Output>): grpc.ClientUnaryCall;
  registerHost(argument: _ferry_v1_RegisterHostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_RegisterHostResponse__Output>): grpc.ClientUnaryCall;
  registerHost(argument: _ferry_v1_RegisterHostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_RegisterHostResponse__Output>): grpc.ClientUnaryCall;
  registerHost(argument: _ferry_v1_RegisterHostRequest, callback: grpc.requestCallback<_ferry_v1_RegisterHostResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * An operator releases a group's mass-failure brake: automatic failover of its down hosts resumes (operator role).
   */
  ReleaseBrake(argument: _ferry_v1_ReleaseBrakeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ReleaseBrakeResponse__Output>): grpc.ClientUnaryCall;
  ReleaseBrake(argument: _ferry_v1_ReleaseBrakeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ReleaseBrakeResponse__Output>): grpc.ClientUnaryCall;
  ReleaseBrake(argument: _ferry_v1_ReleaseBrakeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ReleaseBrakeResponse__Output>): grpc.ClientUnaryCall;
  ReleaseBrake(argument: _ferry_v1_ReleaseBrakeRequest, callback: grpc.requestCallback<_ferry_v1_ReleaseBrakeResponse__Output>): grpc.ClientUnaryCall;
  /**
   * An operator releases a group's mass-failure brake: automatic failover of its down hosts resumes (operator role).
   */
  releaseBrake(argument: _ferry_v1_ReleaseBrakeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ReleaseBrakeResponse__Output>): grpc.ClientUnaryCall;
  releaseBrake(argument: _ferry_v1_ReleaseBrakeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ReleaseBrakeResponse__Output>): grpc.ClientUnaryCall;
  releaseBrake(argument: _ferry_v1_ReleaseBrakeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ReleaseBrakeResponse__Output>): grpc.ClientUnaryCall;
  releaseBrake(argument: _ferry_v1_ReleaseBrakeRequest, callback: grpc.requestCallback<_ferry_v1_ReleaseBrakeResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Removes a host from management.
   */
  RemoveHost(argument: _ferry_v1_RemoveHostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_RemoveHostResponse__Output>): grpc.ClientUnaryCall;
  RemoveHost(argument: _ferry_v1_RemoveHostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_RemoveHostResponse__Output>): grpc.ClientUnaryCall;
  RemoveHost(argument: _ferry_v1_RemoveHostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_RemoveHostResponse__Output>): grpc.ClientUnaryCall;
  RemoveHost(argument: _ferry_v1_RemoveHostRequest, callback: grpc.requestCallback<_ferry_v1_RemoveHostResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Removes a host from management.
   */
  removeHost(argument: _ferry_v1_RemoveHostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_RemoveHostResponse__Output>): grpc.ClientUnaryCall;
  removeHost(argument: _ferry_v1_RemoveHostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_RemoveHostResponse__Output>): grpc.ClientUnaryCall;
  removeHost(argument: _ferry_v1_RemoveHostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_RemoveHostResponse__Output>): grpc.ClientUnaryCall;
  removeHost(argument: _ferry_v1_RemoveHostRequest, callback: grpc.requestCallback<_ferry_v1_RemoveHostResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Removes a replica from the master's replica list.
   */
  RemoveReplica(argument: _ferry_v1_RemoveReplicaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_RemoveReplicaResponse__Output>): grpc.ClientUnaryCall;
  RemoveReplica(argument: _ferry_v1_RemoveReplicaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_RemoveReplicaResponse__Output>): grpc.ClientUnaryCall;
  RemoveReplica(argument: _ferry_v1_RemoveReplicaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_RemoveReplicaResponse__Output>): grpc.ClientUnaryCall;
  RemoveReplica(argument: _ferry_v1_RemoveReplicaRequest, callback: grpc.requestCallback<_ferry_v1_RemoveReplicaResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Removes a replica from the master's replica list.
   */
  removeReplica(argument: _ferry_v1_RemoveReplicaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_RemoveReplicaResponse__Output>): grpc.ClientUnaryCall;
  removeReplica(argument: _ferry_v1_RemoveReplicaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_RemoveReplicaResponse__Output>): grpc.ClientUnaryCall;
  removeReplica(argument: _ferry_v1_RemoveReplicaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_RemoveReplicaResponse__Output>): grpc.ClientUnaryCall;
  removeReplica(argument: _ferry_v1_RemoveReplicaRequest, callback: grpc.requestCallback<_ferry_v1_RemoveReplicaResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Removes a placement rule.
   */
  RemoveRule(argument: _ferry_v1_RemoveRuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_RemoveRuleResponse__Output>): grpc.ClientUnaryCall;
  RemoveRule(argument: _ferry_v1_RemoveRuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_RemoveRuleResponse__Output>): grpc.ClientUnaryCall;
  RemoveRule(argument: _ferry_v1_RemoveRuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_RemoveRuleResponse__Output>): grpc.ClientUnaryCall;
  RemoveRule(argument: _ferry_v1_RemoveRuleRequest, callback: grpc.requestCallback<_ferry_v1_RemoveRuleResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Removes a placement rule.
   */
  removeRule(argument: _ferry_v1_RemoveRuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_RemoveRuleResponse__Output>): grpc.ClientUnaryCall;
  removeRule(argument: _ferry_v1_RemoveRuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_RemoveRuleResponse__Output>): grpc.ClientUnaryCall;
  removeRule(argument: _ferry_v1_RemoveRuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_RemoveRuleResponse__Output>): grpc.ClientUnaryCall;
  removeRule(argument: _ferry_v1_RemoveRuleRequest, callback: grpc.requestCallback<_ferry_v1_RemoveRuleResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Stops a (reachable, old) master from acting as master.
   */
  ReplicationOff(argument: _ferry_v1_ReplicationOffRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ReplicationOffResponse__Output>): grpc.ClientUnaryCall;
  ReplicationOff(argument: _ferry_v1_ReplicationOffRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ReplicationOffResponse__Output>): grpc.ClientUnaryCall;
  ReplicationOff(argument: _ferry_v1_ReplicationOffRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ReplicationOffResponse__Output>): grpc.ClientUnaryCall;
  ReplicationOff(argument: _ferry_v1_ReplicationOffRequest, callback: grpc.requestCallback<_ferry_v1_ReplicationOffResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Stops a (reachable, old) master from acting as master.
   */
  replicationOff(argument: _ferry_v1_ReplicationOffRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ReplicationOffResponse__Output>): grpc.ClientUnaryCall;
  replicationOff(argument: _ferry_v1_ReplicationOffRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ReplicationOffResponse__Output>): grpc.ClientUnaryCall;
  replicationOff(argument: _ferry_v1_ReplicationOffRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ReplicationOffResponse__Output>): grpc.ClientUnaryCall;
  replicationOff(argument: _ferry_v1_ReplicationOffRequest, callback: grpc.requestCallback<_ferry_v1_ReplicationOffResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Revokes an API token.
   */
  RevokeToken(argument: _ferry_v1_RevokeTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_RevokeTokenResponse__Output>): grpc.ClientUnaryCall;
  RevokeToken(argument: _ferry_v1_RevokeTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_RevokeTokenResponse__Output>): grpc.ClientUnaryCall;
  RevokeToken(argument: _ferry_v1_RevokeTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_RevokeTokenResponse__Output>): grpc.ClientUnaryCall;
  RevokeToken(argument: _ferry_v1_RevokeTokenRequest, callback: grpc.requestCallback<_ferry_v1_RevokeTokenResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Revokes an API token.
   */
  revokeToken(argument: _ferry_v1_RevokeTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_RevokeTokenResponse__Output>): grpc.ClientUnaryCall;
  revokeToken(argument: _ferry_v1_RevokeTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_RevokeTokenResponse__Output>): grpc.ClientUnaryCall;
  revokeToken(argument: _ferry_v1_RevokeTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_RevokeTokenResponse__Output>): grpc.ClientUnaryCall;
  revokeToken(argument: _ferry_v1_RevokeTokenRequest, callback: grpc.requestCallback<_ferry_v1_RevokeTokenResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Sets one setting.
   */
  SetSetting(argument: _ferry_v1_SetSettingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_SetSettingResponse__Output>): grpc.ClientUnaryCall;
  SetSetting(argument: _ferry_v1_SetSettingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_SetSettingResponse__Output>): grpc.ClientUnaryCall;
  SetSetting(argument: _ferry_v1_SetSettingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_SetSettingResponse__Output>): grpc.ClientUnaryCall;
  SetSetting(argument: _ferry_v1_SetSettingRequest, callback: grpc.requestCallback<_ferry_v1_SetSettingResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Sets one setting.
   */
  setSetting(argument: _ferry_v1_SetSettingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_SetSettingResponse__Output>): grpc.ClientUnaryCall;
  setSetting(argument: _ferry_v1_SetSettingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_SetSettingResponse__Output>): grpc.ClientUnaryCall;
  setSetting(argument: _ferry_v1_SetSettingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_SetSettingResponse__Output>): grpc.ClientUnaryCall;
  setSetting(argument: _ferry_v1_SetSettingRequest, callback: grpc.requestCallback<_ferry_v1_SetSettingResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Pins a host's SSH key (shows the presented fingerprint when none is given).
   */
  TrustHostKey(argument: _ferry_v1_TrustHostKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_TrustHostKeyResponse__Output>): grpc.ClientUnaryCall;
  TrustHostKey(argument: _ferry_v1_TrustHostKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_TrustHostKeyResponse__Output>): grpc.ClientUnaryCall;
  TrustHostKey(argument: _ferry_v1_TrustHostKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_TrustHostKeyResponse__Output>): grpc.ClientUnaryCall;
  TrustHostKey(argument: _ferry_v1_TrustHostKeyRequest, callback: grpc.requestCallback<_ferry_v1_TrustHostKeyResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Pins a host's SSH key (shows the presented fingerprint when none is given).
   */
  trustHostKey(argument: _ferry_v1_TrustHostKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_TrustHostKeyResponse__Output>): grpc.ClientUnaryCall;
  trustHostKey(argument: _ferry_v1_TrustHostKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_TrustHostKeyResponse__Output>): grpc.ClientUnaryCall;
  trustHostKey(argument: _ferry_v1_TrustHostKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_TrustHostKeyResponse__Output>): grpc.ClientUnaryCall;
  trustHostKey(argument: _ferry_v1_TrustHostKeyRequest, callback: grpc.requestCallback<_ferry_v1_TrustHostKeyResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Ends a host's maintenance.
   */
  UndrainHost(argument: _ferry_v1_UndrainHostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_UndrainHostResponse__Output>): grpc.ClientUnaryCall;
  UndrainHost(argument: _ferry_v1_UndrainHostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_UndrainHostResponse__Output>): grpc.ClientUnaryCall;
  UndrainHost(argument: _ferry_v1_UndrainHostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_UndrainHostResponse__Output>): grpc.ClientUnaryCall;
  UndrainHost(argument: _ferry_v1_UndrainHostRequest, callback: grpc.requestCallback<_ferry_v1_UndrainHostResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Ends a host's maintenance.
   */
  undrainHost(argument: _ferry_v1_UndrainHostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_UndrainHostResponse__Output>): grpc.ClientUnaryCall;
  undrainHost(argument: _ferry_v1_UndrainHostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_UndrainHostResponse__Output>): grpc.ClientUnaryCall;
  undrainHost(argument: _ferry_v1_UndrainHostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_UndrainHostResponse__Output>): grpc.ClientUnaryCall;
  undrainHost(argument: _ferry_v1_UndrainHostRequest, callback: grpc.requestCallback<_ferry_v1_UndrainHostResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Changes a failover group.
   */
  UpdateGroup(argument: _ferry_v1_UpdateGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_UpdateGroupResponse__Output>): grpc.ClientUnaryCall;
  UpdateGroup(argument: _ferry_v1_UpdateGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_UpdateGroupResponse__Output>): grpc.ClientUnaryCall;
  UpdateGroup(argument: _ferry_v1_UpdateGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_UpdateGroupResponse__Output>): grpc.ClientUnaryCall;
  UpdateGroup(argument: _ferry_v1_UpdateGroupRequest, callback: grpc.requestCallback<_ferry_v1_UpdateGroupResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Changes a failover group.
   */
  updateGroup(argument: _ferry_v1_UpdateGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_UpdateGroupResponse__Output>): grpc.ClientUnaryCall;
  updateGroup(argument: _ferry_v1_UpdateGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_UpdateGroupResponse__Output>): grpc.ClientUnaryCall;
  updateGroup(argument: _ferry_v1_UpdateGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_UpdateGroupResponse__Output>): grpc.ClientUnaryCall;
  updateGroup(argument: _ferry_v1_UpdateGroupRequest, callback: grpc.requestCallback<_ferry_v1_UpdateGroupResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Changes fields of a host.
   */
  UpdateHost(argument: _ferry_v1_UpdateHostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_UpdateHostResponse__Output>): grpc.ClientUnaryCall;
  UpdateHost(argument: _ferry_v1_UpdateHostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_UpdateHostResponse__Output>): grpc.ClientUnaryCall;
  UpdateHost(argument: _ferry_v1_UpdateHostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_UpdateHostResponse__Output>): grpc.ClientUnaryCall;
  UpdateHost(argument: _ferry_v1_UpdateHostRequest, callback: grpc.requestCallback<_ferry_v1_UpdateHostResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Changes fields of a host.
   */
  updateHost(argument: _ferry_v1_UpdateHostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_UpdateHostResponse__Output>): grpc.ClientUnaryCall;
  updateHost(argument: _ferry_v1_UpdateHostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_UpdateHostResponse__Output>): grpc.ClientUnaryCall;
  updateHost(argument: _ferry_v1_UpdateHostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_UpdateHostResponse__Output>): grpc.ClientUnaryCall;
  updateHost(argument: _ferry_v1_UpdateHostRequest, callback: grpc.requestCallback<_ferry_v1_UpdateHostResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Changes an owner account.
   */
  UpdateOwner(argument: _ferry_v1_UpdateOwnerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_UpdateOwnerResponse__Output>): grpc.ClientUnaryCall;
  UpdateOwner(argument: _ferry_v1_UpdateOwnerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_UpdateOwnerResponse__Output>): grpc.ClientUnaryCall;
  UpdateOwner(argument: _ferry_v1_UpdateOwnerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_UpdateOwnerResponse__Output>): grpc.ClientUnaryCall;
  UpdateOwner(argument: _ferry_v1_UpdateOwnerRequest, callback: grpc.requestCallback<_ferry_v1_UpdateOwnerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Changes an owner account.
   */
  updateOwner(argument: _ferry_v1_UpdateOwnerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_UpdateOwnerResponse__Output>): grpc.ClientUnaryCall;
  updateOwner(argument: _ferry_v1_UpdateOwnerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_UpdateOwnerResponse__Output>): grpc.ClientUnaryCall;
  updateOwner(argument: _ferry_v1_UpdateOwnerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_UpdateOwnerResponse__Output>): grpc.ClientUnaryCall;
  updateOwner(argument: _ferry_v1_UpdateOwnerRequest, callback: grpc.requestCallback<_ferry_v1_UpdateOwnerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Sets owner, restart priority or failover inclusion of a system.
   */
  UpdateSystem(argument: _ferry_v1_UpdateSystemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_UpdateSystemResponse__Output>): grpc.ClientUnaryCall;
  UpdateSystem(argument: _ferry_v1_UpdateSystemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_UpdateSystemResponse__Output>): grpc.ClientUnaryCall;
  UpdateSystem(argument: _ferry_v1_UpdateSystemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_UpdateSystemResponse__Output>): grpc.ClientUnaryCall;
  UpdateSystem(argument: _ferry_v1_UpdateSystemRequest, callback: grpc.requestCallback<_ferry_v1_UpdateSystemResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Sets owner, restart priority or failover inclusion of a system.
   */
  updateSystem(argument: _ferry_v1_UpdateSystemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_UpdateSystemResponse__Output>): grpc.ClientUnaryCall;
  updateSystem(argument: _ferry_v1_UpdateSystemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_UpdateSystemResponse__Output>): grpc.ClientUnaryCall;
  updateSystem(argument: _ferry_v1_UpdateSystemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_UpdateSystemResponse__Output>): grpc.ClientUnaryCall;
  updateSystem(argument: _ferry_v1_UpdateSystemRequest, callback: grpc.requestCallback<_ferry_v1_UpdateSystemResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Verifies the hash chain, epochs and quarantine of this node's log.
   */
  VerifyLog(argument: _ferry_v1_VerifyLogRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_VerifyLogResponse__Output>): grpc.ClientUnaryCall;
  VerifyLog(argument: _ferry_v1_VerifyLogRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_VerifyLogResponse__Output>): grpc.ClientUnaryCall;
  VerifyLog(argument: _ferry_v1_VerifyLogRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_VerifyLogResponse__Output>): grpc.ClientUnaryCall;
  VerifyLog(argument: _ferry_v1_VerifyLogRequest, callback: grpc.requestCallback<_ferry_v1_VerifyLogResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Verifies the hash chain, epochs and quarantine of this node's log.
   */
  verifyLog(argument: _ferry_v1_VerifyLogRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_VerifyLogResponse__Output>): grpc.ClientUnaryCall;
  verifyLog(argument: _ferry_v1_VerifyLogRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_VerifyLogResponse__Output>): grpc.ClientUnaryCall;
  verifyLog(argument: _ferry_v1_VerifyLogRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_VerifyLogResponse__Output>): grpc.ClientUnaryCall;
  verifyLog(argument: _ferry_v1_VerifyLogRequest, callback: grpc.requestCallback<_ferry_v1_VerifyLogResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Events from a seq: catches up, then follows live (one event per message).
   */
  WatchEvents(argument: _ferry_v1_WatchEventsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ferry_v1_WatchEventsResponse__Output>;
  WatchEvents(argument: _ferry_v1_WatchEventsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ferry_v1_WatchEventsResponse__Output>;
  /**
   * Events from a seq: catches up, then follows live (one event per message).
   */
  watchEvents(argument: _ferry_v1_WatchEventsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ferry_v1_WatchEventsResponse__Output>;
  watchEvents(argument: _ferry_v1_WatchEventsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ferry_v1_WatchEventsResponse__Output>;
  
}

/**
 * The operator and client API of a Ferry node. Every RPC has its own request and response message
 * (`<Rpc>Request` / `<Rpc>Response`), so each can grow fields without touching the others.
 */
export interface ControlPlaneServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Adds a replica to the master's replica list (checked first).
   */
  AddReplica: grpc.handleUnaryCall<_ferry_v1_AddReplicaRequest__Output, _ferry_v1_AddReplicaResponse>;
  
  /**
   * Adds a placement rule.
   */
  AddRule: grpc.handleUnaryCall<_ferry_v1_AddRuleRequest__Output, _ferry_v1_AddRuleResponse>;
  
  /**
   * An operator vouches that a host is dead (its fence cannot be confirmed).
   */
  ConfirmDown: grpc.handleUnaryCall<_ferry_v1_ConfirmDownRequest__Output, _ferry_v1_ConfirmDownResponse>;
  
  /**
   * Creates a failover group.
   */
  CreateGroup: grpc.handleUnaryCall<_ferry_v1_CreateGroupRequest__Output, _ferry_v1_CreateGroupResponse>;
  
  /**
   * Creates an owner account.
   */
  CreateOwner: grpc.handleUnaryCall<_ferry_v1_CreateOwnerRequest__Output, _ferry_v1_CreateOwnerResponse>;
  
  /**
   * Creates an API token; the token itself is returned once.
   */
  CreateToken: grpc.handleUnaryCall<_ferry_v1_CreateTokenRequest__Output, _ferry_v1_CreateTokenResponse>;
  
  /**
   * Deletes a failover group.
   */
  DeleteGroup: grpc.handleUnaryCall<_ferry_v1_DeleteGroupRequest__Output, _ferry_v1_DeleteGroupResponse>;
  
  /**
   * Deletes an owner account.
   */
  DeleteOwner: grpc.handleUnaryCall<_ferry_v1_DeleteOwnerRequest__Output, _ferry_v1_DeleteOwnerResponse>;
  
  /**
   * Puts a host in maintenance and moves every system off it (planned, recorded before acting).
   */
  DrainHost: grpc.handleUnaryCall<_ferry_v1_DrainHostRequest__Output, _ferry_v1_DrainHostResponse>;
  
  /**
   * Forced failover: moves a system off its dead (down or fenced) host on demand (Cloudmin's Force Failover /
   * failover-system). A system whose host is up is refused; see MoveSystem.
   */
  ForceFailover: grpc.handleUnaryCall<_ferry_v1_ForceFailoverRequest__Output, _ferry_v1_ForceFailoverResponse>;
  
  /**
   * Node id, role, epoch, head, master, replicas.
   */
  GetClusterStatus: grpc.handleUnaryCall<_ferry_v1_GetClusterStatusRequest__Output, _ferry_v1_GetClusterStatusResponse>;
  
  /**
   * One failover group.
   */
  GetGroup: grpc.handleUnaryCall<_ferry_v1_GetGroupRequest__Output, _ferry_v1_GetGroupResponse>;
  
  /**
   * One host with live figures.
   */
  GetHost: grpc.handleUnaryCall<_ferry_v1_GetHostRequest__Output, _ferry_v1_GetHostResponse>;
  
  /**
   * One setting.
   */
  GetSetting: grpc.handleUnaryCall<_ferry_v1_GetSettingRequest__Output, _ferry_v1_GetSettingResponse>;
  
  /**
   * One virtual system.
   */
  GetSystem: grpc.handleUnaryCall<_ferry_v1_GetSystemRequest__Output, _ferry_v1_GetSystemResponse>;
  
  /**
   * Makes this node (fresh, fenced or a replica) a replica of the master at `address`.
   */
  JoinMaster: grpc.handleUnaryCall<_ferry_v1_JoinMasterRequest__Output, _ferry_v1_JoinMasterResponse>;
  
  /**
   * Failovers, newest last.
   */
  ListFailovers: grpc.handleUnaryCall<_ferry_v1_ListFailoversRequest__Output, _ferry_v1_ListFailoversResponse>;
  
  /**
   * All failover groups.
   */
  ListGroups: grpc.handleUnaryCall<_ferry_v1_ListGroupsRequest__Output, _ferry_v1_ListGroupsResponse>;
  
  /**
   * All hosts, optionally filtered.
   */
  ListHosts: grpc.handleUnaryCall<_ferry_v1_ListHostsRequest__Output, _ferry_v1_ListHostsResponse>;
  
  /**
   * All owner accounts.
   */
  ListOwners: grpc.handleUnaryCall<_ferry_v1_ListOwnersRequest__Output, _ferry_v1_ListOwnersResponse>;
  
  /**
   * Placement rules, by name.
   */
  ListRules: grpc.handleUnaryCall<_ferry_v1_ListRulesRequest__Output, _ferry_v1_ListRulesResponse>;
  
  /**
   * All settings.
   */
  ListSettings: grpc.handleUnaryCall<_ferry_v1_ListSettingsRequest__Output, _ferry_v1_ListSettingsResponse>;
  
  /**
   * Virtual systems, optionally filtered.
   */
  ListSystems: grpc.handleUnaryCall<_ferry_v1_ListSystemsRequest__Output, _ferry_v1_ListSystemsResponse>;
  
  /**
   * API tokens (without secrets).
   */
  ListTokens: grpc.handleUnaryCall<_ferry_v1_ListTokensRequest__Output, _ferry_v1_ListTokensResponse>;
  
  /**
   * A planned move of a system between two live hosts.
   */
  MoveSystem: grpc.handleUnaryCall<_ferry_v1_MoveSystemRequest__Output, _ferry_v1_MoveSystemResponse>;
  
  /**
   * Turns this replica into the writable master.
   */
  PromoteReplica: grpc.handleUnaryCall<_ferry_v1_PromoteReplicaRequest__Output, _ferry_v1_PromoteReplicaResponse>;
  
  /**
   * Events from a seq, with filters and a limit.
   */
  ReadEvents: grpc.handleUnaryCall<_ferry_v1_ReadEventsRequest__Output, _ferry_v1_ReadEventsResponse>;
  
  /**
   * Registers a hypervisor host.
   */
  RegisterHost: grpc.handleUnaryCall<_ferry_v1_RegisterHostRequest__Output, _ferry_v1_RegisterHostResponse>;
  
  /**
   * An operator releases a group's mass-failure brake: automatic failover of its down hosts resumes (operator role).
   */
  ReleaseBrake: grpc.handleUnaryCall<_ferry_v1_ReleaseBrakeRequest__Output, _ferry_v1_ReleaseBrakeResponse>;
  
  /**
   * Removes a host from management.
   */
  RemoveHost: grpc.handleUnaryCall<_ferry_v1_RemoveHostRequest__Output, _ferry_v1_RemoveHostResponse>;
  
  /**
   * Removes a replica from the master's replica list.
   */
  RemoveReplica: grpc.handleUnaryCall<_ferry_v1_RemoveReplicaRequest__Output, _ferry_v1_RemoveReplicaResponse>;
  
  /**
   * Removes a placement rule.
   */
  RemoveRule: grpc.handleUnaryCall<_ferry_v1_RemoveRuleRequest__Output, _ferry_v1_RemoveRuleResponse>;
  
  /**
   * Stops a (reachable, old) master from acting as master.
   */
  ReplicationOff: grpc.handleUnaryCall<_ferry_v1_ReplicationOffRequest__Output, _ferry_v1_ReplicationOffResponse>;
  
  /**
   * Revokes an API token.
   */
  RevokeToken: grpc.handleUnaryCall<_ferry_v1_RevokeTokenRequest__Output, _ferry_v1_RevokeTokenResponse>;
  
  /**
   * Sets one setting.
   */
  SetSetting: grpc.handleUnaryCall<_ferry_v1_SetSettingRequest__Output, _ferry_v1_SetSettingResponse>;
  
  /**
   * Pins a host's SSH key (shows the presented fingerprint when none is given).
   */
  TrustHostKey: grpc.handleUnaryCall<_ferry_v1_TrustHostKeyRequest__Output, _ferry_v1_TrustHostKeyResponse>;
  
  /**
   * Ends a host's maintenance.
   */
  UndrainHost: grpc.handleUnaryCall<_ferry_v1_UndrainHostRequest__Output, _ferry_v1_UndrainHostResponse>;
  
  /**
   * Changes a failover group.
   */
  UpdateGroup: grpc.handleUnaryCall<_ferry_v1_UpdateGroupRequest__Output, _ferry_v1_UpdateGroupResponse>;
  
  /**
   * Changes fields of a host.
   */
  UpdateHost: grpc.handleUnaryCall<_ferry_v1_UpdateHostRequest__Output, _ferry_v1_UpdateHostResponse>;
  
  /**
   * Changes an owner account.
   */
  UpdateOwner: grpc.handleUnaryCall<_ferry_v1_UpdateOwnerRequest__Output, _ferry_v1_UpdateOwnerResponse>;
  
  /**
   * Sets owner, restart priority or failover inclusion of a system.
   */
  UpdateSystem: grpc.handleUnaryCall<_ferry_v1_UpdateSystemRequest__Output, _ferry_v1_UpdateSystemResponse>;
  
  /**
   * Verifies the hash chain, epochs and quarantine of this node's log.
   */
  VerifyLog: grpc.handleUnaryCall<_ferry_v1_VerifyLogRequest__Output, _ferry_v1_VerifyLogResponse>;
  
  /**
   * Events from a seq: catches up, then follows live (one event per message).
   */
  WatchEvents: grpc.handleServerStreamingCall<_ferry_v1_WatchEventsRequest__Output, _ferry_v1_WatchEventsResponse>;
  
}

export interface ControlPlaneServiceDefinition extends grpc.ServiceDefinition {
  AddReplica: MethodDefinition<_ferry_v1_AddReplicaRequest, _ferry_v1_AddReplicaResponse, _ferry_v1_AddReplicaRequest__Output, _ferry_v1_AddReplicaResponse__Output>
  AddRule: MethodDefinition<_ferry_v1_AddRuleRequest, _ferry_v1_AddRuleResponse, _ferry_v1_AddRuleRequest__Output, _ferry_v1_AddRuleResponse__Output>
  ConfirmDown: MethodDefinition<_ferry_v1_ConfirmDownRequest, _ferry_v1_ConfirmDownResponse, _ferry_v1_ConfirmDownRequest__Output, _ferry_v1_ConfirmDownResponse__Output>
  CreateGroup: MethodDefinition<_ferry_v1_CreateGroupRequest, _ferry_v1_CreateGroupResponse, _ferry_v1_CreateGroupRequest__Output, _ferry_v1_CreateGroupResponse__Output>
  CreateOwner: MethodDefinition<_ferry_v1_CreateOwnerRequest, _ferry_v1_CreateOwnerResponse, _ferry_v1_CreateOwnerRequest__Output, _ferry_v1_CreateOwnerResponse__Output>
  CreateToken: MethodDefinition<_ferry_v1_CreateTokenRequest, _ferry_v1_CreateTokenResponse, _ferry_v1_CreateTokenRequest__Output, _ferry_v1_CreateTokenResponse__Output>
  DeleteGroup: MethodDefinition<_ferry_v1_DeleteGroupRequest, _ferry_v1_DeleteGroupResponse, _ferry_v1_DeleteGroupRequest__Output, _ferry_v1_DeleteGroupResponse__Output>
  DeleteOwner: MethodDefinition<_ferry_v1_DeleteOwnerRequest, _ferry_v1_DeleteOwnerResponse, _ferry_v1_DeleteOwnerRequest__Output, _ferry_v1_DeleteOwnerResponse__Output>
  DrainHost: MethodDefinition<_ferry_v1_DrainHostRequest, _ferry_v1_DrainHostResponse, _ferry_v1_DrainHostRequest__Output, _ferry_v1_DrainHostResponse__Output>
  ForceFailover: MethodDefinition<_ferry_v1_ForceFailoverRequest, _ferry_v1_ForceFailoverResponse, _ferry_v1_ForceFailoverRequest__Output, _ferry_v1_ForceFailoverResponse__Output>
  GetClusterStatus: MethodDefinition<_ferry_v1_GetClusterStatusRequest, _ferry_v1_GetClusterStatusResponse, _ferry_v1_GetClusterStatusRequest__Output, _ferry_v1_GetClusterStatusResponse__Output>
  GetGroup: MethodDefinition<_ferry_v1_GetGroupRequest, _ferry_v1_GetGroupResponse, _ferry_v1_GetGroupRequest__Output, _ferry_v1_GetGroupResponse__Output>
  GetHost: MethodDefinition<_ferry_v1_GetHostRequest, _ferry_v1_GetHostResponse, _ferry_v1_GetHostRequest__Output, _ferry_v1_GetHostResponse__Output>
  GetSetting: MethodDefinition<_ferry_v1_GetSettingRequest, _ferry_v1_GetSettingResponse, _ferry_v1_GetSettingRequest__Output, _ferry_v1_GetSettingResponse__Output>
  GetSystem: MethodDefinition<_ferry_v1_GetSystemRequest, _ferry_v1_GetSystemResponse, _ferry_v1_GetSystemRequest__Output, _ferry_v1_GetSystemResponse__Output>
  JoinMaster: MethodDefinition<_ferry_v1_JoinMasterRequest, _ferry_v1_JoinMasterResponse, _ferry_v1_JoinMasterRequest__Output, _ferry_v1_JoinMasterResponse__Output>
  ListFailovers: MethodDefinition<_ferry_v1_ListFailoversRequest, _ferry_v1_ListFailoversResponse, _ferry_v1_ListFailoversRequest__Output, _ferry_v1_ListFailoversResponse__Output>
  ListGroups: MethodDefinition<_ferry_v1_ListGroupsRequest, _ferry_v1_ListGroupsResponse, _ferry_v1_ListGroupsRequest__Output, _ferry_v1_ListGroupsResponse__Output>
  ListHosts: MethodDefinition<_ferry_v1_ListHostsRequest, _ferry_v1_ListHostsResponse, _ferry_v1_ListHostsRequest__Output, _ferry_v1_ListHostsResponse__Output>
  ListOwners: MethodDefinition<_ferry_v1_ListOwnersRequest, _ferry_v1_ListOwnersResponse, _ferry_v1_ListOwnersRequest__Output, _ferry_v1_ListOwnersResponse__Output>
  ListRules: MethodDefinition<_ferry_v1_ListRulesRequest, _ferry_v1_ListRulesResponse, _ferry_v1_ListRulesRequest__Output, _ferry_v1_ListRulesResponse__Output>
  ListSettings: MethodDefinition<_ferry_v1_ListSettingsRequest, _ferry_v1_ListSettingsResponse, _ferry_v1_ListSettingsRequest__Output, _ferry_v1_ListSettingsResponse__Output>
  ListSystems: MethodDefinition<_ferry_v1_ListSystemsRequest, _ferry_v1_ListSystemsResponse, _ferry_v1_ListSystemsRequest__Output, _ferry_v1_ListSystemsResponse__Output>
  ListTokens: MethodDefinition<_ferry_v1_ListTokensRequest, _ferry_v1_ListTokensResponse, _ferry_v1_ListTokensRequest__Output, _ferry_v1_ListTokensResponse__Output>
  MoveSystem: MethodDefinition<_ferry_v1_MoveSystemRequest, _ferry_v1_MoveSystemResponse, _ferry_v1_MoveSystemRequest__Output, _ferry_v1_MoveSystemResponse__Output>
  PromoteReplica: MethodDefinition<_ferry_v1_PromoteReplicaRequest, _ferry_v1_PromoteReplicaResponse, _ferry_v1_PromoteReplicaRequest__Output, _ferry_v1_PromoteReplicaResponse__Output>
  ReadEvents: MethodDefinition<_ferry_v1_ReadEventsRequest, _ferry_v1_ReadEventsResponse, _ferry_v1_ReadEventsRequest__Output, _ferry_v1_ReadEventsResponse__Output>
  RegisterHost: MethodDefinition<_ferry_v1_RegisterHostRequest, _ferry_v1_RegisterHostResponse, _ferry_v1_RegisterHostRequest__Output, _ferry_v1_RegisterHostResponse__Output>
  ReleaseBrake: MethodDefinition<_ferry_v1_ReleaseBrakeRequest, _ferry_v1_ReleaseBrakeResponse, _ferry_v1_ReleaseBrakeRequest__Output, _ferry_v1_ReleaseBrakeResponse__Output>
  RemoveHost: MethodDefinition<_ferry_v1_RemoveHostRequest, _ferry_v1_RemoveHostResponse, _ferry_v1_RemoveHostRequest__Output, _ferry_v1_RemoveHostResponse__Output>
  RemoveReplica: MethodDefinition<_ferry_v1_RemoveReplicaRequest, _ferry_v1_RemoveReplicaResponse, _ferry_v1_RemoveReplicaRequest__Output, _ferry_v1_RemoveReplicaResponse__Output>
  RemoveRule: MethodDefinition<_ferry_v1_RemoveRuleRequest, _ferry_v1_RemoveRuleResponse, _ferry_v1_RemoveRuleRequest__Output, _ferry_v1_RemoveRuleResponse__Output>
  ReplicationOff: MethodDefinition<_ferry_v1_ReplicationOffRequest, _ferry_v1_ReplicationOffResponse, _ferry_v1_ReplicationOffRequest__Output, _ferry_v1_ReplicationOffResponse__Output>
  RevokeToken: MethodDefinition<_ferry_v1_RevokeTokenRequest, _ferry_v1_RevokeTokenResponse, _ferry_v1_RevokeTokenRequest__Output, _ferry_v1_RevokeTokenResponse__Output>
  SetSetting: MethodDefinition<_ferry_v1_SetSettingRequest, _ferry_v1_SetSettingResponse, _ferry_v1_SetSettingRequest__Output, _ferry_v1_SetSettingResponse__Output>
  TrustHostKey: MethodDefinition<_ferry_v1_TrustHostKeyRequest, _ferry_v1_TrustHostKeyResponse, _ferry_v1_TrustHostKeyRequest__Output, _ferry_v1_TrustHostKeyResponse__Output>
  UndrainHost: MethodDefinition<_ferry_v1_UndrainHostRequest, _ferry_v1_UndrainHostResponse, _ferry_v1_UndrainHostRequest__Output, _ferry_v1_UndrainHostResponse__Output>
  UpdateGroup: MethodDefinition<_ferry_v1_UpdateGroupRequest, _ferry_v1_UpdateGroupResponse, _ferry_v1_UpdateGroupRequest__Output, _ferry_v1_UpdateGroupResponse__Output>
  UpdateHost: MethodDefinition<_ferry_v1_UpdateHostRequest, _ferry_v1_UpdateHostResponse, _ferry_v1_UpdateHostRequest__Output, _ferry_v1_UpdateHostResponse__Output>
  UpdateOwner: MethodDefinition<_ferry_v1_UpdateOwnerRequest, _ferry_v1_UpdateOwnerResponse, _ferry_v1_UpdateOwnerRequest__Output, _ferry_v1_UpdateOwnerResponse__Output>
  UpdateSystem: MethodDefinition<_ferry_v1_UpdateSystemRequest, _ferry_v1_UpdateSystemResponse, _ferry_v1_UpdateSystemRequest__Output, _ferry_v1_UpdateSystemResponse__Output>
  VerifyLog: MethodDefinition<_ferry_v1_VerifyLogRequest, _ferry_v1_VerifyLogResponse, _ferry_v1_VerifyLogRequest__Output, _ferry_v1_VerifyLogResponse__Output>
  WatchEvents: MethodDefinition<_ferry_v1_WatchEventsRequest, _ferry_v1_WatchEventsResponse, _ferry_v1_WatchEventsRequest__Output, _ferry_v1_WatchEventsResponse__Output>
}
