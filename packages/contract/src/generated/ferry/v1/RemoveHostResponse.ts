// Original file: proto/ferry/v1/control.proto


/**
 * Response of RemoveHost (no fields).
 */
export interface RemoveHostResponse {
}

/**
 * Response of RemoveHost (no fields).
 */
export interface RemoveHostResponse__Output {
}
