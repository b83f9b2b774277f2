// Original file: proto/ferry/v1/events.proto


/**
 * A failover group's full specification.
 */
export interface GroupSpec {
  /**
   * Unique group name.
   */
  'name'?: (string);
  /**
   * Virtualization type of its members: `kvm`, `xen`, `openvz`.
   */
  'type'?: (string);
  /**
   * Free-form description.
   */
  'description'?: (string);
  /**
   * `automatic` or `manual`.
   */
  'mode'?: (string);
  /**
   * Explicit member hosts.
   */
  'hosts'?: (string)[];
  /**
   * Also every host carrying this location tag (empty: none).
   */
  'location'?: (string);
  /**
   * Also every host in this host group (empty: none).
   */
  'hostGroup'?: (string);
  /**
   * Systems allowed to fail over; empty means all.
   */
  'systems'?: (string)[];
  /**
   * Host downtime timeout in seconds before failover starts.
   */
  'timeoutSec'?: (number);
  /**
   * Mail the owners of moved systems too.
   */
  'notifyOwners'?: (boolean);
  /**
   * Placement policy: `most-free-ram` (default), `first-fit` (member order) or `spread` (the member whose share of
   * its RAM in use would be lowest after the placement: balances memory use).
   */
  'placement'?: (string);
  /**
   * Maximum moves in parallel (default 4).
   */
  'parallelism'?: (number);
  /**
   * Fencing method required of members: `command` or `none-unsafe`.
   */
  'fence'?: (string);
  /**
   * Mass-failure brake: pause when more than this share of members (0..1) go down within brake_window_sec.
   */
  'brakeMaxDownShare'?: (number | string);
  /**
   * Window of the mass-failure brake, seconds.
   */
  'brakeWindowSec'?: (number);
  /**
   * Absolute path of an epoch file on the storage the members share (empty: no host-side epoch guard). Before it
   * defines, starts or removes a system on a member, the master raises the number in this file to its epoch under
   * flock, and gives up (the move fails with stale-epoch) when the file already holds a higher one: a master
   * that was replaced but cannot tell yet is refused by the hosts themselves.
   */
  'epochFile'?: (string);
  /**
   * Failback: a system moved off a member by a failover moves back (live where possible) once that member has been
   * up, outside maintenance, for failback_after_sec without going down again. Off by default.
   */
  'failback'?: (boolean);
  /**
   * Seconds a returned member must stay up before its systems move back (default 300).
   */
  'failbackAfterSec'?: (number);
  '_timeoutSec'?: "timeoutSec";
  '_brakeMaxDownShare'?: "brakeMaxDownShare";
  '_brakeWindowSec'?: "brakeWindowSec";
}

/**
 * A failover group's full specification.
 */
export interface GroupSpec__Output {
  /**
   * Unique group name.
   */
  'name': (string);
  /**
   * Virtualization type of its members: `kvm`, `xen`, `openvz`.
   */
  'type': (string);
  /**
   * Free-form description.
   */
  'description': (string);
  /**
   * `automatic` or `manual`.
   */
  'mode': (string);
  /**
   * Explicit member hosts.
   */
  'hosts': (string)[];
  /**
   * Also every host carrying this location tag (empty: none).
   */
  'location': (string);
  /**
   * Also every host in this host group (empty: none).
   */
  'hostGroup': (string);
  /**
   * Systems allowed to fail over; empty means all.
   */
  'systems': (string)[];
  /**
   * Host downtime timeout in seconds before failover starts.
   */
  'timeoutSec'?: (number);
  /**
   * Mail the owners of moved systems too.
   */
  'notifyOwners': (boolean);
  /**
   * Placement policy: `most-free-ram` (default), `first-fit` (member order) or `spread` (the member whose share of
   * its RAM in use would be lowest after the placement: balances memory use).
   */
  'placement': (string);
  /**
   * Maximum moves in parallel (default 4).
   */
  'parallelism': (number);
  /**
   * Fencing method required of members: `command` or `none-unsafe`.
   */
  'fence': (string);
  /**
   * Mass-failure brake: pause when more than this share of members (0..1) go down within brake_window_sec.
   */
  'brakeMaxDownShare'?: (number);
  /**
   * Window of the mass-failure brake, seconds.
   */
  'brakeWindowSec'?: (number);
  /**
   * Absolute path of an epoch file on the storage the members share (empty: no host-side epoch guard). Before it
   * defines, starts or removes a system on a member, the master raises the number in this file to its epoch under
   * flock, and gives up (the move fails with stale-epoch) when the file already holds a higher one: a master
   * that was replaced but cannot tell yet is refused by the hosts themselves.
   */
  'epochFile': (string);
  /**
   * Failback: a system moved off a member by a failover moves back (live where possible) once that member has been
   * up, outside maintenance, for failback_after_sec without going down again. Off by default.
   */
  'failback': (boolean);
  /**
   * Seconds a returned member must stay up before its systems move back (default 300).
   */
  'failbackAfterSec': (number);
  '_timeoutSec'?: "timeoutSec";
  '_brakeMaxDownShare'?: "brakeMaxDownShare";
  '_brakeWindowSec'?: "brakeWindowSec";
}
