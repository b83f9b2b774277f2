// Original file: proto/ferry/v1/events.proto


/**
 * A placement rule, evaluated by the planner in failovers, drains and moves.
 */
export interface PlacementRule {
  /**
   * Unique rule name.
   */
  'name'?: (string);
  /**
   * `keep-apart` (never two of `systems` on one host), `keep-together` (all of `systems` on one host),
   * `prefer-hosts` (soft: `systems` go to `hosts` when one fits) or `only-hosts` (hard: `systems` go only to `hosts`).
   */
  'kind'?: (string);
  /**
   * The systems it binds.
   */
  'systems'?: (string)[];
  /**
   * The hosts of `prefer-hosts` / `only-hosts` (empty otherwise).
   */
  'hosts'?: (string)[];
}

/**
 * A placement rule, evaluated by the planner in failovers, drains and moves.
 */
export interface PlacementRule__Output {
  /**
   * Unique rule name.
   */
  'name': (string);
  /**
   * `keep-apart` (never two of `systems` on one host), `keep-together` (all of `systems` on one host),
   * `prefer-hosts` (soft: `systems` go to `hosts` when one fits) or `only-hosts` (hard: `systems` go only to `hosts`).
   */
  'kind': (string);
  /**
   * The systems it binds.
   */
  'systems': (string)[];
  /**
   * The hosts of `prefer-hosts` / `only-hosts` (empty otherwise).
   */
  'hosts': (string)[];
}
