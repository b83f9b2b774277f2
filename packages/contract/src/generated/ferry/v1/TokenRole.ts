// Original file: proto/ferry/v1/control.proto

/**
 * Role of an API token.
 */
export const TokenRole = {
  /**
   * Not given (CreateToken: viewer).
   */
  TOKEN_ROLE_UNSPECIFIED: 'TOKEN_ROLE_UNSPECIFIED',
  /**
   * Everything.
   */
  TOKEN_ROLE_ADMIN: 'TOKEN_ROLE_ADMIN',
  /**
   * Reads, manages hosts, systems and groups, and operates failovers.
   */
  TOKEN_ROLE_OPERATOR: 'TOKEN_ROLE_OPERATOR',
  /**
   * Reads only.
   */
  TOKEN_ROLE_VIEWER: 'TOKEN_ROLE_VIEWER',
} as const;

/**
 * Role of an API token.
 */
export type TokenRole =
  /**
   * Not given (CreateToken: viewer).
   */
  | 'TOKEN_ROLE_UNSPECIFIED'
  | 0
  /**
   * Everything.
   */
  | 'TOKEN_ROLE_ADMIN'
  | 1
  /**
   * Reads, manages hosts, systems and groups, and operates failovers.
   */
  | 'TOKEN_ROLE_OPERATOR'
  | 2
  /**
   * Reads only.
   */
  | 'TOKEN_ROLE_VIEWER'
  | 3

/**
 * Role of an API token.
 */
export type TokenRole__Output = typeof TokenRole[keyof typeof TokenRole]
