// Original file: proto/ferry/v1/control.proto


/**
 * Request of VerifyLog (no fields).
 */
export interface VerifyLogRequest {
}

/**
 * Request of VerifyLog (no fields).
 */
export interface VerifyLogRequest__Output {
}
