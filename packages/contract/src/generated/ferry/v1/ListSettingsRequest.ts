// Original file: proto/ferry/v1/control.proto


/**
 * Request of ListSettings (no fields).
 */
export interface ListSettingsRequest {
}

/**
 * Request of ListSettings (no fields).
 */
export interface ListSettingsRequest__Output {
}
