// Original file: proto/ferry/v1/control.proto

import type { Setting as _ferry_v1_Setting, Setting__Output as _ferry_v1_Setting__Output } from '../../ferry/v1/Setting.js';

/**
 * Response of SetSetting.
 */
export interface SetSettingResponse {
  /**
   * The setting after the change.
   */
  'setting'?: (_ferry_v1_Setting | null);
}

/**
 * Response of SetSetting.
 */
export interface SetSettingResponse__Output {
  /**
   * The setting after the change.
   */
  'setting': (_ferry_v1_Setting__Output | null);
}
