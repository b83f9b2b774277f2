// Original file: proto/ferry/v1/control.proto

import type { Setting as _ferry_v1_Setting, Setting__Output as _ferry_v1_Setting__Output } from '../../ferry/v1/Setting.js';

/**
 * Response of GetSetting.
 */
export interface GetSettingResponse {
  /**
   * The setting.
   */
  'setting'?: (_ferry_v1_Setting | null);
}

/**
 * Response of GetSetting.
 */
export interface GetSettingResponse__Output {
  /**
   * The setting.
   */
  'setting': (_ferry_v1_Setting__Output | null);
}
