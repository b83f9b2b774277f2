// Original file: proto/ferry/v1/control.proto


/**
 * Response of DeleteGroup (no fields).
 */
export interface DeleteGroupResponse {
}

/**
 * Response of DeleteGroup (no fields).
 */
export interface DeleteGroupResponse__Output {
}
