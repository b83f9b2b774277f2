// Original file: proto/ferry/v1/control.proto

import type { Event as _ferry_v1_Event, Event__Output as _ferry_v1_Event__Output } from '../../ferry/v1/Event.js';

/**
 * A list of events.
 */
export interface ReadEventsResponse {
  /**
   * The events.
   */
  'events'?: (_ferry_v1_Event)[];
}

/**
 * A list of events.
 */
export interface ReadEventsResponse__Output {
  /**
   * The events.
   */
  'events': (_ferry_v1_Event__Output)[];
}
