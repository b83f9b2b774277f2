// Original file: proto/ferry/v1/control.proto


/**
 * Request of ListRules (no fields).
 */
export interface ListRulesRequest {
}

/**
 * Request of ListRules (no fields).
 */
export interface ListRulesRequest__Output {
}
