// Original file: proto/ferry/v1/control.proto


/**
 * Request of GetClusterStatus (no fields).
 */
export interface GetClusterStatusRequest {
}

/**
 * Request of GetClusterStatus (no fields).
 */
export interface GetClusterStatusRequest__Output {
}
