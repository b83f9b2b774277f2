import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AddReplicaRequest as _ferry_v1_AddReplicaRequest, AddReplicaRequest__Output as _ferry_v1_AddReplicaRequest__Output } from './ferry/v1/AddReplicaRequest.js';
import type { ClusterStatus as _ferry_v1_ClusterStatus, ClusterStatus__Output as _ferry_v1_ClusterStatus__Output } from './ferry/v1/ClusterStatus.js';
import type { ControlPlaneClient as _ferry_v1_ControlPlaneClient, ControlPlaneDefinition as _ferry_v1_ControlPlaneDefinition } from './ferry/v1/ControlPlane.js';
import type { CreateTokenRequest as _ferry_v1_CreateTokenRequest, CreateTokenRequest__Output as _ferry_v1_CreateTokenRequest__Output } from './ferry/v1/CreateTokenRequest.js';
import type { CreateTokenResponse as _ferry_v1_CreateTokenResponse, CreateTokenResponse__Output as _ferry_v1_CreateTokenResponse__Output } from './ferry/v1/CreateTokenResponse.js';
import type { DrainHostRequest as _ferry_v1_DrainHostRequest, DrainHostRequest__Output as _ferry_v1_DrainHostRequest__Output } from './ferry/v1/DrainHostRequest.js';
import type { DrainMove as _ferry_v1_DrainMove, DrainMove__Output as _ferry_v1_DrainMove__Output } from './ferry/v1/DrainMove.js';
import type { DrainResult as _ferry_v1_DrainResult, DrainResult__Output as _ferry_v1_DrainResult__Output } from './ferry/v1/DrainResult.js';
import type { Empty as _ferry_v1_Empty, Empty__Output as _ferry_v1_Empty__Output } from './ferry/v1/Empty.js';
import type { Event as _ferry_v1_Event, Event__Output as _ferry_v1_Event__Output } from './ferry/v1/Event.js';
import type { EventList as _ferry_v1_EventList, EventList__Output as _ferry_v1_EventList__Output } from './ferry/v1/EventList.js';
import type { FailoverBrakeEngaged as _ferry_v1_FailoverBrakeEngaged, FailoverBrakeEngaged__Output as _ferry_v1_FailoverBrakeEngaged__Output } from './ferry/v1/FailoverBrakeEngaged.js';
import type { FailoverBrakeReleased as _ferry_v1_FailoverBrakeReleased, FailoverBrakeReleased__Output as _ferry_v1_FailoverBrakeReleased__Output } from './ferry/v1/FailoverBrakeReleased.js';
import type { FailoverCompleted as _ferry_v1_FailoverCompleted, FailoverCompleted__Output as _ferry_v1_FailoverCompleted__Output } from './ferry/v1/FailoverCompleted.js';
import type { FailoverList as _ferry_v1_FailoverList, FailoverList__Output as _ferry_v1_FailoverList__Output } from './ferry/v1/FailoverList.js';
import type { FailoverMoveFailed as _ferry_v1_FailoverMoveFailed, FailoverMoveFailed__Output as _ferry_v1_FailoverMoveFailed__Output } from './ferry/v1/FailoverMoveFailed.js';
import type { FailoverPlanned as _ferry_v1_FailoverPlanned, FailoverPlanned__Output as _ferry_v1_FailoverPlanned__Output } from './ferry/v1/FailoverPlanned.js';
import type { FailoverRecord as _ferry_v1_FailoverRecord, FailoverRecord__Output as _ferry_v1_FailoverRecord__Output } from './ferry/v1/FailoverRecord.js';
import type { FailoverStarted as _ferry_v1_FailoverStarted, FailoverStarted__Output as _ferry_v1_FailoverStarted__Output } from './ferry/v1/FailoverStarted.js';
import type { ForceFailoverRequest as _ferry_v1_ForceFailoverRequest, ForceFailoverRequest__Output as _ferry_v1_ForceFailoverRequest__Output } from './ferry/v1/ForceFailoverRequest.js';
import type { GetSettingRequest as _ferry_v1_GetSettingRequest, GetSettingRequest__Output as _ferry_v1_GetSettingRequest__Output } from './ferry/v1/GetSettingRequest.js';
import type { Group as _ferry_v1_Group, Group__Output as _ferry_v1_Group__Output } from './ferry/v1/Group.js';
import type { GroupCreated as _ferry_v1_GroupCreated, GroupCreated__Output as _ferry_v1_GroupCreated__Output } from './ferry/v1/GroupCreated.js';
import type { GroupDeleted as _ferry_v1_GroupDeleted, GroupDeleted__Output as _ferry_v1_GroupDeleted__Output } from './ferry/v1/GroupDeleted.js';
import type { GroupList as _ferry_v1_GroupList, GroupList__Output as _ferry_v1_GroupList__Output } from './ferry/v1/GroupList.js';
import type { GroupSpec as _ferry_v1_GroupSpec, GroupSpec__Output as _ferry_v1_GroupSpec__Output } from './ferry/v1/GroupSpec.js';
import type { GroupUpdated as _ferry_v1_GroupUpdated, GroupUpdated__Output as _ferry_v1_GroupUpdated__Output } from './ferry/v1/GroupUpdated.js';
import type { Host as _ferry_v1_Host, Host__Output as _ferry_v1_Host__Output } from './ferry/v1/Host.js';
import type { HostDownConfirmed as _ferry_v1_HostDownConfirmed, HostDownConfirmed__Output as _ferry_v1_HostDownConfirmed__Output } from './ferry/v1/HostDownConfirmed.js';
import type { HostDrainStarted as _ferry_v1_HostDrainStarted, HostDrainStarted__Output as _ferry_v1_HostDrainStarted__Output } from './ferry/v1/HostDrainStarted.js';
import type { HostFenced as _ferry_v1_HostFenced, HostFenced__Output as _ferry_v1_HostFenced__Output } from './ferry/v1/HostFenced.js';
import type { HostKeyTrusted as _ferry_v1_HostKeyTrusted, HostKeyTrusted__Output as _ferry_v1_HostKeyTrusted__Output } from './ferry/v1/HostKeyTrusted.js';
import type { HostList as _ferry_v1_HostList, HostList__Output as _ferry_v1_HostList__Output } from './ferry/v1/HostList.js';
import type { HostMaintenanceSet as _ferry_v1_HostMaintenanceSet, HostMaintenanceSet__Output as _ferry_v1_HostMaintenanceSet__Output } from './ferry/v1/HostMaintenanceSet.js';
import type { HostReconciled as _ferry_v1_HostReconciled, HostReconciled__Output as _ferry_v1_HostReconciled__Output } from './ferry/v1/HostReconciled.js';
import type { HostRegistered as _ferry_v1_HostRegistered, HostRegistered__Output as _ferry_v1_HostRegistered__Output } from './ferry/v1/HostRegistered.js';
import type { HostRemoved as _ferry_v1_HostRemoved, HostRemoved__Output as _ferry_v1_HostRemoved__Output } from './ferry/v1/HostRemoved.js';
import type { HostSpec as _ferry_v1_HostSpec, HostSpec__Output as _ferry_v1_HostSpec__Output } from './ferry/v1/HostSpec.js';
import type { HostStateChanged as _ferry_v1_HostStateChanged, HostStateChanged__Output as _ferry_v1_HostStateChanged__Output } from './ferry/v1/HostStateChanged.js';
import type { HostUpdated as _ferry_v1_HostUpdated, HostUpdated__Output as _ferry_v1_HostUpdated__Output } from './ferry/v1/HostUpdated.js';
import type { LeaseStatus as _ferry_v1_LeaseStatus, LeaseStatus__Output as _ferry_v1_LeaseStatus__Output } from './ferry/v1/LeaseStatus.js';
import type { ListFailoversRequest as _ferry_v1_ListFailoversRequest, ListFailoversRequest__Output as _ferry_v1_ListFailoversRequest__Output } from './ferry/v1/ListFailoversRequest.js';
import type { ListHostsRequest as _ferry_v1_ListHostsRequest, ListHostsRequest__Output as _ferry_v1_ListHostsRequest__Output } from './ferry/v1/ListHostsRequest.js';
import type { ListSystemsRequest as _ferry_v1_ListSystemsRequest, ListSystemsRequest__Output as _ferry_v1_ListSystemsRequest__Output } from './ferry/v1/ListSystemsRequest.js';
import type { MasterPromoted as _ferry_v1_MasterPromoted, MasterPromoted__Output as _ferry_v1_MasterPromoted__Output } from './ferry/v1/MasterPromoted.js';
import type { MoveResult as _ferry_v1_MoveResult, MoveResult__Output as _ferry_v1_MoveResult__Output } from './ferry/v1/MoveResult.js';
import type { MoveSystemRequest as _ferry_v1_MoveSystemRequest, MoveSystemRequest__Output as _ferry_v1_MoveSystemRequest__Output } from './ferry/v1/MoveSystemRequest.js';
import type { NameRequest as _ferry_v1_NameRequest, NameRequest__Output as _ferry_v1_NameRequest__Output } from './ferry/v1/NameRequest.js';
import type { Owner as _ferry_v1_Owner, Owner__Output as _ferry_v1_Owner__Output } from './ferry/v1/Owner.js';
import type { OwnerCreated as _ferry_v1_OwnerCreated, OwnerCreated__Output as _ferry_v1_OwnerCreated__Output } from './ferry/v1/OwnerCreated.js';
import type { OwnerDeleted as _ferry_v1_OwnerDeleted, OwnerDeleted__Output as _ferry_v1_OwnerDeleted__Output } from './ferry/v1/OwnerDeleted.js';
import type { OwnerList as _ferry_v1_OwnerList, OwnerList__Output as _ferry_v1_OwnerList__Output } from './ferry/v1/OwnerList.js';
import type { OwnerUpdated as _ferry_v1_OwnerUpdated, OwnerUpdated__Output as _ferry_v1_OwnerUpdated__Output } from './ferry/v1/OwnerUpdated.js';
import type { PlacementRule as _ferry_v1_PlacementRule, PlacementRule__Output as _ferry_v1_PlacementRule__Output } from './ferry/v1/PlacementRule.js';
import type { PlacementRuleAdded as _ferry_v1_PlacementRuleAdded, PlacementRuleAdded__Output as _ferry_v1_PlacementRuleAdded__Output } from './ferry/v1/PlacementRuleAdded.js';
import type { PlacementRuleRemoved as _ferry_v1_PlacementRuleRemoved, PlacementRuleRemoved__Output as _ferry_v1_PlacementRuleRemoved__Output } from './ferry/v1/PlacementRuleRemoved.js';
import type { PlanRefusal as _ferry_v1_PlanRefusal, PlanRefusal__Output as _ferry_v1_PlanRefusal__Output } from './ferry/v1/PlanRefusal.js';
import type { PlannedMove as _ferry_v1_PlannedMove, PlannedMove__Output as _ferry_v1_PlannedMove__Output } from './ferry/v1/PlannedMove.js';
import type { PromoteReplicaRequest as _ferry_v1_PromoteReplicaRequest, PromoteReplicaRequest__Output as _ferry_v1_PromoteReplicaRequest__Output } from './ferry/v1/PromoteReplicaRequest.js';
import type { PromoteReplicaResponse as _ferry_v1_PromoteReplicaResponse, PromoteReplicaResponse__Output as _ferry_v1_PromoteReplicaResponse__Output } from './ferry/v1/PromoteReplicaResponse.js';
import type { ReadEventsRequest as _ferry_v1_ReadEventsRequest, ReadEventsRequest__Output as _ferry_v1_ReadEventsRequest__Output } from './ferry/v1/ReadEventsRequest.js';
import type { RegisterHostRequest as _ferry_v1_RegisterHostRequest, RegisterHostRequest__Output as _ferry_v1_RegisterHostRequest__Output } from './ferry/v1/RegisterHostRequest.js';
import type { ReleaseBrakeRequest as _ferry_v1_ReleaseBrakeRequest, ReleaseBrakeRequest__Output as _ferry_v1_ReleaseBrakeRequest__Output } from './ferry/v1/ReleaseBrakeRequest.js';
import type { ReleaseBrakeResponse as _ferry_v1_ReleaseBrakeResponse, ReleaseBrakeResponse__Output as _ferry_v1_ReleaseBrakeResponse__Output } from './ferry/v1/ReleaseBrakeResponse.js';
import type { ReplicaAdded as _ferry_v1_ReplicaAdded, ReplicaAdded__Output as _ferry_v1_ReplicaAdded__Output } from './ferry/v1/ReplicaAdded.js';
import type { ReplicaRemoved as _ferry_v1_ReplicaRemoved, ReplicaRemoved__Output as _ferry_v1_ReplicaRemoved__Output } from './ferry/v1/ReplicaRemoved.js';
import type { ReplicaStatus as _ferry_v1_ReplicaStatus, ReplicaStatus__Output as _ferry_v1_ReplicaStatus__Output } from './ferry/v1/ReplicaStatus.js';
import type { RuleList as _ferry_v1_RuleList, RuleList__Output as _ferry_v1_RuleList__Output } from './ferry/v1/RuleList.js';
import type { SetSettingRequest as _ferry_v1_SetSettingRequest, SetSettingRequest__Output as _ferry_v1_SetSettingRequest__Output } from './ferry/v1/SetSettingRequest.js';
import type { Setting as _ferry_v1_Setting, Setting__Output as _ferry_v1_Setting__Output } from './ferry/v1/Setting.js';
import type { SettingChanged as _ferry_v1_SettingChanged, SettingChanged__Output as _ferry_v1_SettingChanged__Output } from './ferry/v1/SettingChanged.js';
import type { SettingList as _ferry_v1_SettingList, SettingList__Output as _ferry_v1_SettingList__Output } from './ferry/v1/SettingList.js';
import type { System as _ferry_v1_System, System__Output as _ferry_v1_System__Output } from './ferry/v1/System.js';
import type { SystemChanged as _ferry_v1_SystemChanged, SystemChanged__Output as _ferry_v1_SystemChanged__Output } from './ferry/v1/SystemChanged.js';
import type { SystemDefinitionCaptured as _ferry_v1_SystemDefinitionCaptured, SystemDefinitionCaptured__Output as _ferry_v1_SystemDefinitionCaptured__Output } from './ferry/v1/SystemDefinitionCaptured.js';
import type { SystemDiscovered as _ferry_v1_SystemDiscovered, SystemDiscovered__Output as _ferry_v1_SystemDiscovered__Output } from './ferry/v1/SystemDiscovered.js';
import type { SystemList as _ferry_v1_SystemList, SystemList__Output as _ferry_v1_SystemList__Output } from './ferry/v1/SystemList.js';
import type { SystemMoveFinished as _ferry_v1_SystemMoveFinished, SystemMoveFinished__Output as _ferry_v1_SystemMoveFinished__Output } from './ferry/v1/SystemMoveFinished.js';
import type { SystemMoveStarted as _ferry_v1_SystemMoveStarted, SystemMoveStarted__Output as _ferry_v1_SystemMoveStarted__Output } from './ferry/v1/SystemMoveStarted.js';
import type { SystemMoved as _ferry_v1_SystemMoved, SystemMoved__Output as _ferry_v1_SystemMoved__Output } from './ferry/v1/SystemMoved.js';
import type { SystemSettingsChanged as _ferry_v1_SystemSettingsChanged, SystemSettingsChanged__Output as _ferry_v1_SystemSettingsChanged__Output } from './ferry/v1/SystemSettingsChanged.js';
import type { SystemVanished as _ferry_v1_SystemVanished, SystemVanished__Output as _ferry_v1_SystemVanished__Output } from './ferry/v1/SystemVanished.js';
import type { TokenCreated as _ferry_v1_TokenCreated, TokenCreated__Output as _ferry_v1_TokenCreated__Output } from './ferry/v1/TokenCreated.js';
import type { TokenInfo as _ferry_v1_TokenInfo, TokenInfo__Output as _ferry_v1_TokenInfo__Output } from './ferry/v1/TokenInfo.js';
import type { TokenList as _ferry_v1_TokenList, TokenList__Output as _ferry_v1_TokenList__Output } from './ferry/v1/TokenList.js';
import type { TokenRevoked as _ferry_v1_TokenRevoked, TokenRevoked__Output as _ferry_v1_TokenRevoked__Output } from './ferry/v1/TokenRevoked.js';
import type { TrustHostKeyRequest as _ferry_v1_TrustHostKeyRequest, TrustHostKeyRequest__Output as _ferry_v1_TrustHostKeyRequest__Output } from './ferry/v1/TrustHostKeyRequest.js';
import type { TrustHostKeyResponse as _ferry_v1_TrustHostKeyResponse, TrustHostKeyResponse__Output as _ferry_v1_TrustHostKeyResponse__Output } from './ferry/v1/TrustHostKeyResponse.js';
import type { UpdateGroupRequest as _ferry_v1_UpdateGroupRequest, UpdateGroupRequest__Output as _ferry_v1_UpdateGroupRequest__Output } from './ferry/v1/UpdateGroupRequest.js';
import type { UpdateHostRequest as _ferry_v1_UpdateHostRequest, UpdateHostRequest__Output as _ferry_v1_UpdateHostRequest__Output } from './ferry/v1/UpdateHostRequest.js';
import type { UpdateSystemRequest as _ferry_v1_UpdateSystemRequest, UpdateSystemRequest__Output as _ferry_v1_UpdateSystemRequest__Output } from './ferry/v1/UpdateSystemRequest.js';
import type { VerifyLogResponse as _ferry_v1_VerifyLogResponse, VerifyLogResponse__Output as _ferry_v1_VerifyLogResponse__Output } from './ferry/v1/VerifyLogResponse.js';
import type { WatchEventsRequest as _ferry_v1_WatchEventsRequest, WatchEventsRequest__Output as _ferry_v1_WatchEventsRequest__Output } from './ferry/v1/WatchEventsRequest.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ferry: {
    v1: {
      AddReplicaRequest: MessageTypeDefinition<_ferry_v1_AddReplicaRequest, _ferry_v1_AddReplicaRequest__Output>
      ClusterStatus: MessageTypeDefinition<_ferry_v1_ClusterStatus, _ferry_v1_ClusterStatus__Output>
      /**
       * The operator and client API of a Ferry node.
       */
      ControlPlane: SubtypeConstructor<typeof grpc.Client, _ferry_v1_ControlPlaneClient> & { service: _ferry_v1_ControlPlaneDefinition }
      CreateTokenRequest: MessageTypeDefinition<_ferry_v1_CreateTokenRequest, _ferry_v1_CreateTokenRequest__Output>
      CreateTokenResponse: MessageTypeDefinition<_ferry_v1_CreateTokenResponse, _ferry_v1_CreateTokenResponse__Output>
      DrainHostRequest: MessageTypeDefinition<_ferry_v1_DrainHostRequest, _ferry_v1_DrainHostRequest__Output>
      DrainMove: MessageTypeDefinition<_ferry_v1_DrainMove, _ferry_v1_DrainMove__Output>
      DrainResult: MessageTypeDefinition<_ferry_v1_DrainResult, _ferry_v1_DrainResult__Output>
      Empty: MessageTypeDefinition<_ferry_v1_Empty, _ferry_v1_Empty__Output>
      Event: MessageTypeDefinition<_ferry_v1_Event, _ferry_v1_Event__Output>
      EventList: MessageTypeDefinition<_ferry_v1_EventList, _ferry_v1_EventList__Output>
      FailoverBrakeEngaged: MessageTypeDefinition<_ferry_v1_FailoverBrakeEngaged, _ferry_v1_FailoverBrakeEngaged__Output>
      FailoverBrakeReleased: MessageTypeDefinition<_ferry_v1_FailoverBrakeReleased, _ferry_v1_FailoverBrakeReleased__Output>
      FailoverCompleted: MessageTypeDefinition<_ferry_v1_FailoverCompleted, _ferry_v1_FailoverCompleted__Output>
      FailoverList: MessageTypeDefinition<_ferry_v1_FailoverList, _ferry_v1_FailoverList__Output>
      FailoverMoveFailed: MessageTypeDefinition<_ferry_v1_FailoverMoveFailed, _ferry_v1_FailoverMoveFailed__Output>
      FailoverPlanned: MessageTypeDefinition<_ferry_v1_FailoverPlanned, _ferry_v1_FailoverPlanned__Output>
      FailoverRecord: MessageTypeDefinition<_ferry_v1_FailoverRecord, _ferry_v1_FailoverRecord__Output>
      FailoverStarted: MessageTypeDefinition<_ferry_v1_FailoverStarted, _ferry_v1_FailoverStarted__Output>
      ForceFailoverRequest: MessageTypeDefinition<_ferry_v1_ForceFailoverRequest, _ferry_v1_ForceFailoverRequest__Output>
      GetSettingRequest: MessageTypeDefinition<_ferry_v1_GetSettingRequest, _ferry_v1_GetSettingRequest__Output>
      Group: MessageTypeDefinition<_ferry_v1_Group, _ferry_v1_Group__Output>
      GroupCreated: MessageTypeDefinition<_ferry_v1_GroupCreated, _ferry_v1_GroupCreated__Output>
      GroupDeleted: MessageTypeDefinition<_ferry_v1_GroupDeleted, _ferry_v1_GroupDeleted__Output>
      GroupList: MessageTypeDefinition<_ferry_v1_GroupList, _ferry_v1_GroupList__Output>
      GroupSpec: MessageTypeDefinition<_ferry_v1_GroupSpec, _ferry_v1_GroupSpec__Output>
      GroupUpdated: MessageTypeDefinition<_ferry_v1_GroupUpdated, _ferry_v1_GroupUpdated__Output>
      Host: MessageTypeDefinition<_ferry_v1_Host, _ferry_v1_Host__Output>
      HostDownConfirmed: MessageTypeDefinition<_ferry_v1_HostDownConfirmed, _ferry_v1_HostDownConfirmed__Output>
      HostDrainStarted: MessageTypeDefinition<_ferry_v1_HostDrainStarted, _ferry_v1_HostDrainStarted__Output>
      HostFenced: MessageTypeDefinition<_ferry_v1_HostFenced, _ferry_v1_HostFenced__Output>
      HostKeyTrusted: MessageTypeDefinition<_ferry_v1_HostKeyTrusted, _ferry_v1_HostKeyTrusted__Output>
      HostList: MessageTypeDefinition<_ferry_v1_HostList, _ferry_v1_HostList__Output>
      HostMaintenanceSet: MessageTypeDefinition<_ferry_v1_HostMaintenanceSet, _ferry_v1_HostMaintenanceSet__Output>
      HostReconciled: MessageTypeDefinition<_ferry_v1_HostReconciled, _ferry_v1_HostReconciled__Output>
      HostRegistered: MessageTypeDefinition<_ferry_v1_HostRegistered, _ferry_v1_HostRegistered__Output>
      HostRemoved: MessageTypeDefinition<_ferry_v1_HostRemoved, _ferry_v1_HostRemoved__Output>
      HostSpec: MessageTypeDefinition<_ferry_v1_HostSpec, _ferry_v1_HostSpec__Output>
      HostStateChanged: MessageTypeDefinition<_ferry_v1_HostStateChanged, _ferry_v1_HostStateChanged__Output>
      HostUpdated: MessageTypeDefinition<_ferry_v1_HostUpdated, _ferry_v1_HostUpdated__Output>
      LeaseStatus: MessageTypeDefinition<_ferry_v1_LeaseStatus, _ferry_v1_LeaseStatus__Output>
      ListFailoversRequest: MessageTypeDefinition<_ferry_v1_ListFailoversRequest, _ferry_v1_ListFailoversRequest__Output>
      ListHostsRequest: MessageTypeDefinition<_ferry_v1_ListHostsRequest, _ferry_v1_ListHostsRequest__Output>
      ListSystemsRequest: MessageTypeDefinition<_ferry_v1_ListSystemsRequest, _ferry_v1_ListSystemsRequest__Output>
      MasterPromoted: MessageTypeDefinition<_ferry_v1_MasterPromoted, _ferry_v1_MasterPromoted__Output>
      MoveResult: MessageTypeDefinition<_ferry_v1_MoveResult, _ferry_v1_MoveResult__Output>
      MoveSystemRequest: MessageTypeDefinition<_ferry_v1_MoveSystemRequest, _ferry_v1_MoveSystemRequest__Output>
      NameRequest: MessageTypeDefinition<_ferry_v1_NameRequest, _ferry_v1_NameRequest__Output>
      Owner: MessageTypeDefinition<_ferry_v1_Owner, _ferry_v1_Owner__Output>
      OwnerCreated: MessageTypeDefinition<_ferry_v1_OwnerCreated, _ferry_v1_OwnerCreated__Output>
      OwnerDeleted: MessageTypeDefinition<_ferry_v1_OwnerDeleted, _ferry_v1_OwnerDeleted__Output>
      OwnerList: MessageTypeDefinition<_ferry_v1_OwnerList, _ferry_v1_OwnerList__Output>
      OwnerUpdated: MessageTypeDefinition<_ferry_v1_OwnerUpdated, _ferry_v1_OwnerUpdated__Output>
      PlacementRule: MessageTypeDefinition<_ferry_v1_PlacementRule, _ferry_v1_PlacementRule__Output>
      PlacementRuleAdded: MessageTypeDefinition<_ferry_v1_PlacementRuleAdded, _ferry_v1_PlacementRuleAdded__Output>
      PlacementRuleRemoved: MessageTypeDefinition<_ferry_v1_PlacementRuleRemoved, _ferry_v1_PlacementRuleRemoved__Output>
      PlanRefusal: MessageTypeDefinition<_ferry_v1_PlanRefusal, _ferry_v1_PlanRefusal__Output>
      PlannedMove: MessageTypeDefinition<_ferry_v1_PlannedMove, _ferry_v1_PlannedMove__Output>
      PromoteReplicaRequest: MessageTypeDefinition<_ferry_v1_PromoteReplicaRequest, _ferry_v1_PromoteReplicaRequest__Output>
      PromoteReplicaResponse: MessageTypeDefinition<_ferry_v1_PromoteReplicaResponse, _ferry_v1_PromoteReplicaResponse__Output>
      ReadEventsRequest: MessageTypeDefinition<_ferry_v1_ReadEventsRequest, _ferry_v1_ReadEventsRequest__Output>
      RegisterHostRequest: MessageTypeDefinition<_ferry_v1_RegisterHostRequest, _ferry_v1_RegisterHostRequest__Output>
      ReleaseBrakeRequest: MessageTypeDefinition<_ferry_v1_ReleaseBrakeRequest, _ferry_v1_ReleaseBrakeRequest__Output>
      ReleaseBrakeResponse: MessageTypeDefinition<_ferry_v1_ReleaseBrakeResponse, _ferry_v1_ReleaseBrakeResponse__Output>
      ReplicaAdded: MessageTypeDefinition<_ferry_v1_ReplicaAdded, _ferry_v1_ReplicaAdded__Output>
      ReplicaRemoved: MessageTypeDefinition<_ferry_v1_ReplicaRemoved, _ferry_v1_ReplicaRemoved__Output>
      ReplicaStatus: MessageTypeDefinition<_ferry_v1_ReplicaStatus, _ferry_v1_ReplicaStatus__Output>
      RuleList: MessageTypeDefinition<_ferry_v1_RuleList, _ferry_v1_RuleList__Output>
      SetSettingRequest: MessageTypeDefinition<_ferry_v1_SetSettingRequest, _ferry_v1_SetSettingRequest__Output>
      Setting: MessageTypeDefinition<_ferry_v1_Setting, _ferry_v1_Setting__Output>
      SettingChanged: MessageTypeDefinition<_ferry_v1_SettingChanged, _ferry_v1_SettingChanged__Output>
      SettingList: MessageTypeDefinition<_ferry_v1_SettingList, _ferry_v1_SettingList__Output>
      System: MessageTypeDefinition<_ferry_v1_System, _ferry_v1_System__Output>
      SystemChanged: MessageTypeDefinition<_ferry_v1_SystemChanged, _ferry_v1_SystemChanged__Output>
      SystemDefinitionCaptured: MessageTypeDefinition<_ferry_v1_SystemDefinitionCaptured, _ferry_v1_SystemDefinitionCaptured__Output>
      SystemDiscovered: MessageTypeDefinition<_ferry_v1_SystemDiscovered, _ferry_v1_SystemDiscovered__Output>
      SystemList: MessageTypeDefinition<_ferry_v1_SystemList, _ferry_v1_SystemList__Output>
      SystemMoveFinished: MessageTypeDefinition<_ferry_v1_SystemMoveFinished, _ferry_v1_SystemMoveFinished__Output>
      SystemMoveStarted: MessageTypeDefinition<_ferry_v1_SystemMoveStarted, _ferry_v1_SystemMoveStarted__Output>
      SystemMoved: MessageTypeDefinition<_ferry_v1_SystemMoved, _ferry_v1_SystemMoved__Output>
      SystemSettingsChanged: MessageTypeDefinition<_ferry_v1_SystemSettingsChanged, _ferry_v1_SystemSettingsChanged__Output>
      SystemVanished: MessageTypeDefinition<_ferry_v1_SystemVanished, _ferry_v1_SystemVanished__Output>
      TokenCreated: MessageTypeDefinition<_ferry_v1_TokenCreated, _ferry_v1_TokenCreated__Output>
      TokenInfo: MessageTypeDefinition<_ferry_v1_TokenInfo, _ferry_v1_TokenInfo__Output>
      TokenList: MessageTypeDefinition<_ferry_v1_TokenList, _ferry_v1_TokenList__Output>
      TokenRevoked: MessageTypeDefinition<_ferry_v1_TokenRevoked, _ferry_v1_TokenRevoked__Output>
      TrustHostKeyRequest: MessageTypeDefinition<_ferry_v1_TrustHostKeyRequest, _ferry_v1_TrustHostKeyRequest__Output>
      TrustHostKeyResponse: MessageTypeDefinition<_ferry_v1_TrustHostKeyResponse, _ferry_v1_TrustHostKeyResponse__Output>
      UpdateGroupRequest: MessageTypeDefinition<_ferry_v1_UpdateGroupRequest, _ferry_v1_UpdateGroupRequest__Output>
      UpdateHostRequest: MessageTypeDefinition<_ferry_v1_UpdateHostRequest, _ferry_v1_UpdateHostRequest__Output>
      UpdateSystemRequest: MessageTypeDefinition<_ferry_v1_UpdateSystemRequest, _ferry_v1_UpdateSystemRequest__Output>
      VerifyLogResponse: MessageTypeDefinition<_ferry_v1_VerifyLogResponse, _ferry_v1_VerifyLogResponse__Output>
      WatchEventsRequest: MessageTypeDefinition<_ferry_v1_WatchEventsRequest, _ferry_v1_WatchEventsRequest__Output>
    }
  }
}

