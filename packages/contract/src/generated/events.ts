import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Event as _ferry_v1_Event, Event__Output as _ferry_v1_Event__Output } from './ferry/v1/Event.js';
import type { FailoverBrakeEngaged as _ferry_v1_FailoverBrakeEngaged, FailoverBrakeEngaged__Output as _ferry_v1_FailoverBrakeEngaged__Output } from './ferry/v1/FailoverBrakeEngaged.js';
import type { FailoverBrakeReleased as _ferry_v1_FailoverBrakeReleased, FailoverBrakeReleased__Output as _ferry_v1_FailoverBrakeReleased__Output } from './ferry/v1/FailoverBrakeReleased.js';
import type { FailoverCompleted as _ferry_v1_FailoverCompleted, FailoverCompleted__Output as _ferry_v1_FailoverCompleted__Output } from './ferry/v1/FailoverCompleted.js';
import type { FailoverMoveFailed as _ferry_v1_FailoverMoveFailed, FailoverMoveFailed__Output as _ferry_v1_FailoverMoveFailed__Output } from './ferry/v1/FailoverMoveFailed.js';
import type { FailoverPlanned as _ferry_v1_FailoverPlanned, FailoverPlanned__Output as _ferry_v1_FailoverPlanned__Output } from './ferry/v1/FailoverPlanned.js';
import type { FailoverStarted as _ferry_v1_FailoverStarted, FailoverStarted__Output as _ferry_v1_FailoverStarted__Output } from './ferry/v1/FailoverStarted.js';
import type { GroupCreated as _ferry_v1_GroupCreated, GroupCreated__Output as _ferry_v1_GroupCreated__Output } from './ferry/v1/GroupCreated.js';
import type { GroupDeleted as _ferry_v1_GroupDeleted, GroupDeleted__Output as _ferry_v1_GroupDeleted__Output } from './ferry/v1/GroupDeleted.js';
import type { GroupSpec as _ferry_v1_GroupSpec, GroupSpec__Output as _ferry_v1_GroupSpec__Output } from './ferry/v1/GroupSpec.js';
import type { GroupUpdated as _ferry_v1_GroupUpdated, GroupUpdated__Output as _ferry_v1_GroupUpdated__Output } from './ferry/v1/GroupUpdated.js';
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
import type { MasterPromoted as _ferry_v1_MasterPromoted, MasterPromoted__Output as _ferry_v1_MasterPromoted__Output } from './ferry/v1/MasterPromoted.js';
import type { OwnerCreated as _ferry_v1_OwnerCreated, OwnerCreated__Output as _ferry_v1_OwnerCreated__Output } from './ferry/v1/OwnerCreated.js';
import type { OwnerDeleted as _ferry_v1_OwnerDeleted, OwnerDeleted__Output as _ferry_v1_OwnerDeleted__Output } from './ferry/v1/OwnerDeleted.js';
import type { OwnerUpdated as _ferry_v1_OwnerUpdated, OwnerUpdated__Output as _ferry_v1_OwnerUpdated__Output } from './ferry/v1/OwnerUpdated.js';
import type { PlacementRule as _ferry_v1_PlacementRule, PlacementRule__Output as _ferry_v1_PlacementRule__Output } from './ferry/v1/PlacementRule.js';
import type { PlacementRuleAdded as _ferry_v1_PlacementRuleAdded, PlacementRuleAdded__Output as _ferry_v1_PlacementRuleAdded__Output } from './ferry/v1/PlacementRuleAdded.js';
import type { PlacementRuleRemoved as _ferry_v1_PlacementRuleRemoved, PlacementRuleRemoved__Output as _ferry_v1_PlacementRuleRemoved__Output } from './ferry/v1/PlacementRuleRemoved.js';
import type { PlanRefusal as _ferry_v1_PlanRefusal, PlanRefusal__Output as _ferry_v1_PlanRefusal__Output } from './ferry/v1/PlanRefusal.js';
import type { PlannedMove as _ferry_v1_PlannedMove, PlannedMove__Output as _ferry_v1_PlannedMove__Output } from './ferry/v1/PlannedMove.js';
import type { ReplicaAdded as _ferry_v1_ReplicaAdded, ReplicaAdded__Output as _ferry_v1_ReplicaAdded__Output } from './ferry/v1/ReplicaAdded.js';
import type { ReplicaRemoved as _ferry_v1_ReplicaRemoved, ReplicaRemoved__Output as _ferry_v1_ReplicaRemoved__Output } from './ferry/v1/ReplicaRemoved.js';
import type { SettingChanged as _ferry_v1_SettingChanged, SettingChanged__Output as _ferry_v1_SettingChanged__Output } from './ferry/v1/SettingChanged.js';
import type { SystemChanged as _ferry_v1_SystemChanged, SystemChanged__Output as _ferry_v1_SystemChanged__Output } from './ferry/v1/SystemChanged.js';
import type { SystemDefinitionCaptured as _ferry_v1_SystemDefinitionCaptured, SystemDefinitionCaptured__Output as _ferry_v1_SystemDefinitionCaptured__Output } from './ferry/v1/SystemDefinitionCaptured.js';
import type { SystemDiscovered as _ferry_v1_SystemDiscovered, SystemDiscovered__Output as _ferry_v1_SystemDiscovered__Output } from './ferry/v1/SystemDiscovered.js';
import type { SystemMoveFinished as _ferry_v1_SystemMoveFinished, SystemMoveFinished__Output as _ferry_v1_SystemMoveFinished__Output } from './ferry/v1/SystemMoveFinished.js';
import type { SystemMoveStarted as _ferry_v1_SystemMoveStarted, SystemMoveStarted__Output as _ferry_v1_SystemMoveStarted__Output } from './ferry/v1/SystemMoveStarted.js';
import type { SystemMoved as _ferry_v1_SystemMoved, SystemMoved__Output as _ferry_v1_SystemMoved__Output } from './ferry/v1/SystemMoved.js';
import type { SystemSettingsChanged as _ferry_v1_SystemSettingsChanged, SystemSettingsChanged__Output as _ferry_v1_SystemSettingsChanged__Output } from './ferry/v1/SystemSettingsChanged.js';
import type { SystemVanished as _ferry_v1_SystemVanished, SystemVanished__Output as _ferry_v1_SystemVanished__Output } from './ferry/v1/SystemVanished.js';
import type { TokenCreated as _ferry_v1_TokenCreated, TokenCreated__Output as _ferry_v1_TokenCreated__Output } from './ferry/v1/TokenCreated.js';
import type { TokenRevoked as _ferry_v1_TokenRevoked, TokenRevoked__Output as _ferry_v1_TokenRevoked__Output } from './ferry/v1/TokenRevoked.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ferry: {
    v1: {
      Event: MessageTypeDefinition<_ferry_v1_Event, _ferry_v1_Event__Output>
      FailoverBrakeEngaged: MessageTypeDefinition<_ferry_v1_FailoverBrakeEngaged, _ferry_v1_FailoverBrakeEngaged__Output>
      FailoverBrakeReleased: MessageTypeDefinition<_ferry_v1_FailoverBrakeReleased, _ferry_v1_FailoverBrakeReleased__Output>
      FailoverCompleted: MessageTypeDefinition<_ferry_v1_FailoverCompleted, _ferry_v1_FailoverCompleted__Output>
      FailoverMoveFailed: MessageTypeDefinition<_ferry_v1_FailoverMoveFailed, _ferry_v1_FailoverMoveFailed__Output>
      FailoverPlanned: MessageTypeDefinition<_ferry_v1_FailoverPlanned, _ferry_v1_FailoverPlanned__Output>
      FailoverStarted: MessageTypeDefinition<_ferry_v1_FailoverStarted, _ferry_v1_FailoverStarted__Output>
      GroupCreated: MessageTypeDefinition<_ferry_v1_GroupCreated, _ferry_v1_GroupCreated__Output>
      GroupDeleted: MessageTypeDefinition<_ferry_v1_GroupDeleted, _ferry_v1_GroupDeleted__Output>
      GroupSpec: MessageTypeDefinition<_ferry_v1_GroupSpec, _ferry_v1_GroupSpec__Output>
      GroupUpdated: MessageTypeDefinition<_ferry_v1_GroupUpdated, _ferry_v1_GroupUpdated__Output>
      HostDownConfirmed: MessageTypeDefinition<_ferry_v1_HostDownConfirmed, _ferry_v1_HostDownConfirmed__Output>
      HostDrainStarted: MessageTypeDefinition<_ferry_v1_HostDrainStarted, _ferry_v1_HostDrainStarted__Output>
      HostFenced: MessageTypeDefinition<_ferry_v1_HostFenced, _ferry_v1_HostFenced__Output>
      HostKeyTrusted: MessageTypeDefinition<_ferry_v1_HostKeyTrusted, _ferry_v1_HostKeyTrusted__Output>
      HostMaintenanceSet: MessageTypeDefinition<_ferry_v1_HostMaintenanceSet, _ferry_v1_HostMaintenanceSet__Output>
      HostReconciled: MessageTypeDefinition<_ferry_v1_HostReconciled, _ferry_v1_HostReconciled__Output>
      HostRegistered: MessageTypeDefinition<_ferry_v1_HostRegistered, _ferry_v1_HostRegistered__Output>
      HostRemoved: MessageTypeDefinition<_ferry_v1_HostRemoved, _ferry_v1_HostRemoved__Output>
      HostSpec: MessageTypeDefinition<_ferry_v1_HostSpec, _ferry_v1_HostSpec__Output>
      HostStateChanged: MessageTypeDefinition<_ferry_v1_HostStateChanged, _ferry_v1_HostStateChanged__Output>
      HostUpdated: MessageTypeDefinition<_ferry_v1_HostUpdated, _ferry_v1_HostUpdated__Output>
      MasterPromoted: MessageTypeDefinition<_ferry_v1_MasterPromoted, _ferry_v1_MasterPromoted__Output>
      OwnerCreated: MessageTypeDefinition<_ferry_v1_OwnerCreated, _ferry_v1_OwnerCreated__Output>
      OwnerDeleted: MessageTypeDefinition<_ferry_v1_OwnerDeleted, _ferry_v1_OwnerDeleted__Output>
      OwnerUpdated: MessageTypeDefinition<_ferry_v1_OwnerUpdated, _ferry_v1_OwnerUpdated__Output>
      PlacementRule: MessageTypeDefinition<_ferry_v1_PlacementRule, _ferry_v1_PlacementRule__Output>
      PlacementRuleAdded: MessageTypeDefinition<_ferry_v1_PlacementRuleAdded, _ferry_v1_PlacementRuleAdded__Output>
      PlacementRuleRemoved: MessageTypeDefinition<_ferry_v1_PlacementRuleRemoved, _ferry_v1_PlacementRuleRemoved__Output>
      PlanRefusal: MessageTypeDefinition<_ferry_v1_PlanRefusal, _ferry_v1_PlanRefusal__Output>
      PlannedMove: MessageTypeDefinition<_ferry_v1_PlannedMove, _ferry_v1_PlannedMove__Output>
      ReplicaAdded: MessageTypeDefinition<_ferry_v1_ReplicaAdded, _ferry_v1_ReplicaAdded__Output>
      ReplicaRemoved: MessageTypeDefinition<_ferry_v1_ReplicaRemoved, _ferry_v1_ReplicaRemoved__Output>
      SettingChanged: MessageTypeDefinition<_ferry_v1_SettingChanged, _ferry_v1_SettingChanged__Output>
      SystemChanged: MessageTypeDefinition<_ferry_v1_SystemChanged, _ferry_v1_SystemChanged__Output>
      SystemDefinitionCaptured: MessageTypeDefinition<_ferry_v1_SystemDefinitionCaptured, _ferry_v1_SystemDefinitionCaptured__Output>
      SystemDiscovered: MessageTypeDefinition<_ferry_v1_SystemDiscovered, _ferry_v1_SystemDiscovered__Output>
      SystemMoveFinished: MessageTypeDefinition<_ferry_v1_SystemMoveFinished, _ferry_v1_SystemMoveFinished__Output>
      SystemMoveStarted: MessageTypeDefinition<_ferry_v1_SystemMoveStarted, _ferry_v1_SystemMoveStarted__Output>
      SystemMoved: MessageTypeDefinition<_ferry_v1_SystemMoved, _ferry_v1_SystemMoved__Output>
      SystemSettingsChanged: MessageTypeDefinition<_ferry_v1_SystemSettingsChanged, _ferry_v1_SystemSettingsChanged__Output>
      SystemVanished: MessageTypeDefinition<_ferry_v1_SystemVanished, _ferry_v1_SystemVanished__Output>
      TokenCreated: MessageTypeDefinition<_ferry_v1_TokenCreated, _ferry_v1_TokenCreated__Output>
      TokenRevoked: MessageTypeDefinition<_ferry_v1_TokenRevoked, _ferry_v1_TokenRevoked__Output>
    }
  }
}

