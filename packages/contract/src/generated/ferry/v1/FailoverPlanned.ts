// Original file: proto/ferry/v1/events.proto

import type { PlannedMove as _ferry_v1_PlannedMove, PlannedMove__Output as _ferry_v1_PlannedMove__Output } from '../../ferry/v1/PlannedMove.js';
import type { PlanRefusal as _ferry_v1_PlanRefusal, PlanRefusal__Output as _ferry_v1_PlanRefusal__Output } from '../../ferry/v1/PlanRefusal.js';

/**
 * The plan was recorded before acting.
 */
export interface FailoverPlanned {
  /**
   * Failover id.
   */
  'id'?: (string);
  /**
   * Moves to make.
   */
  'moves'?: (_ferry_v1_PlannedMove)[];
  /**
   * Systems that cannot be placed.
   */
  'refusals'?: (_ferry_v1_PlanRefusal)[];
  /**
   * Systems of the host left out (not in the group's subset, or failover disabled).
   */
  'excluded'?: (string)[];
}

/**
 * The plan was recorded before acting.
 */
export interface FailoverPlanned__Output {
  /**
   * Failover id.
   */
  'id': (string);
  /**
   * Moves to make.
   */
  'moves': (_ferry_v1_PlannedMove__Output)[];
  /**
   * Systems that cannot be placed.
   */
  'refusals': (_ferry_v1_PlanRefusal__Output)[];
  /**
   * Systems of the host left out (not in the group's subset, or failover disabled).
   */
  'excluded': (string)[];
}
