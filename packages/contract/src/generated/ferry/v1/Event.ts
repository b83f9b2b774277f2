// Original file: proto/ferry/v1/events.proto

import type { HostRegistered as _ferry_v1_HostRegistered, HostRegistered__Output as _ferry_v1_HostRegistered__Output } from '../../ferry/v1/HostRegistered.js';
import type { HostUpdated as _ferry_v1_HostUpdated, HostUpdated__Output as _ferry_v1_HostUpdated__Output } from '../../ferry/v1/HostUpdated.js';
import type { HostRemoved as _ferry_v1_HostRemoved, HostRemoved__Output as _ferry_v1_HostRemoved__Output } from '../../ferry/v1/HostRemoved.js';
import type { HostKeyTrusted as _ferry_v1_HostKeyTrusted, HostKeyTrusted__Output as _ferry_v1_HostKeyTrusted__Output } from '../../ferry/v1/HostKeyTrusted.js';
import type { HostStateChanged as _ferry_v1_HostStateChanged, HostStateChanged__Output as _ferry_v1_HostStateChanged__Output } from '../../ferry/v1/HostStateChanged.js';
import type { SystemDiscovered as _ferry_v1_SystemDiscovered, SystemDiscovered__Output as _ferry_v1_SystemDiscovered__Output } from '../../ferry/v1/SystemDiscovered.js';
import type { SystemChanged as _ferry_v1_SystemChanged, SystemChanged__Output as _ferry_v1_SystemChanged__Output } from '../../ferry/v1/SystemChanged.js';
import type { SystemVanished as _ferry_v1_SystemVanished, SystemVanished__Output as _ferry_v1_SystemVanished__Output } from '../../ferry/v1/SystemVanished.js';
import type { SystemDefinitionCaptured as _ferry_v1_SystemDefinitionCaptured, SystemDefinitionCaptured__Output as _ferry_v1_SystemDefinitionCaptured__Output } from '../../ferry/v1/SystemDefinitionCaptured.js';
import type { SystemSettingsChanged as _ferry_v1_SystemSettingsChanged, SystemSettingsChanged__Output as _ferry_v1_SystemSettingsChanged__Output } from '../../ferry/v1/SystemSettingsChanged.js';
import type { GroupCreated as _ferry_v1_GroupCreated, GroupCreated__Output as _ferry_v1_GroupCreated__Output } from '../../ferry/v1/GroupCreated.js';
import type { GroupUpdated as _ferry_v1_GroupUpdated, GroupUpdated__Output as _ferry_v1_GroupUpdated__Output } from '../../ferry/v1/GroupUpdated.js';
import type { GroupDeleted as _ferry_v1_GroupDeleted, GroupDeleted__Output as _ferry_v1_GroupDeleted__Output } from '../../ferry/v1/GroupDeleted.js';
import type { SettingChanged as _ferry_v1_SettingChanged, SettingChanged__Output as _ferry_v1_SettingChanged__Output } from '../../ferry/v1/SettingChanged.js';
import type { OwnerCreated as _ferry_v1_OwnerCreated, OwnerCreated__Output as _ferry_v1_OwnerCreated__Output } from '../../ferry/v1/OwnerCreated.js';
import type { OwnerUpdated as _ferry_v1_OwnerUpdated, OwnerUpdated__Output as _ferry_v1_OwnerUpdated__Output } from '../../ferry/v1/OwnerUpdated.js';
import type { OwnerDeleted as _ferry_v1_OwnerDeleted, OwnerDeleted__Output as _ferry_v1_OwnerDeleted__Output } from '../../ferry/v1/OwnerDeleted.js';
import type { MasterPromoted as _ferry_v1_MasterPromoted, MasterPromoted__Output as _ferry_v1_MasterPromoted__Output } from '../../ferry/v1/MasterPromoted.js';
import type { ReplicaAdded as _ferry_v1_ReplicaAdded, ReplicaAdded__Output as _ferry_v1_ReplicaAdded__Output } from '../../ferry/v1/ReplicaAdded.js';
import type { ReplicaRemoved as _ferry_v1_ReplicaRemoved, ReplicaRemoved__Output as _ferry_v1_ReplicaRemoved__Output } from '../../ferry/v1/ReplicaRemoved.js';
import type { FailoverStarted as _ferry_v1_FailoverStarted, FailoverStarted__Output as _ferry_v1_FailoverStarted__Output } from '../../ferry/v1/FailoverStarted.js';
import type { FailoverPlanned as _ferry_v1_FailoverPlanned, FailoverPlanned__Output as _ferry_v1_FailoverPlanned__Output } from '../../ferry/v1/FailoverPlanned.js';
import type { HostFenced as _ferry_v1_HostFenced, HostFenced__Output as _ferry_v1_HostFenced__Output } from '../../ferry/v1/HostFenced.js';
import type { SystemMoved as _ferry_v1_SystemMoved, SystemMoved__Output as _ferry_v1_SystemMoved__Output } from '../../ferry/v1/SystemMoved.js';
import type { FailoverMoveFailed as _ferry_v1_FailoverMoveFailed, FailoverMoveFailed__Output as _ferry_v1_FailoverMoveFailed__Output } from '../../ferry/v1/FailoverMoveFailed.js';
import type { FailoverCompleted as _ferry_v1_FailoverCompleted, FailoverCompleted__Output as _ferry_v1_FailoverCompleted__Output } from '../../ferry/v1/FailoverCompleted.js';
import type { FailoverBrakeEngaged as _ferry_v1_FailoverBrakeEngaged, FailoverBrakeEngaged__Output as _ferry_v1_FailoverBrakeEngaged__Output } from '../../ferry/v1/FailoverBrakeEngaged.js';
import type { HostReconciled as _ferry_v1_HostReconciled, HostReconciled__Output as _ferry_v1_HostReconciled__Output } from '../../ferry/v1/HostReconciled.js';
import type { HostDownConfirmed as _ferry_v1_HostDownConfirmed, HostDownConfirmed__Output as _ferry_v1_HostDownConfirmed__Output } from '../../ferry/v1/HostDownConfirmed.js';
import type { FailoverBrakeReleased as _ferry_v1_FailoverBrakeReleased, FailoverBrakeReleased__Output as _ferry_v1_FailoverBrakeReleased__Output } from '../../ferry/v1/FailoverBrakeReleased.js';
import type { TokenCreated as _ferry_v1_TokenCreated, TokenCreated__Output as _ferry_v1_TokenCreated__Output } from '../../ferry/v1/TokenCreated.js';
import type { TokenRevoked as _ferry_v1_TokenRevoked, TokenRevoked__Output as _ferry_v1_TokenRevoked__Output } from '../../ferry/v1/TokenRevoked.js';
import type { HostMaintenanceSet as _ferry_v1_HostMaintenanceSet, HostMaintenanceSet__Output as _ferry_v1_HostMaintenanceSet__Output } from '../../ferry/v1/HostMaintenanceSet.js';
import type { HostDrainStarted as _ferry_v1_HostDrainStarted, HostDrainStarted__Output as _ferry_v1_HostDrainStarted__Output } from '../../ferry/v1/HostDrainStarted.js';
import type { SystemMoveStarted as _ferry_v1_SystemMoveStarted, SystemMoveStarted__Output as _ferry_v1_SystemMoveStarted__Output } from '../../ferry/v1/SystemMoveStarted.js';
import type { SystemMoveFinished as _ferry_v1_SystemMoveFinished, SystemMoveFinished__Output as _ferry_v1_SystemMoveFinished__Output } from '../../ferry/v1/SystemMoveFinished.js';
import type { PlacementRuleAdded as _ferry_v1_PlacementRuleAdded, PlacementRuleAdded__Output as _ferry_v1_PlacementRuleAdded__Output } from '../../ferry/v1/PlacementRuleAdded.js';
import type { PlacementRuleRemoved as _ferry_v1_PlacementRuleRemoved, PlacementRuleRemoved__Output as _ferry_v1_PlacementRuleRemoved__Output } from '../../ferry/v1/PlacementRuleRemoved.js';
import type { Long } from '@grpc/proto-loader';

/**
 * One committed event of the log.
 */
export interface Event {
  /**
   * Global, gapless sequence number, from 1.
   */
  'seq'?: (number | string | Long);
  /**
   * Epoch of the master that wrote it (fencing token).
   */
  'epoch'?: (number | string | Long);
  /**
   * Commit time, ISO 8601 UTC.
   */
  'time'?: (string);
  /**
   * Aggregate id: `host/h1`, `system/web1`, `group/g1`, `settings`, `owner/alice`, `cluster`, `failover/<id>`, `token/<name>`,
   * `rule/<name>`. Planned moves (SystemMoveStarted, SystemMoveFinished) are on their system's aggregate.
   */
  'aggregate'?: (string);
  /**
   * The aggregate's version after this event (1 for its first event).
   */
  'version'?: (number | string | Long);
  /**
   * Event type name, equal to the name of the message set in `body` (e.g. `HostRegistered`).
   */
  'type'?: (string);
  /**
   * Who caused the event (token name, `collector`, `failover`, `replication`).
   */
  'actor'?: (string);
  /**
   * Correlation id tying the events of one operation together.
   */
  'correlation'?: (string);
  /**
   * Hash of the previous event, hex SHA-256 (64 zeros for seq 1).
   */
  'prevHash'?: (string);
  /**
   * Hex of SHA-256(P || data), where P is prev_hash decoded from hex (32 raw bytes) and `data` is field 11.
   */
  'hash'?: (string);
  /**
   * The exact stored bytes of this event, as hashed and as replicas store them: UTF-8 JSON of one object with the
   * keys, in this order, `seq`, `epoch`, `time`, `aggregate`, `version`, `type`, `actor`, `correlation`, `body`
   * (no whitespace; `body` holds the event's fields by their lowerCamelCase JSON names). To verify the chain from a
   * read alone: for each event, SHA-256(hex-decoded prev_hash || data) must equal hash, and prev_hash must equal the
   * previous event's hash (64 zeros before seq 1). Hold `data`, not the decoded fields, when you need proof: it is
   * what the hash covers. Secrets appear in it only sealed (encrypted with the cluster key) or as token hashes.
   */
  'data'?: (Buffer | Uint8Array | string);
  /**
   * HostRegistered: a host was registered.
   */
  'hostRegistered'?: (_ferry_v1_HostRegistered | null);
  /**
   * HostUpdated: a host's specification was changed; carries the whole new specification.
   */
  'hostUpdated'?: (_ferry_v1_HostUpdated | null);
  /**
   * HostRemoved: a host was removed from management.
   */
  'hostRemoved'?: (_ferry_v1_HostRemoved | null);
  /**
   * HostKeyTrusted: the operator accepted (pinned) a host key.
   */
  'hostKeyTrusted'?: (_ferry_v1_HostKeyTrusted | null);
  /**
   * HostStateChanged: the collector saw a host change state.
   */
  'hostStateChanged'?: (_ferry_v1_HostStateChanged | null);
  /**
   * SystemDiscovered: a virtual system was seen for the first time (or again after it vanished).
   */
  'systemDiscovered'?: (_ferry_v1_SystemDiscovered | null);
  /**
   * SystemChanged: a known system changed state, memory, host or definition.
   */
  'systemChanged'?: (_ferry_v1_SystemChanged | null);
  /**
   * SystemVanished: a system is no longer defined on the host it was on.
   */
  'systemVanished'?: (_ferry_v1_SystemVanished | null);
  /**
   * SystemDefinitionCaptured: the definition of a system was captured so it can be recreated elsewhere.
   */
  'systemDefinitionCaptured'?: (_ferry_v1_SystemDefinitionCaptured | null);
  /**
   * SystemSettingsChanged: operator settings of a system changed.
   */
  'systemSettingsChanged'?: (_ferry_v1_SystemSettingsChanged | null);
  /**
   * GroupCreated: a failover group was created.
   */
  'groupCreated'?: (_ferry_v1_GroupCreated | null);
  /**
   * GroupUpdated: a failover group was changed; carries the whole new specification.
   */
  'groupUpdated'?: (_ferry_v1_GroupUpdated | null);
  /**
   * GroupDeleted: a failover group was deleted.
   */
  'groupDeleted'?: (_ferry_v1_GroupDeleted | null);
  /**
   * SettingChanged: a global setting changed.
   */
  'settingChanged'?: (_ferry_v1_SettingChanged | null);
  /**
   * OwnerCreated: an owner account was created.
   */
  'ownerCreated'?: (_ferry_v1_OwnerCreated | null);
  /**
   * OwnerUpdated: an owner account was changed.
   */
  'ownerUpdated'?: (_ferry_v1_OwnerUpdated | null);
  /**
   * OwnerDeleted: an owner account was deleted.
   */
  'ownerDeleted'?: (_ferry_v1_OwnerDeleted | null);
  /**
   * MasterPromoted: a replica became the writable master.
   */
  'masterPromoted'?: (_ferry_v1_MasterPromoted | null);
  /**
   * ReplicaAdded: a replica was added to the master's replica list.
   */
  'replicaAdded'?: (_ferry_v1_ReplicaAdded | null);
  /**
   * ReplicaRemoved: a replica was removed from the master's replica list.
   */
  'replicaRemoved'?: (_ferry_v1_ReplicaRemoved | null);
  /**
   * FailoverStarted: failover of a host (or a forced failover of one system) began.
   */
  'failoverStarted'?: (_ferry_v1_FailoverStarted | null);
  /**
   * FailoverPlanned: the plan was recorded before acting.
   */
  'failoverPlanned'?: (_ferry_v1_FailoverPlanned | null);
  /**
   * HostFenced: a host was fenced (or fencing was tried).
   */
  'hostFenced'?: (_ferry_v1_HostFenced | null);
  /**
   * SystemMoved: a system was defined (and maybe started) on its new host.
   */
  'systemMoved'?: (_ferry_v1_SystemMoved | null);
  /**
   * FailoverMoveFailed: a move failed.
   */
  'failoverMoveFailed'?: (_ferry_v1_FailoverMoveFailed | null);
  /**
   * FailoverCompleted: a failover finished.
   */
  'failoverCompleted'?: (_ferry_v1_FailoverCompleted | null);
  /**
   * FailoverBrakeEngaged: the mass-failure brake stopped automatic failover in a group.
   */
  'failoverBrakeEngaged'?: (_ferry_v1_FailoverBrakeEngaged | null);
  /**
   * HostReconciled: a returning host was cleaned of systems that had moved away.
   */
  'hostReconciled'?: (_ferry_v1_HostReconciled | null);
  /**
   * HostDownConfirmed: an operator vouched that a host is dead (its fence cannot be confirmed).
   */
  'hostDownConfirmed'?: (_ferry_v1_HostDownConfirmed | null);
  /**
   * FailoverBrakeReleased: an operator released a group's mass-failure brake.
   */
  'failoverBrakeReleased'?: (_ferry_v1_FailoverBrakeReleased | null);
  /**
   * TokenCreated: an API token was created (only its hash is stored).
   */
  'tokenCreated'?: (_ferry_v1_TokenCreated | null);
  /**
   * TokenRevoked: an API token was revoked.
   */
  'tokenRevoked'?: (_ferry_v1_TokenRevoked | null);
  /**
   * HostMaintenanceSet: a host entered or left maintenance.
   */
  'hostMaintenanceSet'?: (_ferry_v1_HostMaintenanceSet | null);
  /**
   * HostDrainStarted: a drain of a host began: the plan, recorded before any system is moved.
   */
  'hostDrainStarted'?: (_ferry_v1_HostDrainStarted | null);
  /**
   * SystemMoveStarted: a planned move of a system between two live hosts began (recorded before acting).
   */
  'systemMoveStarted'?: (_ferry_v1_SystemMoveStarted | null);
  /**
   * SystemMoveFinished: a planned move ended.
   */
  'systemMoveFinished'?: (_ferry_v1_SystemMoveFinished | null);
  /**
   * PlacementRuleAdded: a placement rule was added.
   */
  'placementRuleAdded'?: (_ferry_v1_PlacementRuleAdded | null);
  /**
   * PlacementRuleRemoved: a placement rule was removed.
   */
  'placementRuleRemoved'?: (_ferry_v1_PlacementRuleRemoved | null);
  /**
   * The typed body; exactly one is set, named after `type`.
   */
  'body'?: "hostRegistered"|"hostUpdated"|"hostRemoved"|"hostKeyTrusted"|"hostStateChanged"|"systemDiscovered"|"systemChanged"|"systemVanished"|"systemDefinitionCaptured"|"systemSettingsChanged"|"groupCreated"|"groupUpdated"|"groupDeleted"|"settingChanged"|"ownerCreated"|"ownerUpdated"|"ownerDeleted"|"masterPromoted"|"replicaAdded"|"replicaRemoved"|"failoverStarted"|"failoverPlanned"|"hostFenced"|"systemMoved"|"failoverMoveFailed"|"failoverCompleted"|"failoverBrakeEngaged"|"hostReconciled"|"hostDownConfirmed"|"failoverBrakeReleased"|"tokenCreated"|"tokenRevoked"|"hostMaintenanceSet"|"hostDrainStarted"|"systemMoveStarted"|"systemMoveFinished"|"placementRuleAdded"|"placementRuleRemoved";
}

/**
 * One committed event of the log.
 */
export interface Event__Output {
  /**
   * Global, gapless sequence number, from 1.
   */
  'seq': (number);
  /**
   * Epoch of the master that wrote it (fencing token).
   */
  'epoch': (number);
  /**
   * Commit time, ISO 8601 UTC.
   */
  'time': (string);
  /**
   * Aggregate id: `host/h1`, `system/web1`, `group/g1`, `settings`, `owner/alice`, `cluster`, `failover/<id>`, `token/<name>`,
   * `rule/<name>`. Planned moves (SystemMoveStarted, SystemMoveFinished) are on their system's aggregate.
   */
  'aggregate': (string);
  /**
   * The aggregate's version after this event (1 for its first event).
   */
  'version': (number);
  /**
   * Event type name, equal to the name of the message set in `body` (e.g. `HostRegistered`).
   */
  'type': (string);
  /**
   * Who caused the event (token name, `collector`, `failover`, `replication`).
   */
  'actor': (string);
  /**
   * Correlation id tying the events of one operation together.
   */
  'correlation': (string);
  /**
   * Hash of the previous event, hex SHA-256 (64 zeros for seq 1).
   */
  'prevHash': (string);
  /**
   * Hex of SHA-256(P || data), where P is prev_hash decoded from hex (32 raw bytes) and `data` is field 11.
   */
  'hash': (string);
  /**
   * The exact stored bytes of this event, as hashed and as replicas store them: UTF-8 JSON of one object with the
   * keys, in this order, `seq`, `epoch`, `time`, `aggregate`, `version`, `type`, `actor`, `correlation`, `body`
   * (no whitespace; `body` holds the event's fields by their lowerCamelCase JSON names). To verify the chain from a
   * read alone: for each event, SHA-256(hex-decoded prev_hash || data) must equal hash, and prev_hash must equal the
   * previous event's hash (64 zeros before seq 1). Hold `data`, not the decoded fields, when you need proof: it is
   * what the hash covers. Secrets appear in it only sealed (encrypted with the cluster key) or as token hashes.
   */
  'data': (Buffer);
  /**
   * HostRegistered: a host was registered.
   */
  'hostRegistered'?: (_ferry_v1_HostRegistered__Output | null);
  /**
   * HostUpdated: a host's specification was changed; carries the whole new specification.
   */
  'hostUpdated'?: (_ferry_v1_HostUpdated__Output | null);
  /**
   * HostRemoved: a host was removed from management.
   */
  'hostRemoved'?: (_ferry_v1_HostRemoved__Output | null);
  /**
   * HostKeyTrusted: the operator accepted (pinned) a host key.
   */
  'hostKeyTrusted'?: (_ferry_v1_HostKeyTrusted__Output | null);
  /**
   * HostStateChanged: the collector saw a host change state.
   */
  'hostStateChanged'?: (_ferry_v1_HostStateChanged__Output | null);
  /**
   * SystemDiscovered: a virtual system was seen for the first time (or again after it vanished).
   */
  'systemDiscovered'?: (_ferry_v1_SystemDiscovered__Output | null);
  /**
   * SystemChanged: a known system changed state, memory, host or definition.
   */
  'systemChanged'?: (_ferry_v1_SystemChanged__Output | null);
  /**
   * SystemVanished: a system is no longer defined on the host it was on.
   */
  'systemVanished'?: (_ferry_v1_SystemVanished__Output | null);
  /**
   * SystemDefinitionCaptured: the definition of a system was captured so it can be recreated elsewhere.
   */
  'systemDefinitionCaptured'?: (_ferry_v1_SystemDefinitionCaptured__Output | null);
  /**
   * SystemSettingsChanged: operator settings of a system changed.
   */
  'systemSettingsChanged'?: (_ferry_v1_SystemSettingsChanged__Output | null);
  /**
   * GroupCreated: a failover group was created.
   */
  'groupCreated'?: (_ferry_v1_GroupCreated__Output | null);
  /**
   * GroupUpdated: a failover group was changed; carries the whole new specification.
   */
  'groupUpdated'?: (_ferry_v1_GroupUpdated__Output | null);
  /**
   * GroupDeleted: a failover group was deleted.
   */
  'groupDeleted'?: (_ferry_v1_GroupDeleted__Output | null);
  /**
   * SettingChanged: a global setting changed.
   */
  'settingChanged'?: (_ferry_v1_SettingChanged__Output | null);
  /**
   * OwnerCreated: an owner account was created.
   */
  'ownerCreated'?: (_ferry_v1_OwnerCreated__Output | null);
  /**
   * OwnerUpdated: an owner account was changed.
   */
  'ownerUpdated'?: (_ferry_v1_OwnerUpdated__Output | null);
  /**
   * OwnerDeleted: an owner account was deleted.
   */
  'ownerDeleted'?: (_ferry_v1_OwnerDeleted__Output | null);
  /**
   * MasterPromoted: a replica became the writable master.
   */
  'masterPromoted'?: (_ferry_v1_MasterPromoted__Output | null);
  /**
   * ReplicaAdded: a replica was added to the master's replica list.
   */
  'replicaAdded'?: (_ferry_v1_ReplicaAdded__Output | null);
  /**
   * ReplicaRemoved: a replica was removed from the master's replica list.
   */
  'replicaRemoved'?: (_ferry_v1_ReplicaRemoved__Output | null);
  /**
   * FailoverStarted: failover of a host (or a forced failover of one system) began.
   */
  'failoverStarted'?: (_ferry_v1_FailoverStarted__Output | null);
  /**
   * FailoverPlanned: the plan was recorded before acting.
   */
  'failoverPlanned'?: (_ferry_v1_FailoverPlanned__Output | null);
  /**
   * HostFenced: a host was fenced (or fencing was tried).
   */
  'hostFenced'?: (_ferry_v1_HostFenced__Output | null);
  /**
   * SystemMoved: a system was defined (and maybe started) on its new host.
   */
  'systemMoved'?: (_ferry_v1_SystemMoved__Output | null);
  /**
   * FailoverMoveFailed: a move failed.
   */
  'failoverMoveFailed'?: (_ferry_v1_FailoverMoveFailed__Output | null);
  /**
   * FailoverCompleted: a failover finished.
   */
  'failoverCompleted'?: (_ferry_v1_FailoverCompleted__Output | null);
  /**
   * FailoverBrakeEngaged: the mass-failure brake stopped automatic failover in a group.
   */
  'failoverBrakeEngaged'?: (_ferry_v1_FailoverBrakeEngaged__Output | null);
  /**
   * HostReconciled: a returning host was cleaned of systems that had moved away.
   */
  'hostReconciled'?: (_ferry_v1_HostReconciled__Output | null);
  /**
   * HostDownConfirmed: an operator vouched that a host is dead (its fence cannot be confirmed).
   */
  'hostDownConfirmed'?: (_ferry_v1_HostDownConfirmed__Output | null);
  /**
   * FailoverBrakeReleased: an operator released a group's mass-failure brake.
   */
  'failoverBrakeReleased'?: (_ferry_v1_FailoverBrakeReleased__Output | null);
  /**
   * TokenCreated: an API token was created (only its hash is stored).
   */
  'tokenCreated'?: (_ferry_v1_TokenCreated__Output | null);
  /**
   * TokenRevoked: an API token was revoked.
   */
  'tokenRevoked'?: (_ferry_v1_TokenRevoked__Output | null);
  /**
   * HostMaintenanceSet: a host entered or left maintenance.
   */
  'hostMaintenanceSet'?: (_ferry_v1_HostMaintenanceSet__Output | null);
  /**
   * HostDrainStarted: a drain of a host began: the plan, recorded before any system is moved.
   */
  'hostDrainStarted'?: (_ferry_v1_HostDrainStarted__Output | null);
  /**
   * SystemMoveStarted: a planned move of a system between two live hosts began (recorded before acting).
   */
  'systemMoveStarted'?: (_ferry_v1_SystemMoveStarted__Output | null);
  /**
   * SystemMoveFinished: a planned move ended.
   */
  'systemMoveFinished'?: (_ferry_v1_SystemMoveFinished__Output | null);
  /**
   * PlacementRuleAdded: a placement rule was added.
   */
  'placementRuleAdded'?: (_ferry_v1_PlacementRuleAdded__Output | null);
  /**
   * PlacementRuleRemoved: a placement rule was removed.
   */
  'placementRuleRemoved'?: (_ferry_v1_PlacementRuleRemoved__Output | null);
  /**
   * The typed body; exactly one is set, named after `type`.
   */
  'body'?: "hostRegistered"|"hostUpdated"|"hostRemoved"|"hostKeyTrusted"|"hostStateChanged"|"systemDiscovered"|"systemChanged"|"systemVanished"|"systemDefinitionCaptured"|"systemSettingsChanged"|"groupCreated"|"groupUpdated"|"groupDeleted"|"settingChanged"|"ownerCreated"|"ownerUpdated"|"ownerDeleted"|"masterPromoted"|"replicaAdded"|"replicaRemoved"|"failoverStarted"|"failoverPlanned"|"hostFenced"|"systemMoved"|"failoverMoveFailed"|"failoverCompleted"|"failoverBrakeEngaged"|"hostReconciled"|"hostDownConfirmed"|"failoverBrakeReleased"|"tokenCreated"|"tokenRevoked"|"hostMaintenanceSet"|"hostDrainStarted"|"systemMoveStarted"|"systemMoveFinished"|"placementRuleAdded"|"placementRuleRemoved";
}
