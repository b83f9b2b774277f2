// Original file: proto/ferry/v1/events.proto

import type { PlannedMove as _ferry_v1_PlannedMove, PlannedMove__Output as _ferry_v1_PlannedMove__Output } from '../../ferry/v1/PlannedMove.js';
import type { PlanRefusal as _ferry_v1_PlanRefusal, PlanRefusal__Output as _ferry_v1_PlanRefusal__Output } from '../../ferry/v1/PlanRefusal.js';

/**
 * A drain of a host began: the plan, recorded before any system is moved (each move has its own
 * SystemMoveStarted, recorded in the same append).
 */
export interface HostDrainStarted {
  /**
   * The drained host.
   */
  'host'?: (string);
  /**
   * Who drained it.
   */
  'by'?: (string);
  /**
   * The moves planned (their ids are in the SystemMoveStarted events).
   */
  'moves'?: (_ferry_v1_PlannedMove)[];
  /**
   * Systems that cannot be placed; they stay where they are.
   */
  'refusals'?: (_ferry_v1_PlanRefusal)[];
}

/**
 * A drain of a host began: the plan, recorded before any system is moved (each move has its own
 * SystemMoveStarted, recorded in the same append).
 */
export interface HostDrainStarted__Output {
  /**
   * The drained host.
   */
  'host': (string);
  /**
   * Who drained it.
   */
  'by': (string);
  /**
   * The moves planned (their ids are in the SystemMoveStarted events).
   */
  'moves': (_ferry_v1_PlannedMove__Output)[];
  /**
   * Systems that cannot be placed; they stay where they are.
   */
  'refusals': (_ferry_v1_PlanRefusal__Output)[];
}
