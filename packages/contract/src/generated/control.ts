import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { AddReplicaRequest as _ferry_v1_AddReplicaRequest, AddReplicaRequest__Output as _ferry_v1_AddReplicaRequest__Output } from './ferry/v1/AddReplicaRequest.js';
import type { AddReplicaResponse as _ferry_v1_AddReplicaResponse, AddReplicaResponse__Output as _ferry_v1_AddReplicaResponse__Output } from './ferry/v1/AddReplicaResponse.js';
import type { AddRuleRequest as _ferry_v1_AddRuleRequest, AddRuleRequest__Output as _ferry_v1_AddRuleRequest__Output } from './ferry/v1/AddRuleRequest.js';
import type { AddRuleResponse as _ferry_v1_AddRuleResponse, AddRuleResponse__Output as _ferry_v1_AddRuleResponse__Output } from './ferry/v1/AddRuleResponse.js';
import type { ClusterStatus as _ferry_v1_ClusterStatus, ClusterStatus__Output as _ferry_v1_ClusterStatus__Output } from './ferry/v1/ClusterStatus.js';
import type { ConfirmDownRequest as _ferry_v1_ConfirmDownRequest, ConfirmDownRequest__Output as _ferry_v1_ConfirmDownRequest__Output } from './ferry/v1/ConfirmDownRequest.js';
import type { ConfirmDownResponse as _ferry_v1_ConfirmDownResponse, ConfirmDownResponse__Output as _ferry_v1_ConfirmDownResponse__Output } from './ferry/v1/ConfirmDownResponse.js';
import type { ControlPlaneServiceClient as _ferry_v1_ControlPlaneServiceClient, ControlPlaneServiceDefinition as _ferry_v1_ControlPlaneServiceDefinition } from './ferry/v1/ControlPlaneService.js';
import type { CreateGroupRequest as _ferry_v1_CreateGroupRequest, CreateGroupRequest__Output as _ferry_v1_CreateGroupRequest__Output } from './ferry/v1/CreateGroupRequest.js';
import type { CreateGroupResponse as _ferry_v1_CreateGroupResponse, CreateGroupResponse__Output as _ferry_v1_CreateGroupResponse__Output } from './ferry/v1/CreateGroupResponse.js';
import type { CreateOwnerRequest as _ferry_v1_CreateOwnerRequest, CreateOwnerRequest__Output as _ferry_v1_CreateOwnerRequest__Output } from './ferry/v1/CreateOwnerRequest.js';
import type { CreateOwnerResponse as _ferry_v1_CreateOwnerResponse, CreateOwnerResponse__Output as _ferry_v1_CreateOwnerResponse__Output } from './ferry/v1/CreateOwnerResponse.js';
import type { CreateTokenRequest as _ferry_v1_CreateTokenRequest, CreateTokenRequest__Output as _ferry_v1_CreateTokenRequest__Output } from './ferry/v1/CreateTokenRequest.js';
import type { CreateTokenResponse as _ferry_v1_CreateTokenResponse, CreateTokenResponse__Output as _ferry_v1_CreateTokenResponse__Output } from './ferry/v1/CreateTokenResponse.js';
import type { DeleteGroupRequest as _ferry_v1_DeleteGroupRequest, DeleteGroupRequest__Output as _ferry_v1_DeleteGroupRequest__Output } from './ferry/v1/DeleteGroupRequest.js';
import type { DeleteGroupResponse as _ferry_v1_DeleteGroupResponse, DeleteGroupResponse__Output as _ferry_v1_DeleteGroupResponse__Output } from './ferry/v1/DeleteGroupResponse.js';
import type { DeleteOwnerRequest as _ferry_v1_DeleteOwnerRequest, DeleteOwnerRequest__Output as _ferry_v1_DeleteOwnerRequest__Output } from './ferry/v1/DeleteOwnerRequest.js';
import type { DeleteOwnerResponse as _ferry_v1_DeleteOwnerResponse, DeleteOwnerResponse__Output as _ferry_v1_DeleteOwnerResponse__Output } from './ferry/v1/DeleteOwnerResponse.js';
import type { DrainHostRequest as _ferry_v1_DrainHostRequest, DrainHostRequest__Output as _ferry_v1_DrainHostRequest__Output } from './ferry/v1/DrainHostRequest.js';
import type { DrainHostResponse as _ferry_v1_DrainHostResponse, DrainHostResponse__Output as _ferry_v1_DrainHostResponse__Output } from './ferry/v1/DrainHostResponse.js';
import type { DrainMove as _ferry_v1_DrainMove, DrainMove__Output as _ferry_v1_DrainMove__Output } from './ferry/v1/DrainMove.js';
import type { Event as _ferry_v1_Event, Event__Output as _ferry_v1_Event__Output } from './ferry/v1/Event.js';
import type { FailoverBrakeEngaged as _ferry_v1_FailoverBrakeEngaged, FailoverBrakeEngaged__Output as _ferry_v1_FailoverBrakeEngaged__Output } from './ferry/v1/FailoverBrakeEngaged.js';
import type { FailoverBrakeReleased as _ferry_v1_FailoverBrakeReleased, FailoverBrakeReleased__Output as _ferry_v1_FailoverBrakeReleased__Output } from './ferry/v1/FailoverBrakeReleased.js';
import type { FailoverCompleted as _ferry_v1_FailoverCompleted, FailoverCompleted__Output as _ferry_v1_FailoverCompleted__Output } from './ferry/v1/FailoverCompleted.js';
import type { FailoverMoveFailed as _ferry_v1_FailoverMoveFailed, FailoverMoveFailed__Output as _ferry_v1_FailoverMoveFailed__Output } from './ferry/v1/FailoverMoveFailed.js';
import type { FailoverPlanned as _ferry_v1_FailoverPlanned, FailoverPlanned__Output as _ferry_v1_FailoverPlanned__Output } from './ferry/v1/FailoverPlanned.js';
import type { FailoverRecord as _ferry_v1_FailoverRecord, FailoverRecord__Output as _ferry_v1_FailoverRecord__Output } from './ferry/v1/FailoverRecord.js';
import type { FailoverStarted as _ferry_v1_FailoverStarted, FailoverStarted__Output as _ferry_v1_FailoverStarted__Output } from './ferry/v1/FailoverStarted.js';
import type { ForceFailoverRequest as _ferry_v1_ForceFailoverRequest, ForceFailoverRequest__Output as _ferry_v1_ForceFailoverRequest__Output } from './ferry/v1/ForceFailoverRequest.js';
import type { ForceFailoverResponse as _ferry_v1_ForceFailoverResponse, ForceFailoverResponse__Output as _ferry_v1_ForceFailoverResponse__Output } from './ferry/v1/ForceFailoverResponse.js';
import type { GetClusterStatusRequest as _ferry_v1_GetClusterStatusRequest, GetClusterStatusRequest__Output as _ferry_v1_GetClusterStatusRequest__Output } from './ferry/v1/GetClusterStatusRequest.js';
import type { GetClusterStatusResponse as _ferry_v1_GetClusterStatusResponse, GetClusterStatusResponse__Output as _ferry_v1_GetClusterStatusResponse__Output } from './ferry/v1/GetClusterStatusResponse.js';
import type { GetGroupRequest as _ferry_v1_GetGroupRequest, GetGroupRequest__Output as _ferry_v1_GetGroupRequest__Output } from './ferry/v1/GetGroupRequest.js';
import type { GetGroupResponse as _ferry_v1_GetGroupResponse, GetGroupResponse__Output as _ferry_v1_GetGroupResponse__Output } from './ferry/v1/GetGroupResponse.js';
import type { GetHostRequest as _ferry_v1_GetHostRequest, GetHostRequest__Output as _ferry_v1_GetHostRequest__Output } from './ferry/v1/GetHostRequest.js';
import type { GetHostResponse as _ferry_v1_GetHostResponse, GetHostResponse__Output as _ferry_v1_GetHostResponse__Output } from './ferry/v1/GetHostResponse.js';
import type { GetSettingRequest as _ferry_v1_GetSettingRequest, GetSettingRequest__Output as _ferry_v1_GetSettingRequest__Output } from './ferry/v1/GetSettingRequest.js';
import type { GetSettingResponse as _ferry_v1_GetSettingResponse, GetSettingResponse__Output as _ferry_v1_GetSettingResponse__Output } from './ferry/v1/GetSettingResponse.js';
import type { GetSystemRequest as _ferry_v1_GetSystemRequest, GetSystemRequest__Output as _ferry_v1_GetSystemRequest__Output } from './ferry/v1/GetSystemRequest.js';
import type { GetSystemResponse as _ferry_v1_GetSystemResponse, GetSystemResponse__Output as _ferry_v1_GetSystemResponse__Output } from './ferry/v1/GetSystemResponse.js';
import type { Group as _ferry_v1_Group, Group__Output as _ferry_v1_Group__Output } from './ferry/v1/Group.js';
import type { GroupCreated as _ferry_v1_GroupCreated, GroupCreated__Output as _ferry_v1_GroupCreated__Output } from './ferry/v1/GroupCreated.js';
import type { GroupDeleted as _ferry_v1_GroupDeleted, GroupDeleted__Output as _ferry_v1_GroupDeleted__Output } from './ferry/v1/GroupDeleted.js';
import type { GroupSpec as _ferry_v1_GroupSpec, GroupSpec__Output as _ferry_v1_GroupSpec__Output } from './ferry/v1/GroupSpec.js';
import type { GroupUpdated as _ferry_v1_GroupUpdated, GroupUpdated__Output as _ferry_v1_GroupUpdated__Output } from './ferry/v1/GroupUpdated.js';
import type { Host as _ferry_v1_Host, Host__Output as _ferry_v1_Host__Output } from './ferry/v1/Host.js';
import type { HostDownConfirmed as _ferry_v1_HostDownConfirmed, HostDownConfirmed__Output as _ferry_v1_HostDownConfirmed__Output } from './ferry/v1/HostDownConfirmed.js';
import type { HostDrainStarted as _ferry_v1_HostDrainStarted, HostDrainStarted__Output as _ferry_v1_HostDrainStarted__Output } from './ferry/v1/HostDrainStarted.js';
import type { HostFenced as _ferry_v1_HostFenced, HostFenced__Output as _ferry_v1_HostFenced__Output } from './ferry/v1/HostFenced.js';
import type { HostKeyTrusted as _ferry_v1_HostKeyTrusted, HostKeyTrusted__Output as _ferry_v1_HostKeyTrusted__Output } from './ferry/v1/HostKeyTrusted.js';
import type { HostMaintenanceSet as _ferry_v1_HostMaintenanceSet, HostMaintenanceSet__Output as _ferry_v1_HostMaintenanceSet__Output } from './ferry/v1/HostMaintenanceSet.js';
import type { HostReconciled as _ferry_v1_HostReconciled, HostReconciled__Output as _ferry_v1_HostReconciled__Output } from './ferry/v1/HostReconciled.js';
import type { HostRegistered as _ferry_v1_HostRegistered, HostRegistered__Output as _ferry_v1_HostRegistered__Output } from './ferry/v1/HostRegistered.js';
import type { HostRemoved as _ferry_v1_HostRemoved, HostRemoved__Output as _ferry_v1_HostRemoved__Output } from './ferry/v1/HostRemoved.js';
import type { HostSpec as _ferry_v1_HostSpec, HostSpec__Output as _ferry_v1_HostSpec__Output } from './ferry/v1/HostSpec.js';
import type { HostStateChanged as _ferry_v1_HostStateChanged, HostStateChanged__Output as _ferry_v1_HostStateChanged__Output } from './ferry/v1/HostStateChanged.js';
import type { HostUpdated as _ferry_v1_HostUpdated, HostUpdated__Output as _ferry_v1_HostUpdated__Output } from './ferry/v1/HostUpdated.js';
import type { JoinMasterRequest as _ferry_v1_JoinMasterRequest, JoinMasterRequest__Output as _ferry_v1_JoinMasterRequest__Output } from './ferry/v1/JoinMasterRequest.js';
import type { JoinMasterResponse as _ferry_v1_JoinMasterResponse, JoinMasterResponse__Output as _ferry_v1_JoinMasterResponse__Output } from './ferry/v1/JoinMasterResponse.js';
import type { LeaseStatus as _ferry_v1_LeaseStatus, LeaseStatus__Output as _ferry_v1_LeaseStatus__Output } from './ferry/v1/LeaseStatus.js';
import type { ListFailoversRequest as _ferry_v1_ListFailoversRequest, ListFailoversRequest__Output as _ferry_v1_ListFailoversRequest__Output } from './ferry/v1/ListFailoversRequest.js';
import type { ListFailoversResponse as _ferry_v1_ListFailoversResponse, ListFailoversResponse__Output as _ferry_v1_ListFailoversResponse__Output } from './ferry/v1/ListFailoversResponse.js';
import type { ListGroupsRequest as _ferry_v1_ListGroupsRequest, ListGroupsRequest__Output as _ferry_v1_ListGroupsRequest__Output } from './ferry/v1/ListGroupsRequest.js';
import type { ListGroupsResponse as _ferry_v1_ListGroupsResponse, ListGroupsResponse__Output as _ferry_v1_ListGroupsResponse__Output } from './ferry/v1/ListGroupsResponse.js';
import type { ListHostsRequest as _ferry_v1_ListHostsRequest, ListHostsRequest__Output as _ferry_v1_ListHostsRequest__Output } from './ferry/v1/ListHostsRequest.js';
import type { ListHostsResponse as _ferry_v1_ListHostsResponse, ListHostsResponse__Output as _ferry_v1_ListHostsResponse__Output } from './ferry/v1/ListHostsResponse.js';
import type { ListOwnersRequest as _ferry_v1_ListOwnersRequest, ListOwnersRequest__Output as _ferry_v1_ListOwnersRequest__Output } from './ferry/v1/ListOwnersRequest.js';
import type { ListOwnersResponse as _ferry_v1_ListOwnersResponse, ListOwnersResponse__Output as _ferry_v1_ListOwnersResponse__Output } from './ferry/v1/ListOwnersResponse.js';
import type { ListRulesRequest as _ferry_v1_ListRulesRequest, ListRulesRequest__Output as _ferry_v1_ListRulesRequest__Output } from './ferry/v1/ListRulesRequest.js';
import type { ListRulesResponse as _ferry_v1_ListRulesResponse, ListRulesResponse__Output as _ferry_v1_ListRulesResponse__Output } from './ferry/v1/ListRulesResponse.js';
import type { ListSettingsRequest as _ferry_v1_ListSettingsRequest, ListSettingsRequest__Output as _ferry_v1_ListSettingsRequest__Output } from './ferry/v1/ListSettingsRequest.js';
import type { ListSettingsResponse as _ferry_v1_ListSettingsResponse, ListSettingsResponse__Output as _ferry_v1_ListSettingsResponse__Output } from './ferry/v1/ListSettingsResponse.js';
import type { ListSystemsRequest as _ferry_v1_ListSystemsRequest, ListSystemsRequest__Output as _ferry_v1_ListSystemsRequest__Output } from './ferry/v1/ListSystemsRequest.js';
import type { ListSystemsResponse as _ferry_v1_ListSystemsResponse, ListSystemsResponse__Output as _ferry_v1_ListSystemsResponse__Output } from './ferry/v1/ListSystemsResponse.js';
import type { ListTokensRequest as _ferry_v1_ListTokensRequest, ListTokensRequest__Output as _ferry_v1_ListTokensRequest__Output } from './ferry/v1/ListTokensRequest.js';
import type { ListTokensResponse as _ferry_v1_ListTokensResponse, ListTokensResponse__Output as _ferry_v1_ListTokensResponse__Output } from './ferry/v1/ListTokensResponse.js';
import type { MasterPromoted as _ferry_v1_MasterPromoted, MasterPromoted__Output as _ferry_v1_MasterPromoted__Output } from './ferry/v1/MasterPromoted.js';
import type { MoveSystemRequest as _ferry_v1_MoveSystemRequest, MoveSystemRequest__Output as _ferry_v1_MoveSystemRequest__Output } from './ferry/v1/MoveSystemRequest.js';
import type { MoveSystemResponse as _ferry_v1_MoveSystemResponse, MoveSystemResponse__Output as _ferry_v1_MoveSystemResponse__Output } from './ferry/v1/MoveSystemResponse.js';
import type { Owner as _ferry_v1_Owner, Owner__Output as _ferry_v1_Owner__Output } from './ferry/v1/Owner.js';
import type { OwnerCreated as _ferry_v1_OwnerCreated, OwnerCreated__Output as _ferry_v1_OwnerCreated__Output } from './ferry/v1/OwnerCreated.js';
import type { OwnerDeleted as _ferry_v1_OwnerDeleted, OwnerDeleted__Output as _ferry_v1_OwnerDeleted__Output } from './ferry/v1/OwnerDeleted.js';
import type { OwnerUpdated as _ferry_v1_OwnerUpdated, OwnerUpdated__Output as _ferry_v1_OwnerUpdated__Output } from './ferry/v1/OwnerUpdated.js';
import type { PlacementRule as _ferry_v1_PlacementRule, PlacementRule__Output as _ferry_v1_PlacementRule__Output } from './ferry/v1/PlacementRule.js';
import type { PlacementRuleAdded as _ferry_v1_PlacementRuleAdded, PlacementRuleAdded__Output as _ferry_v1_PlacementRuleAdded__Output } from './ferry/v1/PlacementRuleAdded.js';
import type { PlacementRuleRemoved as _ferry_v1_PlacementRuleRemoved, PlacementRuleRemoved__Output as _ferry_v1_PlacementRuleRemoved__Output } from './ferry/v1/PlacementRuleRemoved.js';
import type { PlanRefusal as _ferry_v1_PlanRefusal, PlanRefusal__Output as _ferry_v1_PlanRefusal__Output } from './ferry/v1/PlanRefusal.js';
import type { PlannedMove as _ferry_v1_PlannedMove, PlannedMove__Output as _ferry_v1_PlannedMove__Output } from './ferry/v1/PlannedMove.js';
import type { PromoteReplicaRequest as _ferry_v1_PromoteReplicaRequest, PromoteReplicaRequest__Output as _ferry_v1_PromoteReplicaRequest__Output } from './ferry/v1/PromoteReplicaRequest.js';
import type { PromoteReplicaResponse as _ferry_v1_PromoteReplicaResponse, PromoteReplicaResponse__Output as _ferry_v1_PromoteReplicaResponse__Output } from './ferry/v1/PromoteReplicaResponse.js';
import type { ReadEventsRequest as _ferry_v1_ReadEventsRequest, ReadEventsRequest__Output as _ferry_v1_ReadEventsRequest__Output } from './ferry/v1/ReadEventsRequest.js';
import type { ReadEventsResponse as _ferry_v1_ReadEventsResponse, ReadEventsResponse__Output as _ferry_v1_ReadEventsResponse__Output } from './ferry/v1/ReadEventsResponse.js';
import type { RegisterHostRequest as _ferry_v1_RegisterHostRequest, RegisterHostRequest__Output as _ferry_v1_RegisterHostRequest__Output } from './ferry/v1/RegisterHostRequest.js';
import type { RegisterHostResponse as _ferry_v1_RegisterHostResponse, RegisterHostResponse__Output as _ferry_v1_RegisterHostResponse__Output } from './ferry/v1/RegisterHostResponse.js';
import type { ReleaseBrakeRequest as _ferry_v1_ReleaseBrakeRequest, ReleaseBrakeRequest__Output as _ferry_v1_ReleaseBrakeRequest__Output } from './ferry/v1/ReleaseBrakeRequest.js';
import type { ReleaseBrakeResponse as _ferry_v1_ReleaseBrakeResponse, ReleaseBrakeResponse__Output as _ferry_v1_ReleaseBrakeResponse__Output } from './ferry/v1/ReleaseBrakeResponse.js';
import type { RemoveHostRequest as _ferry_v1_RemoveHostRequest, RemoveHostRequest__Output as _ferry_v1_RemoveHostRequest__Output } from './ferry/v1/RemoveHostRequest.js';
import type { RemoveHostResponse as _ferry_v1_RemoveHostResponse, RemoveHostResponse__Output as _ferry_v1_RemoveHostResponse__Output } from './ferry/v1/RemoveHostResponse.js';
import type { RemoveReplicaRequest as _ferry_v1_RemoveReplicaRequest, RemoveReplicaRequest__Output as _ferry_v1_RemoveReplicaRequest__Output } from './ferry/v1/RemoveReplicaRequest.js';
import type { RemoveReplicaResponse as _ferry_v1_RemoveReplicaResponse, RemoveReplicaResponse__Output as _ferry_v1_RemoveReplicaResponse__Output } from './ferry/v1/RemoveReplicaResponse.js';
import type { RemoveRuleRequest as _ferry_v1_RemoveRuleRequest, RemoveRuleRequest__Output as _ferry_v1_RemoveRuleRequest__Output } from './ferry/v1/RemoveRuleRequest.js';
import type { RemoveRuleResponse as _ferry_v1_RemoveRuleResponse, RemoveRuleResponse__Output as _ferry_v1_RemoveRuleResponse__Output } from './ferry/v1/RemoveRuleResponse.js';
import type { ReplicaAdded as _ferry_v1_ReplicaAdded, ReplicaAdded__Output as _ferry_v1_ReplicaAdded__Output } from './ferry/v1/ReplicaAdded.js';
import type { ReplicaRemoved as _ferry_v1_ReplicaRemoved, ReplicaRemoved__Output as _ferry_v1_ReplicaRemoved__Output } from './ferry/v1/ReplicaRemoved.js';
import type { ReplicaStatus as _ferry_v1_ReplicaStatus, ReplicaStatus__Output as _ferry_v1_ReplicaStatus__Output } from './ferry/v1/ReplicaStatus.js';
import type { ReplicationOffRequest as _ferry_v1_ReplicationOffRequest, ReplicationOffRequest__Output as _ferry_v1_ReplicationOffRequest__Output } from './ferry/v1/ReplicationOffRequest.js';
import type { ReplicationOffResponse as _ferry_v1_ReplicationOffResponse, ReplicationOffResponse__Output as _ferry_v1_ReplicationOffResponse__Output } from './ferry/v1/ReplicationOffResponse.js';
import type { RevokeTokenRequest as _ferry_v1_RevokeTokenRequest, RevokeTokenRequest__Output as _ferry_v1_RevokeTokenRequest__Output } from './ferry/v1/RevokeTokenRequest.js';
import type { RevokeTokenResponse as _ferry_v1_RevokeTokenResponse, RevokeTokenResponse__Output as _ferry_v1_RevokeTokenResponse__Output } from './ferry/v1/RevokeTokenResponse.js';
import type { SetSettingRequest as _ferry_v1_SetSettingRequest, SetSettingRequest__Output as _ferry_v1_SetSettingRequest__Output } from './ferry/v1/SetSettingRequest.js';
import type { SetSettingResponse as _ferry_v1_SetSettingResponse, SetSettingResponse__Output as _ferry_v1_SetSettingResponse__Output } from './ferry/v1/SetSettingResponse.js';
import type { Setting as _ferry_v1_Setting, Setting__Output as _ferry_v1_Setting__Output } from './ferry/v1/Setting.js';
import type { SettingChanged as _ferry_v1_SettingChanged, SettingChanged__Output as _ferry_v1_SettingChanged__Output } from './ferry/v1/SettingChanged.js';
import type { System as _ferry_v1_System, System__Output as _ferry_v1_System__Output } from './ferry/v1/System.js';
import type { SystemChanged as _ferry_v1_SystemChanged, SystemChanged__Output as _ferry_v1_SystemChanged__Output } from './ferry/v1/SystemChanged.js';
import type { SystemDefinitionCaptured as _ferry_v1_SystemDefinitionCaptured, SystemDefinitionCaptured__Output as _ferry_v1_SystemDefinitionCaptured__Output } from './ferry/v1/SystemDefinitionCaptured.js';
import type { SystemDiscovered as _ferry_v1_SystemDiscovered, SystemDiscovered__Output as _ferry_v1_SystemDiscovered__Output } from './ferry/v1/SystemDiscovered.js';
import type { SystemMoveFinished as _ferry_v1_SystemMoveFinished, SystemMoveFinished__Output as _ferry_v1_SystemMoveFinished__Output } from './ferry/v1/SystemMoveFinished.js';
import type { SystemMoveStarted as _ferry_v1_SystemMoveStarted, SystemMoveStarted__Output as _ferry_v1_SystemMoveStarted__Output } from './ferry/v1/SystemMoveStarted.js';
import type { SystemMoved as _ferry_v1_SystemMoved, SystemMoved__Output as _ferry_v1_SystemMoved__Output } from './ferry/v1/SystemMoved.js';
import type { SystemSettingsChanged as _ferry_v1_SystemSettingsChanged, SystemSettingsChanged__Output as _ferry_v1_SystemSettingsChanged__Output } from './ferry/v1/SystemSettingsChanged.js';
import type { SystemVanished as _ferry_v1_SystemVanished, SystemVanished__Output as _ferry_v1_SystemVanished__Output } from './ferry/v1/SystemVanished.js';
import type { TokenCreated as _ferry_v1_TokenCreated, TokenCreated__Output as _ferry_v1_TokenCreated__Output } from './ferry/v1/TokenCreated.js';
import type { TokenInfo as _ferry_v1_TokenInfo, TokenInfo__Output as _ferry_v1_TokenInfo__Output } from './ferry/v1/TokenInfo.js';
import type { TokenRevoked as _ferry_v1_TokenRevoked, TokenRevoked__Output as _ferry_v1_TokenRevoked__Output } from './ferry/v1/TokenRevoked.js';
import type { TrustHostKeyRequest as _ferry_v1_TrustHostKeyRequest, TrustHostKeyRequest__Output as _ferry_v1_TrustHostKeyRequest__Output } from './ferry/v1/TrustHostKeyRequest.js';
import type { TrustHostKeyResponse as _ferry_v1_TrustHostKeyResponse, TrustHostKeyResponse__Output as _ferry_v1_TrustHostKeyResponse__Output } from './ferry/v1/TrustHostKeyResponse.js';
import type { UndrainHostRequest as _ferry_v1_UndrainHostRequest, UndrainHostRequest__Output as _ferry_v1_UndrainHostRequest__Output } from './ferry/v1/UndrainHostRequest.js';
import type { UndrainHostResponse as _ferry_v1_UndrainHostResponse, UndrainHostResponse__Output as _ferry_v1_UndrainHostResponse__Output } from './ferry/v1/UndrainHostResponse.js';
import type { UpdateGroupRequest as _ferry_v1_UpdateGroupRequest, UpdateGroupRequest__Output as _ferry_v1_UpdateGroupRequest__Output } from './ferry/v1/UpdateGroupRequest.js';
import type { UpdateGroupResponse as _ferry_v1_UpdateGroupResponse, UpdateGroupResponse__Output as _ferry_v1_UpdateGroupResponse__Output } from './ferry/v1/UpdateGroupResponse.js';
import type { UpdateHostRequest as _ferry_v1_UpdateHostRequest, UpdateHostRequest__Output as _ferry_v1_UpdateHostRequest__Output } from './ferry/v1/UpdateHostRequest.js';
import type { UpdateHostResponse as _ferry_v1_UpdateHostResponse, UpdateHostResponse__Output as _ferry_v1_UpdateHostResponse__Output } from './ferry/v1/UpdateHostResponse.js';
import type { UpdateOwnerRequest as _ferry_v1_UpdateOwnerRequest, UpdateOwnerRequest__Output as _ferry_v1_UpdateOwnerRequest__Output } from './ferry/v1/UpdateOwnerRequest.js';
import type { UpdateOwnerResponse as _ferry_v1_UpdateOwnerResponse, UpdateOwnerResponse__Output as _ferry_v1_UpdateOwnerResponse__Output } from './ferry/v1/UpdateOwnerResponse.js';
import type { UpdateSystemRequest as _ferry_v1_UpdateSystemRequest, UpdateSystemRequest__Output as _ferry_v1_UpdateSystemRequest__Output } from './ferry/v1/UpdateSystemRequest.js';
import type { UpdateSystemResponse as _ferry_v1_UpdateSystemResponse, UpdateSystemResponse__Output as _ferry_v1_UpdateSystemResponse__Output } from './ferry/v1/UpdateSystemResponse.js';
import type { VerifyLogRequest as _ferry_v1_VerifyLogRequest, VerifyLogRequest__Output as _ferry_v1_VerifyLogRequest__Output } from './ferry/v1/VerifyLogRequest.js';
import type { VerifyLogResponse as _ferry_v1_VerifyLogResponse, VerifyLogResponse__Output as _ferry_v1_VerifyLogResponse__Output } from './ferry/v1/VerifyLogResponse.js';
import type { WatchEventsRequest as _ferry_v1_WatchEventsRequest, WatchEventsRequest__Output as _ferry_v1_WatchEventsRequest__Output } from './ferry/v1/WatchEventsRequest.js';
import type { WatchEventsResponse as _ferry_v1_WatchEventsResponse, WatchEventsResponse__Output as _ferry_v1_WatchEventsResponse__Output } from './ferry/v1/WatchEventsResponse.js';
import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from './google/protobuf/Duration.js';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from './google/protobuf/FieldMask.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ferry: {
    v1: {
      AddReplicaRequest: MessageTypeDefinition<_ferry_v1_AddReplicaRequest, _ferry_v1_AddReplicaRequest__Output>
      AddReplicaResponse: MessageTypeDefinition<_ferry_v1_AddReplicaResponse, _ferry_v1_AddReplicaResponse__Output>
      AddRuleRequest: MessageTypeDefinition<_ferry_v1_AddRuleRequest, _ferry_v1_AddRuleRequest__Output>
      AddRuleResponse: MessageTypeDefinition<_ferry_v1_AddRuleResponse, _ferry_v1_AddRuleResponse__Output>
      ClusterStatus: MessageTypeDefinition<_ferry_v1_ClusterStatus, _ferry_v1_ClusterStatus__Output>
      ConfirmDownRequest: MessageTypeDefinition<_ferry_v1_ConfirmDownRequest, _ferry_v1_ConfirmDownRequest__Output>
      ConfirmDownResponse: MessageTypeDefinition<_ferry_v1_ConfirmDownResponse, _ferry_v1_ConfirmDownResponse__Output>
      /**
       * The operator and client API of a Ferry node. Every RPC has its own request and response message
       * (`<Rpc>Request` / `<Rpc>Response`), so each can grow fields without touching the others.
       */
      ControlPlaneService: SubtypeConstructor<typeof grpc.Client, _ferry_v1_ControlPlaneServiceClient> & { service: _ferry_v1_ControlPlaneServiceDefinition }
      CreateGroupRequest: MessageTypeDefinition<_ferry_v1_CreateGroupRequest, _ferry_v1_CreateGroupRequest__Output>
      CreateGroupResponse: MessageTypeDefinition<_ferry_v1_CreateGroupResponse, _ferry_v1_CreateGroupResponse__Output>
      CreateOwnerRequest: MessageTypeDefinition<_ferry_v1_CreateOwnerRequest, _ferry_v1_CreateOwnerRequest__Output>
      CreateOwnerResponse: MessageTypeDefinition<_ferry_v1_CreateOwnerResponse, _ferry_v1_CreateOwnerResponse__Output>
      CreateTokenRequest: MessageTypeDefinition<_ferry_v1_CreateTokenRequest, _ferry_v1_CreateTokenRequest__Output>
      CreateTokenResponse: MessageTypeDefinition<_ferry_v1_CreateTokenResponse, _ferry_v1_CreateTokenResponse__Output>
      DeleteGroupRequest: MessageTypeDefinition<_ferry_v1_DeleteGroupRequest, _ferry_v1_DeleteGroupRequest__Output>
      DeleteGroupResponse: MessageTypeDefinition<_ferry_v1_DeleteGroupResponse, _ferry_v1_DeleteGroupResponse__Output>
      DeleteOwnerRequest: MessageTypeDefinition<_ferry_v1_DeleteOwnerRequest, _ferry_v1_DeleteOwnerRequest__Output>
      DeleteOwnerResponse: MessageTypeDefinition<_ferry_v1_DeleteOwnerResponse, _ferry_v1_DeleteOwnerResponse__Output>
      DrainHostRequest: MessageTypeDefinition<_ferry_v1_DrainHostRequest, _ferry_v1_DrainHostRequest__Output>
      DrainHostResponse: MessageTypeDefinition<_ferry_v1_DrainHostResponse, _ferry_v1_DrainHostResponse__Output>
      DrainMove: MessageTypeDefinition<_ferry_v1_DrainMove, _ferry_v1_DrainMove__Output>
      Event: MessageTypeDefinition<_ferry_v1_Event, _ferry_v1_Event__Output>
      FailoverBrakeEngaged: MessageTypeDefinition<_ferry_v1_FailoverBrakeEngaged, _ferry_v1_FailoverBrakeEngaged__Output>
      FailoverBrakeReleased: MessageTypeDefinition<_ferry_v1_FailoverBrakeReleased, _ferry_v1_FailoverBrakeReleased__Output>
      FailoverCompleted: MessageTypeDefinition<_ferry_v1_FailoverCompleted, _ferry_v1_FailoverCompleted__Output>
      FailoverMoveFailed: MessageTypeDefinition<_ferry_v1_FailoverMoveFailed, _ferry_v1_FailoverMoveFailed__Output>
      FailoverOutcome: EnumTypeDefinition
      FailoverPlanned: MessageTypeDefinition<_ferry_v1_FailoverPlanned, _ferry_v1_FailoverPlanned__Output>
      FailoverRecord: MessageTypeDefinition<_ferry_v1_FailoverRecord, _ferry_v1_FailoverRecord__Output>
      FailoverStarted: MessageTypeDefinition<_ferry_v1_FailoverStarted, _ferry_v1_FailoverStarted__Output>
      ForceFailoverRequest: MessageTypeDefinition<_ferry_v1_ForceFailoverRequest, _ferry_v1_ForceFailoverRequest__Output>
      ForceFailoverResponse: MessageTypeDefinition<_ferry_v1_ForceFailoverResponse, _ferry_v1_ForceFailoverResponse__Output>
      GetClusterStatusRequest: MessageTypeDefinition<_ferry_v1_GetClusterStatusRequest, _ferry_v1_GetClusterStatusRequest__Output>
      GetClusterStatusResponse: MessageTypeDefinition<_ferry_v1_GetClusterStatusResponse, _ferry_v1_GetClusterStatusResponse__Output>
      GetGroupRequest: MessageTypeDefinition<_ferry_v1_GetGroupRequest, _ferry_v1_GetGroupRequest__Output>
      GetGroupResponse: MessageTypeDefinition<_ferry_v1_GetGroupResponse, _ferry_v1_GetGroupResponse__Output>
      GetHostRequest: MessageTypeDefinition<_ferry_v1_GetHostRequest, _ferry_v1_GetHostRequest__Output>
      GetHostResponse: MessageTypeDefinition<_ferry_v1_GetHostResponse, _ferry_v1_GetHostResponse__Output>
      GetSettingRequest: MessageTypeDefinition<_ferry_v1_GetSettingRequest, _ferry_v1_GetSettingRequest__Output>
      GetSettingResponse: MessageTypeDefinition<_ferry_v1_GetSettingResponse, _ferry_v1_GetSettingResponse__Output>
      GetSystemRequest: MessageTypeDefinition<_ferry_v1_GetSystemRequest, _ferry_v1_GetSystemRequest__Output>
      GetSystemResponse: MessageTypeDefinition<_ferry_v1_GetSystemResponse, _ferry_v1_GetSystemResponse__Output>
      Group: MessageTypeDefinition<_ferry_v1_Group, _ferry_v1_Group__Output>
      GroupCreated: MessageTypeDefinition<_ferry_v1_GroupCreated, _ferry_v1_GroupCreated__Output>
      GroupDeleted: MessageTypeDefinition<_ferry_v1_GroupDeleted, _ferry_v1_GroupDeleted__Output>
      GroupSpec: MessageTypeDefinition<_ferry_v1_GroupSpec, _ferry_v1_GroupSpec__Output>
      GroupUpdated: MessageTypeDefinition<_ferry_v1_GroupUpdated, _ferry_v1_GroupUpdated__Output>
      Host: MessageTypeDefinition<_ferry_v1_Host, _ferry_v1_Host__Output>
      HostDownConfirmed: MessageTypeDefinition<_ferry_v1_HostDownConfirmed, _ferry_v1_HostDownConfirmed__Output>
      HostDrainStarted: MessageTypeDefinition<_ferry_v1_HostDrainStarted, _ferry_v1_HostDrainStarted__Output>
      HostFenced: MessageTypeDefinition<_ferry_v1_HostFenced, _ferry_v1_HostFenced__Output>
      HostKeyTrusted: MessageTypeDefinition<_ferry_v1_HostKeyTrusted, _ferry_v1_HostKeyTrusted__Output>
      HostMaintenanceSet: MessageTypeDefinition<_ferry_v1_HostMaintenanceSet, _ferry_v1_HostMaintenanceSet__Output>
      HostReconciled: MessageTypeDefinition<_ferry_v1_HostReconciled, _ferry_v1_HostReconciled__Output>
      HostRegistered: MessageTypeDefinition<_ferry_v1_HostRegistered, _ferry_v1_HostRegistered__Output>
      HostRemoved: MessageTypeDefinition<_ferry_v1_HostRemoved, _ferry_v1_HostRemoved__Output>
      HostSpec: MessageTypeDefinition<_ferry_v1_HostSpec, _ferry_v1_HostSpec__Output>
      HostState: EnumTypeDefinition
      HostStateChanged: MessageTypeDefinition<_ferry_v1_HostStateChanged, _ferry_v1_HostStateChanged__Output>
      HostUpdated: MessageTypeDefinition<_ferry_v1_HostUpdated, _ferry_v1_HostUpdated__Output>
      JoinMasterRequest: MessageTypeDefinition<_ferry_v1_JoinMasterRequest, _ferry_v1_JoinMasterRequest__Output>
      JoinMasterResponse: MessageTypeDefinition<_ferry_v1_JoinMasterResponse, _ferry_v1_JoinMasterResponse__Output>
      LeaseStatus: MessageTypeDefinition<_ferry_v1_LeaseStatus, _ferry_v1_LeaseStatus__Output>
      ListFailoversRequest: MessageTypeDefinition<_ferry_v1_ListFailoversRequest, _ferry_v1_ListFailoversRequest__Output>
      ListFailoversResponse: MessageTypeDefinition<_ferry_v1_ListFailoversResponse, _ferry_v1_ListFailoversResponse__Output>
      ListGroupsRequest: MessageTypeDefinition<_ferry_v1_ListGroupsRequest, _ferry_v1_ListGroupsRequest__Output>
      ListGroupsResponse: MessageTypeDefinition<_ferry_v1_ListGroupsResponse, _ferry_v1_ListGroupsResponse__Output>
      ListHostsRequest: MessageTypeDefinition<_ferry_v1_ListHostsRequest, _ferry_v1_ListHostsRequest__Output>
      ListHostsResponse: MessageTypeDefinition<_ferry_v1_ListHostsResponse, _ferry_v1_ListHostsResponse__Output>
      ListOwnersRequest: MessageTypeDefinition<_ferry_v1_ListOwnersRequest, _ferry_v1_ListOwnersRequest__Output>
      ListOwnersResponse: MessageTypeDefinition<_ferry_v1_ListOwnersResponse, _ferry_v1_ListOwnersResponse__Output>
      ListRulesRequest: MessageTypeDefinition<_ferry_v1_ListRulesRequest, _ferry_v1_ListRulesRequest__Output>
      ListRulesResponse: MessageTypeDefinition<_ferry_v1_ListRulesResponse, _ferry_v1_ListRulesResponse__Output>
      ListSettingsRequest: MessageTypeDefinition<_ferry_v1_ListSettingsRequest, _ferry_v1_ListSettingsRequest__Output>
      ListSettingsResponse: MessageTypeDefinition<_ferry_v1_ListSettingsResponse, _ferry_v1_ListSettingsResponse__Output>
      ListSystemsRequest: MessageTypeDefinition<_ferry_v1_ListSystemsRequest, _ferry_v1_ListSystemsRequest__Output>
      ListSystemsResponse: MessageTypeDefinition<_ferry_v1_ListSystemsResponse, _ferry_v1_ListSystemsResponse__Output>
      ListTokensRequest: MessageTypeDefinition<_ferry_v1_ListTokensRequest, _ferry_v1_ListTokensRequest__Output>
      ListTokensResponse: MessageTypeDefinition<_ferry_v1_ListTokensResponse, _ferry_v1_ListTokensResponse__Output>
      MasterPromoted: MessageTypeDefinition<_ferry_v1_MasterPromoted, _ferry_v1_MasterPromoted__Output>
      MoveMode: EnumTypeDefinition
      MoveOutcome: EnumTypeDefinition
      MoveSystemRequest: MessageTypeDefinition<_ferry_v1_MoveSystemRequest, _ferry_v1_MoveSystemRequest__Output>
      MoveSystemResponse: MessageTypeDefinition<_ferry_v1_MoveSystemResponse, _ferry_v1_MoveSystemResponse__Output>
      Owner: MessageTypeDefinition<_ferry_v1_Owner, _ferry_v1_Owner__Output>
      OwnerCreated: MessageTypeDefinition<_ferry_v1_OwnerCreated, _ferry_v1_OwnerCreated__Output>
      OwnerDeleted: MessageTypeDefinition<_ferry_v1_OwnerDeleted, _ferry_v1_OwnerDeleted__Output>
      OwnerUpdated: MessageTypeDefinition<_ferry_v1_OwnerUpdated, _ferry_v1_OwnerUpdated__Output>
      PlacementRule: MessageTypeDefinition<_ferry_v1_PlacementRule, _ferry_v1_PlacementRule__Output>
      PlacementRuleAdded: MessageTypeDefinition<_ferry_v1_PlacementRuleAdded, _ferry_v1_PlacementRuleAdded__Output>
      PlacementRuleRemoved: MessageTypeDefinition<_ferry_v1_PlacementRuleRemoved, _ferry_v1_PlacementRuleRemoved__Output>
      PlanRefusal: MessageTypeDefinition<_ferry_v1_PlanRefusal, _ferry_v1_PlanRefusal__Output>
      PlannedMove: MessageTypeDefinition<_ferry_v1_PlannedMove, _ferry_v1_PlannedMove__Output>
      PromoteReplicaRequest: MessageTypeDefinition<_ferry_v1_PromoteReplicaRequest, _ferry_v1_PromoteReplicaRequest__Output>
      PromoteReplicaResponse: MessageTypeDefinition<_ferry_v1_PromoteReplicaResponse, _ferry_v1_PromoteReplicaResponse__Output>
      ReadEventsRequest: MessageTypeDefinition<_ferry_v1_ReadEventsRequest, _ferry_v1_ReadEventsRequest__Output>
      ReadEventsResponse: MessageTypeDefinition<_ferry_v1_ReadEventsResponse, _ferry_v1_ReadEventsResponse__Output>
      RegisterHostRequest: MessageTypeDefinition<_ferry_v1_RegisterHostRequest, _ferry_v1_RegisterHostRequest__Output>
      RegisterHostResponse: MessageTypeDefinition<_ferry_v1_RegisterHostResponse, _ferry_v1_RegisterHostResponse__Output>
      ReleaseBrakeRequest: MessageTypeDefinition<_ferry_v1_ReleaseBrakeRequest, _ferry_v1_ReleaseBrakeRequest__Output>
      ReleaseBrakeResponse: MessageTypeDefinition<_ferry_v1_ReleaseBrakeResponse, _ferry_v1_ReleaseBrakeResponse__Output>
      RemoveHostRequest: MessageTypeDefinition<_ferry_v1_RemoveHostRequest, _ferry_v1_RemoveHostRequest__Output>
      RemoveHostResponse: MessageTypeDefinition<_ferry_v1_RemoveHostResponse, _ferry_v1_RemoveHostResponse__Output>
      RemoveReplicaRequest: MessageTypeDefinition<_ferry_v1_RemoveReplicaRequest, _ferry_v1_RemoveReplicaRequest__Output>
      RemoveReplicaResponse: MessageTypeDefinition<_ferry_v1_RemoveReplicaResponse, _ferry_v1_RemoveReplicaResponse__Output>
      RemoveRuleRequest: MessageTypeDefinition<_ferry_v1_RemoveRuleRequest, _ferry_v1_RemoveRuleRequest__Output>
      RemoveRuleResponse: MessageTypeDefinition<_ferry_v1_RemoveRuleResponse, _ferry_v1_RemoveRuleResponse__Output>
      ReplicaAdded: MessageTypeDefinition<_ferry_v1_ReplicaAdded, _ferry_v1_ReplicaAdded__Output>
      ReplicaRemoved: MessageTypeDefinition<_ferry_v1_ReplicaRemoved, _ferry_v1_ReplicaRemoved__Output>
      ReplicaStatus: MessageTypeDefinition<_ferry_v1_ReplicaStatus, _ferry_v1_ReplicaStatus__Output>
      ReplicationOffRequest: MessageTypeDefinition<_ferry_v1_ReplicationOffRequest, _ferry_v1_ReplicationOffRequest__Output>
      ReplicationOffResponse: MessageTypeDefinition<_ferry_v1_ReplicationOffResponse, _ferry_v1_ReplicationOffResponse__Output>
      RevokeTokenRequest: MessageTypeDefinition<_ferry_v1_RevokeTokenRequest, _ferry_v1_RevokeTokenRequest__Output>
      RevokeTokenResponse: MessageTypeDefinition<_ferry_v1_RevokeTokenResponse, _ferry_v1_RevokeTokenResponse__Output>
      SetSettingRequest: MessageTypeDefinition<_ferry_v1_SetSettingRequest, _ferry_v1_SetSettingRequest__Output>
      SetSettingResponse: MessageTypeDefinition<_ferry_v1_SetSettingResponse, _ferry_v1_SetSettingResponse__Output>
      Setting: MessageTypeDefinition<_ferry_v1_Setting, _ferry_v1_Setting__Output>
      SettingChanged: MessageTypeDefinition<_ferry_v1_SettingChanged, _ferry_v1_SettingChanged__Output>
      System: MessageTypeDefinition<_ferry_v1_System, _ferry_v1_System__Output>
      SystemChanged: MessageTypeDefinition<_ferry_v1_SystemChanged, _ferry_v1_SystemChanged__Output>
      SystemDefinitionCaptured: MessageTypeDefinition<_ferry_v1_SystemDefinitionCaptured, _ferry_v1_SystemDefinitionCaptured__Output>
      SystemDiscovered: MessageTypeDefinition<_ferry_v1_SystemDiscovered, _ferry_v1_SystemDiscovered__Output>
      SystemMoveFinished: MessageTypeDefinition<_ferry_v1_SystemMoveFinished, _ferry_v1_SystemMoveFinished__Output>
      SystemMoveStarted: MessageTypeDefinition<_ferry_v1_SystemMoveStarted, _ferry_v1_SystemMoveStarted__Output>
      SystemMoved: MessageTypeDefinition<_ferry_v1_SystemMoved, _ferry_v1_SystemMoved__Output>
      SystemSettingsChanged: MessageTypeDefinition<_ferry_v1_SystemSettingsChanged, _ferry_v1_SystemSettingsChanged__Output>
      SystemState: EnumTypeDefinition
      SystemVanished: MessageTypeDefinition<_ferry_v1_SystemVanished, _ferry_v1_SystemVanished__Output>
      TokenCreated: MessageTypeDefinition<_ferry_v1_TokenCreated, _ferry_v1_TokenCreated__Output>
      TokenInfo: MessageTypeDefinition<_ferry_v1_TokenInfo, _ferry_v1_TokenInfo__Output>
      TokenRevoked: MessageTypeDefinition<_ferry_v1_TokenRevoked, _ferry_v1_TokenRevoked__Output>
      TokenRole: EnumTypeDefinition
      TrustHostKeyRequest: MessageTypeDefinition<_ferry_v1_TrustHostKeyRequest, _ferry_v1_TrustHostKeyRequest__Output>
      TrustHostKeyResponse: MessageTypeDefinition<_ferry_v1_TrustHostKeyResponse, _ferry_v1_TrustHostKeyResponse__Output>
      UndrainHostRequest: MessageTypeDefinition<_ferry_v1_UndrainHostRequest, _ferry_v1_UndrainHostRequest__Output>
      UndrainHostResponse: MessageTypeDefinition<_ferry_v1_UndrainHostResponse, _ferry_v1_UndrainHostResponse__Output>
      UpdateGroupRequest: MessageTypeDefinition<_ferry_v1_UpdateGroupRequest, _ferry_v1_UpdateGroupRequest__Output>
      UpdateGroupResponse: MessageTypeDefinition<_ferry_v1_UpdateGroupResponse, _ferry_v1_UpdateGroupResponse__Output>
      UpdateHostRequest: MessageTypeDefinition<_ferry_v1_UpdateHostRequest, _ferry_v1_UpdateHostRequest__Output>
      UpdateHostResponse: MessageTypeDefinition<_ferry_v1_UpdateHostResponse, _ferry_v1_UpdateHostResponse__Output>
      UpdateOwnerRequest: MessageTypeDefinition<_ferry_v1_UpdateOwnerRequest, _ferry_v1_UpdateOwnerRequest__Output>
      UpdateOwnerResponse: MessageTypeDefinition<_ferry_v1_UpdateOwnerResponse, _ferry_v1_UpdateOwnerResponse__Output>
      UpdateSystemRequest: MessageTypeDefinition<_ferry_v1_UpdateSystemRequest, _ferry_v1_UpdateSystemRequest__Output>
      UpdateSystemResponse: MessageTypeDefinition<_ferry_v1_UpdateSystemResponse, _ferry_v1_UpdateSystemResponse__Output>
      VerifyLogRequest: MessageTypeDefinition<_ferry_v1_VerifyLogRequest, _ferry_v1_VerifyLogRequest__Output>
      VerifyLogResponse: MessageTypeDefinition<_ferry_v1_VerifyLogResponse, _ferry_v1_VerifyLogResponse__Output>
      VirtualizationType: EnumTypeDefinition
      WatchEventsRequest: MessageTypeDefinition<_ferry_v1_WatchEventsRequest, _ferry_v1_WatchEventsRequest__Output>
      WatchEventsResponse: MessageTypeDefinition<_ferry_v1_WatchEventsResponse, _ferry_v1_WatchEventsResponse__Output>
    }
  }
  google: {
    protobuf: {
      Duration: MessageTypeDefinition<_google_protobuf_Duration, _google_protobuf_Duration__Output>
      FieldMask: MessageTypeDefinition<_google_protobuf_FieldMask, _google_protobuf_FieldMask__Output>
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
    }
  }
}

