// Original file: proto/ferry/v1/control.proto

import type { FailoverOutcome as _ferry_v1_FailoverOutcome, FailoverOutcome__Output as _ferry_v1_FailoverOutcome__Output } from '../../ferry/v1/FailoverOutcome.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';

/**
 * One system's failover, as shown to operators.
 */
export interface FailoverRecord {
  /**
   * Failover id.
   */
  'id'?: (string);
  /**
   * The system.
   */
  'system'?: (string);
  /**
   * Source host.
   */
  'from'?: (string);
  /**
   * Target host (empty if none was found).
   */
  'to'?: (string);
  /**
   * How it went; FAILOVER_OUTCOME_PENDING: the host is down and its failover has not started (an automatic group's
   * timeout is running, see `failover_time`, or a manual group waits for an operator).
   */
  'outcome'?: (_ferry_v1_FailoverOutcome);
  /**
   * Why it failed.
   */
  'reason'?: (string);
  /**
   * Whether it was started on the target.
   */
  'started'?: (boolean);
  /**
   * When it began (for a pending failover: when the host went down).
   */
  'startTime'?: (_google_protobuf_Timestamp | null);
  /**
   * When it ended (unset while in progress).
   */
  'finishTime'?: (_google_protobuf_Timestamp | null);
  /**
   * For a pending failover of an automatic group: when it starts (the host's down time plus the group's timeout);
   * unset otherwise.
   */
  'failoverTime'?: (_google_protobuf_Timestamp | null);
}

/**
 * One system's failover, as shown to operators.
 */
export interface FailoverRecord__Output {
  /**
   * Failover id.
   */
  'id': (string);
  /**
   * The system.
   */
  'system': (string);
  /**
   * Source host.
   */
  'from': (string);
  /**
   * Target host (empty if none was found).
   */
  'to': (string);
  /**
   * How it went; FAILOVER_OUTCOME_PENDING: the host is down and its failover has not started (an automatic group's
   * timeout is running, see `failover_time`, or a manual group waits for an operator).
   */
  'outcome': (_ferry_v1_FailoverOutcome__Output);
  /**
   * Why it failed.
   */
  'reason': (string);
  /**
   * Whether it was started on the target.
   */
  'started': (boolean);
  /**
   * When it began (for a pending failover: when the host went down).
   */
  'startTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * When it ended (unset while in progress).
   */
  'finishTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * For a pending failover of an automatic group: when it starts (the host's down time plus the group's timeout);
   * unset otherwise.
   */
  'failoverTime': (_google_protobuf_Timestamp__Output | null);
}
