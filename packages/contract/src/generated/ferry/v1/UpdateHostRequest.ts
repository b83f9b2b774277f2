// Original file: proto/ferry/v1/control.proto


/**
 * Changes fields of a host; unset fields stay as they are.
 */
export interface UpdateHostRequest {
  /**
   * The host.
   */
  'name'?: (string);
  /**
   * New address.
   */
  'address'?: (string);
  /**
   * New SSH port.
   */
  'port'?: (number);
  /**
   * New SSH user.
   */
  'user'?: (string);
  /**
   * New tags (replaces the list when `set_tags` is true).
   */
  'tags'?: (string)[];
  /**
   * Whether `tags` replaces the tag list.
   */
  'setTags'?: (boolean);
  /**
   * New key file path on the node.
   */
  'keyFile'?: (string);
  /**
   * New fencing method.
   */
  'fenceMethod'?: (string);
  /**
   * New fence command.
   */
  'fenceCommand'?: (string);
  /**
   * New power-status command.
   */
  'powerStatusCommand'?: (string);
  /**
   * New host groups (replaces the list when `set_host_groups` is true).
   */
  'hostGroups'?: (string)[];
  /**
   * Whether `host_groups` replaces the list.
   */
  'setHostGroups'?: (boolean);
  '_address'?: "address";
  '_port'?: "port";
  '_user'?: "user";
  '_keyFile'?: "keyFile";
  '_fenceMethod'?: "fenceMethod";
  '_fenceCommand'?: "fenceCommand";
  '_powerStatusCommand'?: "powerStatusCommand";
}

/**
 * Changes fields of a host; unset fields stay as they are.
 */
export interface UpdateHostRequest__Output {
  /**
   * The host.
   */
  'name': (string);
  /**
   * New address.
   */
  'address'?: (string);
  /**
   * New SSH port.
   */
  'port'?: (number);
  /**
   * New SSH user.
   */
  'user'?: (string);
  /**
   * New tags (replaces the list when `set_tags` is true).
   */
  'tags': (string)[];
  /**
   * Whether `tags` replaces the tag list.
   */
  'setTags': (boolean);
  /**
   * New key file path on the node.
   */
  'keyFile'?: (string);
  /**
   * New fencing method.
   */
  'fenceMethod'?: (string);
  /**
   * New fence command.
   */
  'fenceCommand'?: (string);
  /**
   * New power-status command.
   */
  'powerStatusCommand'?: (string);
  /**
   * New host groups (replaces the list when `set_host_groups` is true).
   */
  'hostGroups': (string)[];
  /**
   * Whether `host_groups` replaces the list.
   */
  'setHostGroups': (boolean);
  '_address'?: "address";
  '_port'?: "port";
  '_user'?: "user";
  '_keyFile'?: "keyFile";
  '_fenceMethod'?: "fenceMethod";
  '_fenceCommand'?: "fenceCommand";
  '_powerStatusCommand'?: "powerStatusCommand";
}
