// Original file: proto/ferry/v1/control.proto

import type { DrainMove as _ferry_v1_DrainMove, DrainMove__Output as _ferry_v1_DrainMove__Output } from '../../ferry/v1/DrainMove.js';
import type { PlanRefusal as _ferry_v1_PlanRefusal, PlanRefusal__Output as _ferry_v1_PlanRefusal__Output } from '../../ferry/v1/PlanRefusal.js';

/**
 * What a drain planned (and with `wait`, how each move ended).
 */
export interface DrainHostResponse {
  /**
   * The drained host.
   */
  'host'?: (string);
  /**
   * The moves.
   */
  'moves'?: (_ferry_v1_DrainMove)[];
  /**
   * Systems that cannot be placed (they stay on the host).
   */
  'refusals'?: (_ferry_v1_PlanRefusal)[];
}

/**
 * What a drain planned (and with `wait`, how each move ended).
 */
export interface DrainHostResponse__Output {
  /**
   * The drained host.
   */
  'host': (string);
  /**
   * The moves.
   */
  'moves': (_ferry_v1_DrainMove__Output)[];
  /**
   * Systems that cannot be placed (they stay on the host).
   */
  'refusals': (_ferry_v1_PlanRefusal__Output)[];
}
