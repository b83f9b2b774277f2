// Original file: proto/ferry/v1/control.proto

import type { Event as _ferry_v1_Event, Event__Output as _ferry_v1_Event__Output } from '../../ferry/v1/Event.js';

/**
 * Response of WatchEvents.
 */
export interface WatchEventsResponse {
  /**
   * The next matching event.
   */
  'event'?: (_ferry_v1_Event | null);
}

/**
 * Response of WatchEvents.
 */
export interface WatchEventsResponse__Output {
  /**
   * The next matching event.
   */
  'event': (_ferry_v1_Event__Output | null);
}
