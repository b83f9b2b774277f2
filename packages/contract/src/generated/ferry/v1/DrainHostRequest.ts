// Original file: proto/ferry/v1/control.proto


/**
 * Drains a host.
 */
export interface DrainHostRequest {
  /**
   * The host.
   */
  'name'?: (string);
  /**
   * Answer only once every planned move has finished (else once the plan is recorded).
   */
  'wait'?: (boolean);
  /**
   * Idempotency key of this write (at most 128 printable characters; empty: none). A retry with the same key by the
   * same token within the master's window (10 minutes, the latest 10,000 keys, in memory: a restart or a promotion
   * forgets them) gets the first call's answer and appends nothing; the key is recorded as the correlation
   * `request:KEY` of the events the write appends.
   */
  'requestId'?: (string);
}

/**
 * Drains a host.
 */
export interface DrainHostRequest__Output {
  /**
   * The host.
   */
  'name': (string);
  /**
   * Answer only once every planned move has finished (else once the plan is recorded).
   */
  'wait': (boolean);
  /**
   * Idempotency key of this write (at most 128 printable characters; empty: none). A retry with the same key by the
   * same token within the master's window (10 minutes, the latest 10,000 keys, in memory: a restart or a promotion
   * forgets them) gets the first call's answer and appends nothing; the key is recorded as the correlation
   * `request:KEY` of the events the write appends.
   */
  'requestId': (string);
}
