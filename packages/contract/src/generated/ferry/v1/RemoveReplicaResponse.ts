// Original file: proto/ferry/v1/control.proto


/**
 * Response of RemoveReplica (no fields).
 */
export interface RemoveReplicaResponse {
}

/**
 * Response of RemoveReplica (no fields).
 */
export interface RemoveReplicaResponse__Output {
}
