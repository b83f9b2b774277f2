// Original file: proto/ferry/v1/control.proto


/**
 * Response of RevokeToken (no fields).
 */
export interface RevokeTokenResponse {
}

/**
 * Response of RevokeToken (no fields).
 */
export interface RevokeTokenResponse__Output {
}
