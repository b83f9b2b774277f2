// Original file: proto/ferry/v1/control.proto

import type { Long } from '@grpc/proto-loader';

/**
 * An owner account.
 */
export interface Owner {
  /**
   * Owner name.
   */
  'name'?: (string);
  /**
   * Mail address.
   */
  'email'?: (string);
  /**
   * Description.
   */
  'description'?: (string);
  /**
   * Number of systems owned (statistics; output only, ignored in requests).
   */
  'systems'?: (number);
  /**
   * Version of the owner aggregate (output only, ignored in requests; see UpdateOwnerRequest.expected_version).
   */
  'version'?: (number | string | Long);
}

/**
 * An owner account.
 */
export interface Owner__Output {
  /**
   * Owner name.
   */
  'name': (string);
  /**
   * Mail address.
   */
  'email': (string);
  /**
   * Description.
   */
  'description': (string);
  /**
   * Number of systems owned (statistics; output only, ignored in requests).
   */
  'systems': (number);
  /**
   * Version of the owner aggregate (output only, ignored in requests; see UpdateOwnerRequest.expected_version).
   */
  'version': (number);
}
