// Original file: proto/ferry/v1/control.proto


/**
 * Request of ReplicationOff (no fields).
 */
export interface ReplicationOffRequest {
}

/**
 * Request of ReplicationOff (no fields).
 */
export interface ReplicationOffRequest__Output {
}
