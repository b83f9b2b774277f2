// Original file: proto/ferry/v1/control.proto


/**
 * Response of RemoveRule (no fields).
 */
export interface RemoveRuleResponse {
}

/**
 * Response of RemoveRule (no fields).
 */
export interface RemoveRuleResponse__Output {
}
