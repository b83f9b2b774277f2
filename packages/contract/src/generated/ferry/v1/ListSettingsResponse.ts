// Original file: proto/ferry/v1/control.proto

import type { Setting as _ferry_v1_Setting, Setting__Output as _ferry_v1_Setting__Output } from '../../ferry/v1/Setting.js';

/**
 * All settings.
 */
export interface ListSettingsResponse {
  /**
   * The settings.
   */
  'settings'?: (_ferry_v1_Setting)[];
}

/**
 * All settings.
 */
export interface ListSettingsResponse__Output {
  /**
   * The settings.
   */
  'settings': (_ferry_v1_Setting__Output)[];
}
