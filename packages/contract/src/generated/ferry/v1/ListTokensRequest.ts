// Original file: proto/ferry/v1/control.proto


/**
 * Request of ListTokens (no fields).
 */
export interface ListTokensRequest {
}

/**
 * Request of ListTokens (no fields).
 */
export interface ListTokensRequest__Output {
}
