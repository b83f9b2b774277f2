// Original file: proto/ferry/v1/control.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddReplicaRequest as _ferry_v1_AddReplicaRequest, AddReplicaRequest__Output as _ferry_v1_AddReplicaRequest__Output } from '../../ferry/v1/AddReplicaRequest.js';
import type { ClusterStatus as _ferry_v1_ClusterStatus, ClusterStatus__Output as _ferry_v1_ClusterStatus__Output } from '../../ferry/v1/ClusterStatus.js';
import type { CreateTokenRequest as _ferry_v1_CreateTokenRequest, CreateTokenRequest__Output as _ferry_v1_CreateTokenRequest__Output } from '../../ferry/v1/CreateTokenRequest.js';
import type { CreateTokenResponse as _ferry_v1_CreateTokenResponse, CreateTokenResponse__Output as _ferry_v1_CreateTokenResponse__Output } from '../../ferry/v1/CreateTokenResponse.js';
import type { DrainHostRequest as _ferry_v1_DrainHostRequest, DrainHostRequest__Output as _ferry_v1_DrainHostRequest__Output } from '../../ferry/v1/DrainHostRequest.js';
import type { DrainResult as _ferry_v1_DrainResult, DrainResult__Output as _ferry_v1_DrainResult__Output } from '../../ferry/v1/DrainResult.js';
import type { Empty as _ferry_v1_Empty, Empty__Output as _ferry_v1_Empty__Output } from '../../ferry/v1/Empty.js';
import type { Event as _ferry_v1_Event, Event__Output as _ferry_v1_Event__Output } from '../../ferry/v1/Event.js';
import type { EventList as _ferry_v1_EventList, EventList__Output as _ferry_v1_EventList__Output } from '../../ferry/v1/EventList.js';
import type { FailoverList as _ferry_v1_FailoverList, FailoverList__Output as _ferry_v1_FailoverList__Output } from '../../ferry/v1/FailoverList.js';
import type { FailoverRecord as _ferry_v1_FailoverRecord, FailoverRecord__Output as _ferry_v1_FailoverRecord__Output } from '../../ferry/v1/FailoverRecord.js';
import type { ForceFailoverRequest as _ferry_v1_ForceFailoverRequest, ForceFailoverRequest__Output as _ferry_v1_ForceFailoverRequest__Output } from '../../ferry/v1/ForceFailoverRequest.js';
import type { GetSettingRequest as _ferry_v1_GetSettingRequest, GetSettingRequest__Output as _ferry_v1_GetSettingRequest__Output } from '../../ferry/v1/GetSettingRequest.js';
import type { Group as _ferry_v1_Group, Group__Output as _ferry_v1_Group__Output } from '../../ferry/v1/Group.js';
import type { GroupList as _ferry_v1_GroupList, GroupList__Output as _ferry_v1_GroupList__Output } from '../../ferry/v1/GroupList.js';
import type { GroupSpec as _ferry_v1_GroupSpec, GroupSpec__Output as _ferry_v1_GroupSpec__Output } from '../../ferry/v1/GroupSpec.js';
import type { Host as _ferry_v1_Host, Host__Output as _ferry_v1_Host__Output } from '../../ferry/v1/Host.js';
import type { HostList as _ferry_v1_HostList, HostList__Output as _ferry_v1_HostList__Output } from '../../ferry/v1/HostList.js';
import type { ListFailoversRequest as _ferry_v1_ListFailoversRequest, ListFailoversRequest__Output as _ferry_v1_ListFailoversRequest__Output } from '../../ferry/v1/ListFailoversRequest.js';
import type { ListHostsRequest as _ferry_v1_ListHostsRequest, ListHostsRequest__Output as _ferry_v1_ListHostsRequest__Output } from '../../ferry/v1/ListHostsRequest.js';
import type { ListSystemsRequest as _ferry_v1_ListSystemsRequest, ListSystemsRequest__Output as _ferry_v1_ListSystemsRequest__Output } from '../../ferry/v1/ListSystemsRequest.js';
import type { MoveResult as _ferry_v1_MoveResult, MoveResult__Output as _ferry_v1_MoveResult__Output } from '../../ferry/v1/MoveResult.js';
import type { MoveSystemRequest as _ferry_v1_MoveSystemRequest, MoveSystemRequest__Output as _ferry_v1_MoveSystemRequest__Output } from '../../ferry/v1/MoveSystemRequest.js';
import type { NameRequest as _ferry_v1_NameRequest, NameRequest__Output as _ferry_v1_NameRequest__Output } from '../../ferry/v1/NameRequest.js';
import type { Owner as _ferry_v1_Owner, Owner__Output as _ferry_v1_Owner__Output } from '../../ferry/v1/Owner.js';
import type { OwnerList as _ferry_v1_OwnerList, OwnerList__Output as _ferry_v1_OwnerList__Output } from '../../ferry/v1/OwnerList.js';
import type { PlacementRule as _ferry_v1_PlacementRule, PlacementRule__Output as _ferry_v1_PlacementRule__Output } from '../../ferry/v1/PlacementRule.js';
import type { PromoteReplicaRequest as _ferry_v1_PromoteReplicaRequest, PromoteReplicaRequest__Output as _ferry_v1_PromoteReplicaRequest__Output } from '../../ferry/v1/PromoteReplicaRequest.js';
import type { PromoteReplicaResponse as _ferry_v1_PromoteReplicaResponse, PromoteReplicaResponse__Output as _ferry_v1_PromoteReplicaResponse__Output } from '../../ferry/v1/PromoteReplicaResponse.js';
import type { ReadEventsRequest as _ferry_v1_ReadEventsRequest, ReadEventsRequest__Output as _ferry_v1_ReadEventsRequest__Output } from '../../ferry/v1/ReadEventsRequest.js';
import type { RegisterHostRequest as _ferry_v1_RegisterHostRequest, RegisterHostRequest__Output as _ferry_v1_RegisterHostRequest__Output } from '../../ferry/v1/RegisterHostRequest.js';
import type { ReleaseBrakeRequest as _ferry_v1_ReleaseBrakeRequest, ReleaseBrakeRequest__Output as _ferry_v1_ReleaseBrakeRequest__Output } from '../../ferry/v1/ReleaseBrakeRequest.js';
import type { ReleaseBrakeResponse as _ferry_v1_ReleaseBrakeResponse, ReleaseBrakeResponse__Output as _ferry_v1_ReleaseBrakeResponse__Output } from '../../ferry/v1/ReleaseBrakeResponse.js';
import type { ReplicaStatus as _ferry_v1_ReplicaStatus, ReplicaStatus__Output as _ferry_v1_ReplicaStatus__Output } from '../../ferry/v1/ReplicaStatus.js';
import type { RuleList as _ferry_v1_RuleList, RuleList__Output as _ferry_v1_RuleList__Output } from '../../ferry/v1/RuleList.js';
import type { SetSettingRequest as _ferry_v1_SetSettingRequest, SetSettingRequest__Output as _ferry_v1_SetSettingRequest__Output } from '../../ferry/v1/SetSettingRequest.js';
import type { Setting as _ferry_v1_Setting, Setting__Output as _ferry_v1_Setting__Output } from '../../ferry/v1/Setting.js';
import type { SettingList as _ferry_v1_SettingList, SettingList__Output as _ferry_v1_SettingList__Output } from '../../ferry/v1/SettingList.js';
import type { System as _ferry_v1_System, System__Output as _ferry_v1_System__Output } from '../../ferry/v1/System.js';
import type { SystemList as _ferry_v1_SystemList, SystemList__Output as _ferry_v1_SystemList__Output } from '../../ferry/v1/SystemList.js';
import type { TokenList as _ferry_v1_TokenList, TokenList__Output as _ferry_v1_TokenList__Output } from '../../ferry/v1/TokenList.js';
import type { TrustHostKeyRequest as _ferry_v1_TrustHostKeyRequest, TrustHostKeyRequest__Output as _ferry_v1_TrustHostKeyRequest__Output } from '../../ferry/v1/TrustHostKeyRequest.js';
import type { TrustHostKeyResponse as _ferry_v1_TrustHostKeyResponse, TrustHostKeyResponse__Output as _ferry_v1_TrustHostKeyResponse__Output } from '../../ferry/v1/TrustHostKeyResponse.js';
import type { UpdateGroupRequest as _ferry_v1_UpdateGroupRequest, UpdateGroupRequest__Output as _ferry_v1_UpdateGroupRequest__Output } from '../../ferry/v1/UpdateGroupRequest.js';
import type { UpdateHostRequest as _ferry_v1_UpdateHostRequest, UpdateHostRequest__Output as _ferry_v1_UpdateHostRequest__Output } from '../../ferry/v1/UpdateHostRequest.js';
import type { UpdateSystemRequest as _ferry_v1_UpdateSystemRequest, UpdateSystemRequest__Output as _ferry_v1_UpdateSystemRequest__Output } from '../../ferry/v1/UpdateSystemRequest.js';
import type { VerifyLogResponse as _ferry_v1_VerifyLogResponse, VerifyLogResponse__Output as _ferry_v1_VerifyLogResponse__Output } from '../../ferry/v1/VerifyLogResponse.js';
import type { WatchEventsRequest as _ferry_v1_WatchEventsRequest, WatchEventsRequest__Output as _ferry_v1_WatchEventsRequest__Output } from '../../ferry/v1/WatchEventsRequest.js';

/**
 * The operator and client API of a Ferry node.
 */
export interface ControlPlaneClient extends grpc.Client {
  /**
   * Adds a replica to the master's replica list (checked first).
   */
  AddReplica(argument: _ferry_v1_AddReplicaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ReplicaStatus__Output>): grpc.ClientUnaryCall;
  AddReplica(argument: _ferry_v1_AddReplicaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ReplicaStatus__Output>): grpc.ClientUnaryCall;
  AddReplica(argument: _ferry_v1_AddReplicaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ReplicaStatus__Output>): grpc.ClientUnaryCall;
  AddReplica(argument: _ferry_v1_AddReplicaRequest, callback: grpc.requestCallback<_ferry_v1_ReplicaStatus__Output>): grpc.ClientUnaryCall;
  /**
   * Adds a replica to the master's replica list (checked first).
   */
  addReplica(argument: _ferry_v1_AddReplicaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ReplicaStatus__Output>): grpc.ClientUnaryCall;
  addReplica(argument: _ferry_v1_AddReplicaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ReplicaStatus__Output>): grpc.ClientUnaryCall;
  addReplica(argument: _ferry_v1_AddReplicaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ReplicaStatus__Output>): grpc.ClientUnaryCall;
  addReplica(argument: _ferry_v1_AddReplicaRequest, callback: grpc.requestCallback<_ferry_v1_ReplicaStatus__Output>): grpc.ClientUnaryCall;
  
  /**
   * Adds a placement rule.
   */
  AddRule(argument: _ferry_v1_PlacementRule, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_PlacementRule__Output>): grpc.ClientUnaryCall;
  AddRule(argument: _ferry_v1_PlacementRule, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_PlacementRule__Output>): grpc.ClientUnaryCall;
  AddRule(argument: _ferry_v1_PlacementRule, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_PlacementRule__Output>): grpc.ClientUnaryCall;
  AddRule(argument: _ferry_v1_PlacementRule, callback: grpc.requestCallback<_ferry_v1_PlacementRule__Output>): grpc.ClientUnaryCall;
  /**
   * Adds a placement rule.
   */
  addRule(argument: _ferry_v1_PlacementRule, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_PlacementRule__Output>): grpc.ClientUnaryCall;
  addRule(argument: _ferry_v1_PlacementRule, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_PlacementRule__Output>): grpc.ClientUnaryCall;
  addRule(argument: _ferry_v1_PlacementRule, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_PlacementRule__Output>): grpc.ClientUnaryCall;
  addRule(argument: _ferry_v1_PlacementRule, callback: grpc.requestCallback<_ferry_v1_PlacementRule__Output>): grpc.ClientUnaryCall;
  
  /**
   * An operator vouches that a host is dead (its fence cannot be confirmed).
   */
  ConfirmDown(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  ConfirmDown(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  ConfirmDown(argument: _ferry_v1_NameRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  ConfirmDown(argument: _ferry_v1_NameRequest, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  /**
   * An operator vouches that a host is dead (its fence cannot be confirmed).
   */
  confirmDown(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  confirmDown(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  confirmDown(argument: _ferry_v1_NameRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  confirmDown(argument: _ferry_v1_NameRequest, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  /**
   * Creates a failover group.
   */
  CreateGroup(argument: _ferry_v1_GroupSpec, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Group__Output>): grpc.ClientUnaryCall;
  CreateGroup(argument: _ferry_v1_GroupSpec, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Group__Output>): grpc.ClientUnaryCall;
  CreateGroup(argument: _ferry_v1_GroupSpec, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Group__Output>): grpc.ClientUnaryCall;
  CreateGroup(argument: _ferry_v1_GroupSpec, callback: grpc.requestCallback<_ferry_v1_Group__Output>): grpc.ClientUnaryCall;
  /**
   * Creates a failover group.
   */
  createGroup(argument: _ferry_v1_GroupSpec, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Group__Output>): grpc.ClientUnaryCall;
  createGroup(argument: _ferry_v1_GroupSpec, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Group__Output>): grpc.ClientUnaryCall;
  createGroup(argument: _ferry_v1_GroupSpec, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Group__Output>): grpc.ClientUnaryCall;
  createGroup(argument: _ferry_v1_GroupSpec, callback: grpc.requestCallback<_ferry_v1_Group__Output>): grpc.ClientUnaryCall;
  
  /**
   * Creates an owner account.
   */
  CreateOwner(argument: _ferry_v1_Owner, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Owner__Output>): grpc.ClientUnaryCall;
  CreateOwner(argument: _ferry_v1_Owner, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Owner__Output>): grpc.ClientUnaryCall;
  CreateOwner(argument: _ferry_v1_Owner, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Owner__Output>): grpc.ClientUnaryCall;
  CreateOwner(argument: _ferry_v1_Owner, callback: grpc.requestCallback<_ferry_v1_Owner__Output>): grpc.ClientUnaryCall;
  /**
   * Creates an owner account.
   */
  createOwner(argument: _ferry_v1_Owner, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Owner__Output>): grpc.ClientUnaryCall;
  createOwner(argument: _ferry_v1_Owner, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Owner__Output>): grpc.ClientUnaryCall;
  createOwner(argument: _ferry_v1_Owner, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Owner__Output>): grpc.ClientUnaryCall;
  createOwner(argument: _ferry_v1_Owner, callback: grpc.requestCallback<_ferry_v1_Owner__Output>): grpc.ClientUnaryCall;
  
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
  DeleteGroup(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteGroup(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteGroup(argument: _ferry_v1_NameRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteGroup(argument: _ferry_v1_NameRequest, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  /**
   * Deletes a failover group.
   */
  deleteGroup(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteGroup(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteGroup(argument: _ferry_v1_NameRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteGroup(argument: _ferry_v1_NameRequest, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  /**
   * Deletes an owner account.
   */
  DeleteOwner(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteOwner(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteOwner(argument: _ferry_v1_NameRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteOwner(argument: _ferry_v1_NameRequest, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  /**
   * Deletes an owner account.
   */
  deleteOwner(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteOwner(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteOwner(argument: _ferry_v1_NameRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteOwner(argument: _ferry_v1_NameRequest, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  /**
   * Puts a host in maintenance and moves every system off it (planned, recorded before acting).
   */
  DrainHost(argument: _ferry_v1_DrainHostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_DrainResult__Output>): grpc.ClientUnaryCall;
  DrainHost(argument: _ferry_v1_DrainHostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_DrainResult__Output>): grpc.ClientUnaryCall;
  DrainHost(argument: _ferry_v1_DrainHostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_DrainResult__Output>): grpc.ClientUnaryCall;
  DrainHost(argument: _ferry_v1_DrainHostRequest, callback: grpc.requestCallback<_ferry_v1_DrainResult__Output>): grpc.ClientUnaryCall;
  /**
   * Puts a host in maintenance and moves every system off it (planned, recorded before acting).
   */
  drainHost(argument: _ferry_v1_DrainHostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_DrainResult__Output>): grpc.ClientUnaryCall;
  drainHost(argument: _ferry_v1_DrainHostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_DrainResult__Output>): grpc.ClientUnaryCall;
  drainHost(argument: _ferry_v1_DrainHostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_DrainResult__Output>): grpc.ClientUnaryCall;
  drainHost(argument: _ferry_v1_DrainHostRequest, callback: grpc.requestCallback<_ferry_v1_DrainResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * Forced failover: moves a system off its dead (down or fenced) host on demand (Cloudmin's Force Failover /
   * failover-system). A system whose host is up is refused; see MoveSystem.
   */
  ForceFailover(argument: _ferry_v1_ForceFailoverRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_FailoverRecord__Output>): grpc.ClientUnaryCall;
  ForceFailover(argument: _ferry_v1_ForceFailoverRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_FailoverRecord__Output>): grpc.ClientUnaryCall;
  ForceFailover(argument: _ferry_v1_ForceFailoverRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_FailoverRecord__Output>): grpc.ClientUnaryCall;
  ForceFailover(argument: _ferry_v1_ForceFailoverRequest, callback: grpc.requestCallback<_ferry_v1_FailoverRecord__Output>): grpc.ClientUnaryCall;
  /**
   * Forced failover: moves a system off its dead (down or fenced) host on demand (Cloudmin's Force Failover /
   * failover-system). A system whose host is up is refused; see MoveSystem.
   */
  forceFailover(argument: _ferry_v1_ForceFailoverRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_FailoverRecord__Output>): grpc.ClientUnaryCall;
  forceFailover(argument: _ferry_v1_ForceFailoverRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_FailoverRecord__Output>): grpc.ClientUnaryCall;
  forceFailover(argument: _ferry_v1_ForceFailoverRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_FailoverRecord__Output>): grpc.ClientUnaryCall;
  forceFailover(argument: _ferry_v1_ForceFailoverRequest, callback: grpc.requestCallback<_ferry_v1_FailoverRecord__Output>): grpc.ClientUnaryCall;
  
  /**
   * Node id, role, epoch, head, master, replicas.
   */
  GetClusterStatus(argument: _ferry_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ClusterStatus__Output>): grpc.ClientUnaryCall;
  GetClusterStatus(argument: _ferry_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ClusterStatus__Output>): grpc.ClientUnaryCall;
  GetClusterStatus(argument: _ferry_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ClusterStatus__Output>): grpc.ClientUnaryCall;
  GetClusterStatus(argument: _ferry_v1_Empty, callback: grpc.requestCallback<_ferry_v1_ClusterStatus__Output>): grpc.ClientUnaryCall;
  /**
   * Node id, role, epoch, head, master, replicas.
   */
  getClusterStatus(argument: _ferry_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ClusterStatus__Output>): grpc.ClientUnaryCall;
  getClusterStatus(argument: _ferry_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ClusterStatus__Output>): grpc.ClientUnaryCall;
  getClusterStatus(argument: _ferry_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ClusterStatus__Output>): grpc.ClientUnaryCall;
  getClusterStatus(argument: _ferry_v1_Empty, callback: grpc.requestCallback<_ferry_v1_ClusterStatus__Output>): grpc.ClientUnaryCall;
  
  /**
   * One failover group.
   */
  GetGroup(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Group__Output>): grpc.ClientUnaryCall;
  GetGroup(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Group__Output>): grpc.ClientUnaryCall;
  GetGroup(argument: _ferry_v1_NameRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Group__Output>): grpc.ClientUnaryCall;
  GetGroup(argument: _ferry_v1_NameRequest, callback: grpc.requestCallback<_ferry_v1_Group__Output>): grpc.ClientUnaryCall;
  /**
   * One failover group.
   */
  getGroup(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Group__Output>): grpc.ClientUnaryCall;
  getGroup(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Group__Output>): grpc.ClientUnaryCall;
  getGroup(argument: _ferry_v1_NameRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Group__Output>): grpc.ClientUnaryCall;
  getGroup(argument: _ferry_v1_NameRequest, callback: grpc.requestCallback<_ferry_v1_Group__Output>): grpc.ClientUnaryCall;
  
  /**
   * One host with live figures.
   */
  GetHost(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Host__Output>): grpc.ClientUnaryCall;
  GetHost(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Host__Output>): grpc.ClientUnaryCall;
  GetHost(argument: _ferry_v1_NameRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Host__Output>): grpc.ClientUnaryCall;
  GetHost(argument: _ferry_v1_NameRequest, callback: grpc.requestCallback<_ferry_v1_Host__Output>): grpc.ClientUnaryCall;
  /**
   * One host with live figures.
   */
  getHost(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Host__Output>): grpc.ClientUnaryCall;
  getHost(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Host__Output>): grpc.ClientUnaryCall;
  getHost(argument: _ferry_v1_NameRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Host__Output>): grpc.ClientUnaryCall;
  getHost(argument: _ferry_v1_NameRequest, callback: grpc.requestCallback<_ferry_v1_Host__Output>): grpc.ClientUnaryCall;
  
  /**
   * One setting.
   */
  GetSetting(argument: _ferry_v1_GetSettingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Setting__Output>): grpc.ClientUnaryCall;
  GetSetting(argument: _ferry_v1_GetSettingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Setting__Output>): grpc.ClientUnaryCall;
  GetSetting(argument: _ferry_v1_GetSettingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Setting__Output>): grpc.ClientUnaryCall;
  GetSetting(argument: _ferry_v1_GetSettingRequest, callback: grpc.requestCallback<_ferry_v1_Setting__Output>): grpc.ClientUnaryCall;
  /**
   * One setting.
   */
  getSetting(argument: _ferry_v1_GetSettingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Setting__Output>): grpc.ClientUnaryCall;
  getSetting(argument: _ferry_v1_GetSettingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Setting__Output>): grpc.ClientUnaryCall;
  getSetting(argument: _ferry_v1_GetSettingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Setting__Output>): grpc.ClientUnaryCall;
  getSetting(argument: _ferry_v1_GetSettingRequest, callback: grpc.requestCallback<_ferry_v1_Setting__Output>): grpc.ClientUnaryCall;
  
  /**
   * One virtual system.
   */
  GetSystem(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_System__Output>): grpc.ClientUnaryCall;
  GetSystem(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_System__Output>): grpc.ClientUnaryCall;
  GetSystem(argument: _ferry_v1_NameRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_System__Output>): grpc.ClientUnaryCall;
  GetSystem(argument: _ferry_v1_NameRequest, callback: grpc.requestCallback<_ferry_v1_System__Output>): grpc.ClientUnaryCall;
  /**
   * One virtual system.
   */
  getSystem(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_System__Output>): grpc.ClientUnaryCall;
  getSystem(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_System__Output>): grpc.ClientUnaryCall;
  getSystem(argument: _ferry_v1_NameRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_System__Output>): grpc.ClientUnaryCall;
  getSystem(argument: _ferry_v1_NameRequest, callback: grpc.requestCallback<_ferry_v1_System__Output>): grpc.ClientUnaryCall;
  
  /**
   * Makes this node (fresh, fenced or a replica) a replica of the master at `address`.
   */
  JoinMaster(argument: _ferry_v1_AddReplicaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ClusterStatus__Output>): grpc.ClientUnaryCall;
  JoinMaster(argument: _ferry_v1_AddReplicaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ClusterStatus__Output>): grpc.ClientUnaryCall;
  JoinMaster(argument: _ferry_v1_AddReplicaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ClusterStatus__Output>): grpc.ClientUnaryCall;
  JoinMaster(argument: _ferry_v1_AddReplicaRequest, callback: grpc.requestCallback<_ferry_v1_ClusterStatus__Output>): grpc.ClientUnaryCall;
  /**
   * Makes this node (fresh, fenced or a replica) a replica of the master at `address`.
   */
  joinMaster(argument: _ferry_v1_AddReplicaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ClusterStatus__Output>): grpc.ClientUnaryCall;
  joinMaster(argument: _ferry_v1_AddReplicaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ClusterStatus__Output>): grpc.ClientUnaryCall;
  joinMaster(argument: _ferry_v1_AddReplicaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ClusterStatus__Output>): grpc.ClientUnaryCall;
  joinMaster(argument: _ferry_v1_AddReplicaRequest, callback: grpc.requestCallback<_ferry_v1_ClusterStatus__Output>): grpc.ClientUnaryCall;
  
  /**
   * Failovers, newest last.
   */
  ListFailovers(argument: _ferry_v1_ListFailoversRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_FailoverList__Output>): grpc.ClientUnaryCall;
  ListFailovers(argument: _ferry_v1_ListFailoversRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_FailoverList__Output>): grpc.ClientUnaryCall;
  ListFailovers(argument: _ferry_v1_ListFailoversRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_FailoverList__Output>): grpc.ClientUnaryCall;
  ListFailovers(argument: _ferry_v1_ListFailoversRequest, callback: grpc.requestCallback<_ferry_v1_FailoverList__Output>): grpc.ClientUnaryCall;
  /**
   * Failovers, newest last.
   */
  listFailovers(argument: _ferry_v1_ListFailoversRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_FailoverList__Output>): grpc.ClientUnaryCall;
  listFailovers(argument: _ferry_v1_ListFailoversRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_FailoverList__Output>): grpc.ClientUnaryCall;
  listFailovers(argument: _ferry_v1_ListFailoversRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_FailoverList__Output>): grpc.ClientUnaryCall;
  listFailovers(argument: _ferry_v1_ListFailoversRequest, callback: grpc.requestCallback<_ferry_v1_FailoverList__Output>): grpc.ClientUnaryCall;
  
  /**
   * All failover groups.
   */
  ListGroups(argument: _ferry_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GroupList__Output>): grpc.ClientUnaryCall;
  ListGroups(argument: _ferry_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_GroupList__Output>): grpc.ClientUnaryCall;
  ListGroups(argument: _ferry_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GroupList__Output>): grpc.ClientUnaryCall;
  ListGroups(argument: _ferry_v1_Empty, callback: grpc.requestCallback<_ferry_v1_GroupList__Output>): grpc.ClientUnaryCall;
  /**
   * All failover groups.
   */
  listGroups(argument: _ferry_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GroupList__Output>): grpc.ClientUnaryCall;
  listGroups(argument: _ferry_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_GroupList__Output>): grpc.ClientUnaryCall;
  listGroups(argument: _ferry_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_GroupList__Output>): grpc.ClientUnaryCall;
  listGroups(argument: _ferry_v1_Empty, callback: grpc.requestCallback<_ferry_v1_GroupList__Output>): grpc.ClientUnaryCall;
  
  /**
   * All hosts, optionally filtered.
   */
  ListHosts(argument: _ferry_v1_ListHostsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_HostList__Output>): grpc.ClientUnaryCall;
  ListHosts(argument: _ferry_v1_ListHostsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_HostList__Output>): grpc.ClientUnaryCall;
  ListHosts(argument: _ferry_v1_ListHostsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_HostList__Output>): grpc.ClientUnaryCall;
  ListHosts(argument: _ferry_v1_ListHostsRequest, callback: grpc.requestCallback<_ferry_v1_HostList__Output>): grpc.ClientUnaryCall;
  /**
   * All hosts, optionally filtered.
   */
  listHosts(argument: _ferry_v1_ListHostsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_HostList__Output>): grpc.ClientUnaryCall;
  listHosts(argument: _ferry_v1_ListHostsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_HostList__Output>): grpc.ClientUnaryCall;
  listHosts(argument: _ferry_v1_ListHostsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_HostList__Output>): grpc.ClientUnaryCall;
  listHosts(argument: _ferry_v1_ListHostsRequest, callback: grpc.requestCallback<_ferry_v1_HostList__Output>): grpc.ClientUnaryCall;
  
  /**
   * All owner accounts.
   */
  ListOwners(argument: _ferry_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_OwnerList__Output>): grpc.ClientUnaryCall;
  ListOwners(argument: _ferry_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_OwnerList__Output>): grpc.ClientUnaryCall;
  ListOwners(argument: _ferry_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_OwnerList__Output>): grpc.ClientUnaryCall;
  ListOwners(argument: _ferry_v1_Empty, callback: grpc.requestCallback<_ferry_v1_OwnerList__Output>): grpc.ClientUnaryCall;
  /**
   * All owner accounts.
   */
  listOwners(argument: _ferry_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_OwnerList__Output>): grpc.ClientUnaryCall;
  listOwners(argument: _ferry_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_OwnerList__Output>): grpc.ClientUnaryCall;
  listOwners(argument: _ferry_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_OwnerList__Output>): grpc.ClientUnaryCall;
  listOwners(argument: _ferry_v1_Empty, callback: grpc.requestCallback<_ferry_v1_OwnerList__Output>): grpc.ClientUnaryCall;
  
  /**
   * Placement rules, by name.
   */
  ListRules(argument: _ferry_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_RuleList__Output>): grpc.ClientUnaryCall;
  ListRules(argument: _ferry_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_RuleList__Output>): grpc.ClientUnaryCall;
  ListRules(argument: _ferry_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_RuleList__Output>): grpc.ClientUnaryCall;
  ListRules(argument: _ferry_v1_Empty, callback: grpc.requestCallback<_ferry_v1_RuleList__Output>): grpc.ClientUnaryCall;
  /**
   * Placement rules, by name.
   */
  listRules(argument: _ferry_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_RuleList__Output>): grpc.ClientUnaryCall;
  listRules(argument: _ferry_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_RuleList__Output>): grpc.ClientUnaryCall;
  listRules(argument: _ferry_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_RuleList__Output>): grpc.ClientUnaryCall;
  listRules(argument: _ferry_v1_Empty, callback: grpc.requestCallback<_ferry_v1_RuleList__Output>): grpc.ClientUnaryCall;
  
  /**
   * All settings.
   */
  ListSettings(argument: _ferry_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_SettingList__Output>): grpc.ClientUnaryCall;
  ListSettings(argument: _ferry_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_SettingList__Output>): grpc.ClientUnaryCall;
  ListSettings(argument: _ferry_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_SettingList__Output>): grpc.ClientUnaryCall;
  ListSettings(argument: _ferry_v1_Empty, callback: grpc.requestCallback<_ferry_v1_SettingList__Output>): grpc.ClientUnaryCall;
  /**
   * All settings.
   */
  listSettings(argument: _ferry_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_SettingList__Output>): grpc.ClientUnaryCall;
  listSettings(argument: _ferry_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_SettingList__Output>): grpc.ClientUnaryCall;
  listSettings(argument: _ferry_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_SettingList__Output>): grpc.ClientUnaryCall;
  listSettings(argument: _ferry_v1_Empty, callback: grpc.requestCallback<_ferry_v1_SettingList__Output>): grpc.ClientUnaryCall;
  
  /**
   * Virtual systems, optionally filtered.
   */
  ListSystems(argument: _ferry_v1_ListSystemsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_SystemList__Output>): grpc.ClientUnaryCall;
  ListSystems(argument: _ferry_v1_ListSystemsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_SystemList__Output>): grpc.ClientUnaryCall;
  ListSystems(argument: _ferry_v1_ListSystemsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_SystemList__Output>): grpc.ClientUnaryCall;
  ListSystems(argument: _ferry_v1_ListSystemsRequest, callback: grpc.requestCallback<_ferry_v1_SystemList__Output>): grpc.ClientUnaryCall;
  /**
   * Virtual systems, optionally filtered.
   */
  listSystems(argument: _ferry_v1_ListSystemsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_SystemList__Output>): grpc.ClientUnaryCall;
  listSystems(argument: _ferry_v1_ListSystemsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_SystemList__Output>): grpc.ClientUnaryCall;
  listSystems(argument: _ferry_v1_ListSystemsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_SystemList__Output>): grpc.ClientUnaryCall;
  listSystems(argument: _ferry_v1_ListSystemsRequest, callback: grpc.requestCallback<_ferry_v1_SystemList__Output>): grpc.ClientUnaryCall;
  
  /**
   * API tokens (without secrets).
   */
  ListTokens(argument: _ferry_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_TokenList__Output>): grpc.ClientUnaryCall;
  ListTokens(argument: _ferry_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_TokenList__Output>): grpc.ClientUnaryCall;
  ListTokens(argument: _ferry_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_TokenList__Output>): grpc.ClientUnaryCall;
  ListTokens(argument: _ferry_v1_Empty, callback: grpc.requestCallback<_ferry_v1_TokenList__Output>): grpc.ClientUnaryCall;
  /**
   * API tokens (without secrets).
   */
  listTokens(argument: _ferry_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_TokenList__Output>): grpc.ClientUnaryCall;
  listTokens(argument: _ferry_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_TokenList__Output>): grpc.ClientUnaryCall;
  listTokens(argument: _ferry_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_TokenList__Output>): grpc.ClientUnaryCall;
  listTokens(argument: _ferry_v1_Empty, callback: grpc.requestCallback<_ferry_v1_TokenList__Output>): grpc.ClientUnaryCall;
  
  /**
   * A planned move of a system between two live hosts.
   */
  MoveSystem(argument: _ferry_v1_MoveSystemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_MoveResult__Output>): grpc.ClientUnaryCall;
  MoveSystem(argument: _ferry_v1_MoveSystemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_MoveResult__Output>): grpc.ClientUnaryCall;
  MoveSystem(argument: _ferry_v1_MoveSystemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_MoveResult__Output>): grpc.ClientUnaryCall;
  MoveSystem(argument: _ferry_v1_MoveSystemRequest, callback: grpc.requestCallback<_ferry_v1_MoveResult__Output>): grpc.ClientUnaryCall;
  /**
   * A planned move of a system between two live hosts.
   */
  moveSystem(argument: _ferry_v1_MoveSystemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_MoveResult__Output>): grpc.ClientUnaryCall;
  moveSystem(argument: _ferry_v1_MoveSystemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_MoveResult__Output>): grpc.ClientUnaryCall;
  moveSystem(argument: _ferry_v1_MoveSystemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_MoveResult__Output>): grpc.ClientUnaryCall;
  moveSystem(argument: _ferry_v1_MoveSystemRequest, callback: grpc.requestCallback<_ferry_v1_MoveResult__Output>): grpc.ClientUnaryCall;
  
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
  ReadEvents(argument: _ferry_v1_ReadEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_EventList__Output>): grpc.ClientUnaryCall;
  ReadEvents(argument: _ferry_v1_ReadEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_EventList__Output>): grpc.ClientUnaryCall;
  ReadEvents(argument: _ferry_v1_ReadEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_EventList__Output>): grpc.ClientUnaryCall;
  ReadEvents(argument: _ferry_v1_ReadEventsRequest, callback: grpc.requestCallback<_ferry_v1_EventList__Output>): grpc.ClientUnaryCall;
  /**
   * Events from a seq, with filters and a limit.
   */
  readEvents(argument: _ferry_v1_ReadEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_EventList__Output>): grpc.ClientUnaryCall;
  readEvents(argument: _ferry_v1_ReadEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_EventList__Output>): grpc.ClientUnaryCall;
  readEvents(argument: _ferry_v1_ReadEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_EventList__Output>): grpc.ClientUnaryCall;
  readEvents(argument: _ferry_v1_ReadEventsRequest, callback: grpc.requestCallback<_ferry_v1_EventList__Output>): grpc.ClientUnaryCall;
  
  /**
   * Registers a hypervisor host.
   */
  RegisterHost(argument: _ferry_v1_RegisterHostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Host__Output>): grpc.ClientUnaryCall;
  RegisterHost(argument: _ferry_v1_RegisterHostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Host__Output>): grpc.ClientUnaryCall;
  RegisterHost(argument: _ferry_v1_RegisterHostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Host__Output>): grpc.ClientUnaryCall;
  RegisterHost(argument: _ferry_v1_RegisterHostRequest, callback: grpc.requestCallback<_ferry_v1_Host__Output>): grpc.ClientUnaryCall;
  /**
   * Registers a hypervisor host.
   */
  registerHost(argument: _ferry_v1_RegisterHostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Host__Output>): grpc.ClientUnaryCall;
  registerHost(argument: _ferry_v1_RegisterHostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Host__Output>): grpc.ClientUnaryCall;
  registerHost(argument: _ferry_v1_RegisterHostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Host__Output>): grpc.ClientUnaryCall;
  registerHost(argument: _ferry_v1_RegisterHostRequest, callback: grpc.requestCallback<_ferry_v1_Host__Output>): grpc.ClientUnaryCall;
  
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
  RemoveHost(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  RemoveHost(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  RemoveHost(argument: _ferry_v1_NameRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  RemoveHost(argument: _ferry_v1_NameRequest, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  /**
   * Removes a host from management.
   */
  removeHost(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeHost(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeHost(argument: _ferry_v1_NameRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeHost(argument: _ferry_v1_NameRequest, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  /**
   * Removes a replica from the master's replica list.
   */
  RemoveReplica(argument: _ferry_v1_AddReplicaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  RemoveReplica(argument: _ferry_v1_AddReplicaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  RemoveReplica(argument: _ferry_v1_AddReplicaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  RemoveReplica(argument: _ferry_v1_AddReplicaRequest, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  /**
   * Removes a replica from the master's replica list.
   */
  removeReplica(argument: _ferry_v1_AddReplicaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeReplica(argument: _ferry_v1_AddReplicaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeReplica(argument: _ferry_v1_AddReplicaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeReplica(argument: _ferry_v1_AddReplicaRequest, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  /**
   * Removes a placement rule.
   */
  RemoveRule(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  RemoveRule(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  RemoveRule(argument: _ferry_v1_NameRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  RemoveRule(argument: _ferry_v1_NameRequest, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  /**
   * Removes a placement rule.
   */
  removeRule(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeRule(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeRule(argument: _ferry_v1_NameRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeRule(argument: _ferry_v1_NameRequest, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  /**
   * Stops a (reachable, old) master from acting as master.
   */
  ReplicationOff(argument: _ferry_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ClusterStatus__Output>): grpc.ClientUnaryCall;
  ReplicationOff(argument: _ferry_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ClusterStatus__Output>): grpc.ClientUnaryCall;
  ReplicationOff(argument: _ferry_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ClusterStatus__Output>): grpc.ClientUnaryCall;
  ReplicationOff(argument: _ferry_v1_Empty, callback: grpc.requestCallback<_ferry_v1_ClusterStatus__Output>): grpc.ClientUnaryCall;
  /**
   * Stops a (reachable, old) master from acting as master.
   */
  replicationOff(argument: _ferry_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ClusterStatus__Output>): grpc.ClientUnaryCall;
  replicationOff(argument: _ferry_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_ClusterStatus__Output>): grpc.ClientUnaryCall;
  replicationOff(argument: _ferry_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_ClusterStatus__Output>): grpc.ClientUnaryCall;
  replicationOff(argument: _ferry_v1_Empty, callback: grpc.requestCallback<_ferry_v1_ClusterStatus__Output>): grpc.ClientUnaryCall;
  
  /**
   * Revokes an API token.
   */
  RevokeToken(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  RevokeToken(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  RevokeToken(argument: _ferry_v1_NameRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  RevokeToken(argument: _ferry_v1_NameRequest, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  /**
   * Revokes an API token.
   */
  revokeToken(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  revokeToken(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  revokeToken(argument: _ferry_v1_NameRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  revokeToken(argument: _ferry_v1_NameRequest, callback: grpc.requestCallback<_ferry_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  /**
   * Sets one setting.
   */
  SetSetting(argument: _ferry_v1_SetSettingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Setting__Output>): grpc.ClientUnaryCall;
  SetSetting(argument: _ferry_v1_SetSettingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Setting__Output>): grpc.ClientUnaryCall;
  SetSetting(argument: _ferry_v1_SetSettingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Setting__Output>): grpc.ClientUnaryCall;
  SetSetting(argument: _ferry_v1_SetSettingRequest, callback: grpc.requestCallback<_ferry_v1_Setting__Output>): grpc.ClientUnaryCall;
  /**
   * Sets one setting.
   */
  setSetting(argument: _ferry_v1_SetSettingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Setting__Output>): grpc.ClientUnaryCall;
  setSetting(argument: _ferry_v1_SetSettingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Setting__Output>): grpc.ClientUnaryCall;
  setSetting(argument: _ferry_v1_SetSettingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Setting__Output>): grpc.ClientUnaryCall;
  setSetting(argument: _ferry_v1_SetSettingRequest, callback: grpc.requestCallback<_ferry_v1_Setting__Output>): grpc.ClientUnaryCall;
  
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
  UndrainHost(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Host__Output>): grpc.ClientUnaryCall;
  UndrainHost(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Host__Output>): grpc.ClientUnaryCall;
  UndrainHost(argument: _ferry_v1_NameRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Host__Output>): grpc.ClientUnaryCall;
  UndrainHost(argument: _ferry_v1_NameRequest, callback: grpc.requestCallback<_ferry_v1_Host__Output>): grpc.ClientUnaryCall;
  /**
   * Ends a host's maintenance.
   */
  undrainHost(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Host__Output>): grpc.ClientUnaryCall;
  undrainHost(argument: _ferry_v1_NameRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Host__Output>): grpc.ClientUnaryCall;
  undrainHost(argument: _ferry_v1_NameRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Host__Output>): grpc.ClientUnaryCall;
  undrainHost(argument: _ferry_v1_NameRequest, callback: grpc.requestCallback<_ferry_v1_Host__Output>): grpc.ClientUnaryCall;
  
  /**
   * Changes a failover group.
   */
  UpdateGroup(argument: _ferry_v1_UpdateGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Group__Output>): grpc.ClientUnaryCall;
  UpdateGroup(argument: _ferry_v1_UpdateGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Group__Output>): grpc.ClientUnaryCall;
  UpdateGroup(argument: _ferry_v1_UpdateGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Group__Output>): grpc.ClientUnaryCall;
  UpdateGroup(argument: _ferry_v1_UpdateGroupRequest, callback: grpc.requestCallback<_ferry_v1_Group__Output>): grpc.ClientUnaryCall;
  /**
   * Changes a failover group.
   */
  updateGroup(argument: _ferry_v1_UpdateGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Group__Output>): grpc.ClientUnaryCall;
  updateGroup(argument: _ferry_v1_UpdateGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Group__Output>): grpc.ClientUnaryCall;
  updateGroup(argument: _ferry_v1_UpdateGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Group__Output>): grpc.ClientUnaryCall;
  updateGroup(argument: _ferry_v1_UpdateGroupRequest, callback: grpc.requestCallback<_ferry_v1_Group__Output>): grpc.ClientUnaryCall;
  
  /**
   * Changes fields of a host.
   */
  UpdateHost(argument: _ferry_v1_UpdateHostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Host__Output>): grpc.ClientUnaryCall;
  UpdateHost(argument: _ferry_v1_UpdateHostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Host__Output>): grpc.ClientUnaryCall;
  UpdateHost(argument: _ferry_v1_UpdateHostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Host__Output>): grpc.ClientUnaryCall;
  UpdateHost(argument: _ferry_v1_UpdateHostRequest, callback: grpc.requestCallback<_ferry_v1_Host__Output>): grpc.ClientUnaryCall;
  /**
   * Changes fields of a host.
   */
  updateHost(argument: _ferry_v1_UpdateHostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Host__Output>): grpc.ClientUnaryCall;
  updateHost(argument: _ferry_v1_UpdateHostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Host__Output>): grpc.ClientUnaryCall;
  updateHost(argument: _ferry_v1_UpdateHostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Host__Output>): grpc.ClientUnaryCall;
  updateHost(argument: _ferry_v1_UpdateHostRequest, callback: grpc.requestCallback<_ferry_v1_Host__Output>): grpc.ClientUnaryCall;
  
  /**
   * Changes an owner account.
   */
  UpdateOwner(argument: _ferry_v1_Owner, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Owner__Output>): grpc.ClientUnaryCall;
  UpdateOwner(argument: _ferry_v1_Owner, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Owner__Output>): grpc.ClientUnaryCall;
  UpdateOwner(argument: _ferry_v1_Owner, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Owner__Output>): grpc.ClientUnaryCall;
  UpdateOwner(argument: _ferry_v1_Owner, callback: grpc.requestCallback<_ferry_v1_Owner__Output>): grpc.ClientUnaryCall;
  /**
   * Changes an owner account.
   */
  updateOwner(argument: _ferry_v1_Owner, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Owner__Output>): grpc.ClientUnaryCall;
  updateOwner(argument: _ferry_v1_Owner, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_Owner__Output>): grpc.ClientUnaryCall;
  updateOwner(argument: _ferry_v1_Owner, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_Owner__Output>): grpc.ClientUnaryCall;
  updateOwner(argument: _ferry_v1_Owner, callback: grpc.requestCallback<_ferry_v1_Owner__Output>): grpc.ClientUnaryCall;
  
  /**
   * Sets owner, restart priority or failover inclusion of a system.
   */
  UpdateSystem(argument: _ferry_v1_UpdateSystemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_System__Output>): grpc.ClientUnaryCall;
  UpdateSystem(argument: _ferry_v1_UpdateSystemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_System__Output>): grpc.ClientUnaryCall;
  UpdateSystem(argument: _ferry_v1_UpdateSystemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_System__Output>): grpc.ClientUnaryCall;
  UpdateSystem(argument: _ferry_v1_UpdateSystemRequest, callback: grpc.requestCallback<_ferry_v1_System__Output>): grpc.ClientUnaryCall;
  /**
   * Sets owner, restart priority or failover inclusion of a system.
   */
  updateSystem(argument: _ferry_v1_UpdateSystemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_System__Output>): grpc.ClientUnaryCall;
  updateSystem(argument: _ferry_v1_UpdateSystemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_System__Output>): grpc.ClientUnaryCall;
  updateSystem(argument: _ferry_v1_UpdateSystemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_System__Output>): grpc.ClientUnaryCall;
  updateSystem(argument: _ferry_v1_UpdateSystemRequest, callback: grpc.requestCallback<_ferry_v1_System__Output>): grpc.ClientUnaryCall;
  
  /**
   * Verifies the hash chain, epochs and quarantine of this node's log.
   */
  VerifyLog(argument: _ferry_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_VerifyLogResponse__Output>): grpc.ClientUnaryCall;
  VerifyLog(argument: _ferry_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_VerifyLogResponse__Output>): grpc.ClientUnaryCall;
  VerifyLog(argument: _ferry_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_VerifyLogResponse__Output>): grpc.ClientUnaryCall;
  VerifyLog(argument: _ferry_v1_Empty, callback: grpc.requestCallback<_ferry_v1_VerifyLogResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Verifies the hash chain, epochs and quarantine of this node's log.
   */
  verifyLog(argument: _ferry_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_VerifyLogResponse__Output>): grpc.ClientUnaryCall;
  verifyLog(argument: _ferry_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_ferry_v1_VerifyLogResponse__Output>): grpc.ClientUnaryCall;
  verifyLog(argument: _ferry_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_ferry_v1_VerifyLogResponse__Output>): grpc.ClientUnaryCall;
  verifyLog(argument: _ferry_v1_Empty, callback: grpc.requestCallback<_ferry_v1_VerifyLogResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Events from a seq: catches up, then follows live.
   */
  WatchEvents(argument: _ferry_v1_WatchEventsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ferry_v1_Event__Output>;
  WatchEvents(argument: _ferry_v1_WatchEventsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ferry_v1_Event__Output>;
  /**
   * Events from a seq: catches up, then follows live.
   */
  watchEvents(argument: _ferry_v1_WatchEventsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ferry_v1_Event__Output>;
  watchEvents(argument: _ferry_v1_WatchEventsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ferry_v1_Event__Output>;
  
}

/**
 * The operator and client API of a Ferry node.
 */
export interface ControlPlaneHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Adds a replica to the master's replica list (checked first).
   */
  AddReplica: grpc.handleUnaryCall<_ferry_v1_AddReplicaRequest__Output, _ferry_v1_ReplicaStatus>;
  
  /**
   * Adds a placement rule.
   */
  AddRule: grpc.handleUnaryCall<_ferry_v1_PlacementRule__Output, _ferry_v1_PlacementRule>;
  
  /**
   * An operator vouches that a host is dead (its fence cannot be confirmed).
   */
  ConfirmDown: grpc.handleUnaryCall<_ferry_v1_NameRequest__Output, _ferry_v1_Empty>;
  
  /**
   * Creates a failover group.
   */
  CreateGroup: grpc.handleUnaryCall<_ferry_v1_GroupSpec__Output, _ferry_v1_Group>;
  
  /**
   * Creates an owner account.
   */
  CreateOwner: grpc.handleUnaryCall<_ferry_v1_Owner__Output, _ferry_v1_Owner>;
  
  /**
   * Creates an API token; the token itself is returned once.
   */
  CreateToken: grpc.handleUnaryCall<_ferry_v1_CreateTokenRequest__Output, _ferry_v1_CreateTokenResponse>;
  
  /**
   * Deletes a failover group.
   */
  DeleteGroup: grpc.handleUnaryCall<_ferry_v1_NameRequest__Output, _ferry_v1_Empty>;
  
  /**
   * Deletes an owner account.
   */
  DeleteOwner: grpc.handleUnaryCall<_ferry_v1_NameRequest__Output, _ferry_v1_Empty>;
  
  /**
   * Puts a host in maintenance and moves every system off it (planned, recorded before acting).
   */
  DrainHost: grpc.handleUnaryCall<_ferry_v1_DrainHostRequest__Output, _ferry_v1_DrainResult>;
  
  /**
   * Forced failover: moves a system off its dead (down or fenced) host on demand (Cloudmin's Force Failover /
   * failover-system). A system whose host is up is refused; see MoveSystem.
   */
  ForceFailover: grpc.handleUnaryCall<_ferry_v1_ForceFailoverRequest__Output, _ferry_v1_FailoverRecord>;
  
  /**
   * Node id, role, epoch, head, master, replicas.
   */
  GetClusterStatus: grpc.handleUnaryCall<_ferry_v1_Empty__Output, _ferry_v1_ClusterStatus>;
  
  /**
   * One failover group.
   */
  GetGroup: grpc.handleUnaryCall<_ferry_v1_NameRequest__Output, _ferry_v1_Group>;
  
  /**
   * One host with live figures.
   */
  GetHost: grpc.handleUnaryCall<_ferry_v1_NameRequest__Output, _ferry_v1_Host>;
  
  /**
   * One setting.
   */
  GetSetting: grpc.handleUnaryCall<_ferry_v1_GetSettingRequest__Output, _ferry_v1_Setting>;
  
  /**
   * One virtual system.
   */
  GetSystem: grpc.handleUnaryCall<_ferry_v1_NameRequest__Output, _ferry_v1_System>;
  
  /**
   * Makes this node (fresh, fenced or a replica) a replica of the master at `address`.
   */
  JoinMaster: grpc.handleUnaryCall<_ferry_v1_AddReplicaRequest__Output, _ferry_v1_ClusterStatus>;
  
  /**
   * Failovers, newest last.
   */
  ListFailovers: grpc.handleUnaryCall<_ferry_v1_ListFailoversRequest__Output, _ferry_v1_FailoverList>;
  
  /**
   * All failover groups.
   */
  ListGroups: grpc.handleUnaryCall<_ferry_v1_Empty__Output, _ferry_v1_GroupList>;
  
  /**
   * All hosts, optionally filtered.
   */
  ListHosts: grpc.handleUnaryCall<_ferry_v1_ListHostsRequest__Output, _ferry_v1_HostList>;
  
  /**
   * All owner accounts.
   */
  ListOwners: grpc.handleUnaryCall<_ferry_v1_Empty__Output, _ferry_v1_OwnerList>;
  
  /**
   * Placement rules, by name.
   */
  ListRules: grpc.handleUnaryCall<_ferry_v1_Empty__Output, _ferry_v1_RuleList>;
  
  /**
   * All settings.
   */
  ListSettings: grpc.handleUnaryCall<_ferry_v1_Empty__Output, _ferry_v1_SettingList>;
  
  /**
   * Virtual systems, optionally filtered.
   */
  ListSystems: grpc.handleUnaryCall<_ferry_v1_ListSystemsRequest__Output, _ferry_v1_SystemList>;
  
  /**
   * API tokens (without secrets).
   */
  ListTokens: grpc.handleUnaryCall<_ferry_v1_Empty__Output, _ferry_v1_TokenList>;
  
  /**
   * A planned move of a system between two live hosts.
   */
  MoveSystem: grpc.handleUnaryCall<_ferry_v1_MoveSystemRequest__Output, _ferry_v1_MoveResult>;
  
  /**
   * Turns this replica into the writable master.
   */
  PromoteReplica: grpc.handleUnaryCall<_ferry_v1_PromoteReplicaRequest__Output, _ferry_v1_PromoteReplicaResponse>;
  
  /**
   * Events from a seq, with filters and a limit.
   */
  ReadEvents: grpc.handleUnaryCall<_ferry_v1_ReadEventsRequest__Output, _ferry_v1_EventList>;
  
  /**
   * Registers a hypervisor host.
   */
  RegisterHost: grpc.handleUnaryCall<_ferry_v1_RegisterHostRequest__Output, _ferry_v1_Host>;
  
  /**
   * An operator releases a group's mass-failure brake: automatic failover of its down hosts resumes (operator role).
   */
  ReleaseBrake: grpc.handleUnaryCall<_ferry_v1_ReleaseBrakeRequest__Output, _ferry_v1_ReleaseBrakeResponse>;
  
  /**
   * Removes a host from management.
   */
  RemoveHost: grpc.handleUnaryCall<_ferry_v1_NameRequest__Output, _ferry_v1_Empty>;
  
  /**
   * Removes a replica from the master's replica list.
   */
  RemoveReplica: grpc.handleUnaryCall<_ferry_v1_AddReplicaRequest__Output, _ferry_v1_Empty>;
  
  /**
   * Removes a placement rule.
   */
  RemoveRule: grpc.handleUnaryCall<_ferry_v1_NameRequest__Output, _ferry_v1_Empty>;
  
  /**
   * Stops a (reachable, old) master from acting as master.
   */
  ReplicationOff: grpc.handleUnaryCall<_ferry_v1_Empty__Output, _ferry_v1_ClusterStatus>;
  
  /**
   * Revokes an API token.
   */
  RevokeToken: grpc.handleUnaryCall<_ferry_v1_NameRequest__Output, _ferry_v1_Empty>;
  
  /**
   * Sets one setting.
   */
  SetSetting: grpc.handleUnaryCall<_ferry_v1_SetSettingRequest__Output, _ferry_v1_Setting>;
  
  /**
   * Pins a host's SSH key (shows the presented fingerprint when none is given).
   */
  TrustHostKey: grpc.handleUnaryCall<_ferry_v1_TrustHostKeyRequest__Output, _ferry_v1_TrustHostKeyResponse>;
  
  /**
   * Ends a host's maintenance.
   */
  UndrainHost: grpc.handleUnaryCall<_ferry_v1_NameRequest__Output, _ferry_v1_Host>;
  
  /**
   * Changes a failover group.
   */
  UpdateGroup: grpc.handleUnaryCall<_ferry_v1_UpdateGroupRequest__Output, _ferry_v1_Group>;
  
  /**
   * Changes fields of a host.
   */
  UpdateHost: grpc.handleUnaryCall<_ferry_v1_UpdateHostRequest__Output, _ferry_v1_Host>;
  
  /**
   * Changes an owner account.
   */
  UpdateOwner: grpc.handleUnaryCall<_ferry_v1_Owner__Output, _ferry_v1_Owner>;
  
  /**
   * Sets owner, restart priority or failover inclusion of a system.
   */
  UpdateSystem: grpc.handleUnaryCall<_ferry_v1_UpdateSystemRequest__Output, _ferry_v1_System>;
  
  /**
   * Verifies the hash chain, epochs and quarantine of this node's log.
   */
  VerifyLog: grpc.handleUnaryCall<_ferry_v1_Empty__Output, _ferry_v1_VerifyLogResponse>;
  
  /**
   * Events from a seq: catches up, then follows live.
   */
  WatchEvents: grpc.handleServerStreamingCall<_ferry_v1_WatchEventsRequest__Output, _ferry_v1_Event>;
  
}

export interface ControlPlaneDefinition extends grpc.ServiceDefinition {
  AddReplica: MethodDefinition<_ferry_v1_AddReplicaRequest, _ferry_v1_ReplicaStatus, _ferry_v1_AddReplicaRequest__Output, _ferry_v1_ReplicaStatus__Output>
  AddRule: MethodDefinition<_ferry_v1_PlacementRule, _ferry_v1_PlacementRule, _ferry_v1_PlacementRule__Output, _ferry_v1_PlacementRule__Output>
  ConfirmDown: MethodDefinition<_ferry_v1_NameRequest, _ferry_v1_Empty, _ferry_v1_NameRequest__Output, _ferry_v1_Empty__Output>
  CreateGroup: MethodDefinition<_ferry_v1_GroupSpec, _ferry_v1_Group, _ferry_v1_GroupSpec__Output, _ferry_v1_Group__Output>
  CreateOwner: MethodDefinition<_ferry_v1_Owner, _ferry_v1_Owner, _ferry_v1_Owner__Output, _ferry_v1_Owner__Output>
  CreateToken: MethodDefinition<_ferry_v1_CreateTokenRequest, _ferry_v1_CreateTokenResponse, _ferry_v1_CreateTokenRequest__Output, _ferry_v1_CreateTokenResponse__Output>
  DeleteGroup: MethodDefinition<_ferry_v1_NameRequest, _ferry_v1_Empty, _ferry_v1_NameRequest__Output, _ferry_v1_Empty__Output>
  DeleteOwner: MethodDefinition<_ferry_v1_NameRequest, _ferry_v1_Empty, _ferry_v1_NameRequest__Output, _ferry_v1_Empty__Output>
  DrainHost: MethodDefinition<_ferry_v1_DrainHostRequest, _ferry_v1_DrainResult, _ferry_v1_DrainHostRequest__Output, _ferry_v1_DrainResult__Output>
  ForceFailover: MethodDefinition<_ferry_v1_ForceFailoverRequest, _ferry_v1_FailoverRecord, _ferry_v1_ForceFailoverRequest__Output, _ferry_v1_FailoverRecord__Output>
  GetClusterStatus: MethodDefinition<_ferry_v1_Empty, _ferry_v1_ClusterStatus, _ferry_v1_Empty__Output, _ferry_v1_ClusterStatus__Output>
  GetGroup: MethodDefinition<_ferry_v1_NameRequest, _ferry_v1_Group, _ferry_v1_NameRequest__Output, _ferry_v1_Group__Output>
  GetHost: MethodDefinition<_ferry_v1_NameRequest, _ferry_v1_Host, _ferry_v1_NameRequest__Output, _ferry_v1_Host__Output>
  GetSetting: MethodDefinition<_ferry_v1_GetSettingRequest, _ferry_v1_Setting, _ferry_v1_GetSettingRequest__Output, _ferry_v1_Setting__Output>
  GetSystem: MethodDefinition<_ferry_v1_NameRequest, _ferry_v1_System, _ferry_v1_NameRequest__Output, _ferry_v1_System__Output>
  JoinMaster: MethodDefinition<_ferry_v1_AddReplicaRequest, _ferry_v1_ClusterStatus, _ferry_v1_AddReplicaRequest__Output, _ferry_v1_ClusterStatus__Output>
  ListFailovers: MethodDefinition<_ferry_v1_ListFailoversRequest, _ferry_v1_FailoverList, _ferry_v1_ListFailoversRequest__Output, _ferry_v1_FailoverList__Output>
  ListGroups: MethodDefinition<_ferry_v1_Empty, _ferry_v1_GroupList, _ferry_v1_Empty__Output, _ferry_v1_GroupList__Output>
  ListHosts: MethodDefinition<_ferry_v1_ListHostsRequest, _ferry_v1_HostList, _ferry_v1_ListHostsRequest__Output, _ferry_v1_HostList__Output>
  ListOwners: MethodDefinition<_ferry_v1_Empty, _ferry_v1_OwnerList, _ferry_v1_Empty__Output, _ferry_v1_OwnerList__Output>
  ListRules: MethodDefinition<_ferry_v1_Empty, _ferry_v1_RuleList, _ferry_v1_Empty__Output, _ferry_v1_RuleList__Output>
  ListSettings: MethodDefinition<_ferry_v1_Empty, _ferry_v1_SettingList, _ferry_v1_Empty__Output, _ferry_v1_SettingList__Output>
  ListSystems: MethodDefinition<_ferry_v1_ListSystemsRequest, _ferry_v1_SystemList, _ferry_v1_ListSystemsRequest__Output, _ferry_v1_SystemList__Output>
  ListTokens: MethodDefinition<_ferry_v1_Empty, _ferry_v1_TokenList, _ferry_v1_Empty__Output, _ferry_v1_TokenList__Output>
  MoveSystem: MethodDefinition<_ferry_v1_MoveSystemRequest, _ferry_v1_MoveResult, _ferry_v1_MoveSystemRequest__Output, _ferry_v1_MoveResult__Output>
  PromoteReplica: MethodDefinition<_ferry_v1_PromoteReplicaRequest, _ferry_v1_PromoteReplicaResponse, _ferry_v1_PromoteReplicaRequest__Output, _ferry_v1_PromoteReplicaResponse__Output>
  ReadEvents: MethodDefinition<_ferry_v1_ReadEventsRequest, _ferry_v1_EventList, _ferry_v1_ReadEventsRequest__Output, _ferry_v1_EventList__Output>
  RegisterHost: MethodDefinition<_ferry_v1_RegisterHostRequest, _ferry_v1_Host, _ferry_v1_RegisterHostRequest__Output, _ferry_v1_Host__Output>
  ReleaseBrake: MethodDefinition<_ferry_v1_ReleaseBrakeRequest, _ferry_v1_ReleaseBrakeResponse, _ferry_v1_ReleaseBrakeRequest__Output, _ferry_v1_ReleaseBrakeResponse__Output>
  RemoveHost: MethodDefinition<_ferry_v1_NameRequest, _ferry_v1_Empty, _ferry_v1_NameRequest__Output, _ferry_v1_Empty__Output>
  RemoveReplica: MethodDefinition<_ferry_v1_AddReplicaRequest, _ferry_v1_Empty, _ferry_v1_AddReplicaRequest__Output, _ferry_v1_Empty__Output>
  RemoveRule: MethodDefinition<_ferry_v1_NameRequest, _ferry_v1_Empty, _ferry_v1_NameRequest__Output, _ferry_v1_Empty__Output>
  ReplicationOff: MethodDefinition<_ferry_v1_Empty, _ferry_v1_ClusterStatus, _ferry_v1_Empty__Output, _ferry_v1_ClusterStatus__Output>
  RevokeToken: MethodDefinition<_ferry_v1_NameRequest, _ferry_v1_Empty, _ferry_v1_NameRequest__Output, _ferry_v1_Empty__Output>
  SetSetting: MethodDefinition<_ferry_v1_SetSettingRequest, _ferry_v1_Setting, _ferry_v1_SetSettingRequest__Output, _ferry_v1_Setting__Output>
  TrustHostKey: MethodDefinition<_ferry_v1_TrustHostKeyRequest, _ferry_v1_TrustHostKeyResponse, _ferry_v1_TrustHostKeyRequest__Output, _ferry_v1_TrustHostKeyResponse__Output>
  UndrainHost: MethodDefinition<_ferry_v1_NameRequest, _ferry_v1_Host, _ferry_v1_NameRequest__Output, _ferry_v1_Host__Output>
  UpdateGroup: MethodDefinition<_ferry_v1_UpdateGroupRequest, _ferry_v1_Group, _ferry_v1_UpdateGroupRequest__Output, _ferry_v1_Group__Output>
  UpdateHost: MethodDefinition<_ferry_v1_UpdateHostRequest, _ferry_v1_Host, _ferry_v1_UpdateHostRequest__Output, _ferry_v1_Host__Output>
  UpdateOwner: MethodDefinition<_ferry_v1_Owner, _ferry_v1_Owner, _ferry_v1_Owner__Output, _ferry_v1_Owner__Output>
  UpdateSystem: MethodDefinition<_ferry_v1_UpdateSystemRequest, _ferry_v1_System, _ferry_v1_UpdateSystemRequest__Output, _ferry_v1_System__Output>
  VerifyLog: MethodDefinition<_ferry_v1_Empty, _ferry_v1_VerifyLogResponse, _ferry_v1_Empty__Output, _ferry_v1_VerifyLogResponse__Output>
  WatchEvents: MethodDefinition<_ferry_v1_WatchEventsRequest, _ferry_v1_Event, _ferry_v1_WatchEventsRequest__Output, _ferry_v1_Event__Output>
}
