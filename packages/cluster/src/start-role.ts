// The role a node takes when it starts: the persisted one, the one given on the command line, or — when the
// command line would demote a master — the persisted master role, kept unless the named master proves a newer
// epoch. A promoted master restarted with an old `--role replica --master OLD` command must not follow the
// node it replaced (which follows it): that leaves the cluster with no master.

import type { PeerView, Role } from './types.js';

/** Input of {@link startRole}. */
export interface StartRoleInput {
  /** The role persisted in the data directory; undefined for a fresh one. */
  persisted: Role | undefined;
  /** The role asked for (command line, environment or default). */
  requested: 'master' | 'replica';
  /** Whether the role was asked for explicitly (not defaulted). */
  explicit: boolean;
  /** The highest epoch this node's log knows. */
  epoch: number;
  /** The master named on the command line ('' when none). */
  requestedMaster: string;
  /** What the named master says about itself; undefined when it did not answer (or none was named). */
  target: PeerView | undefined;
}

/** Decision of {@link startRole}. `warning` is set when the command line was not obeyed, saying why. */
export type StartRoleDecision =
  | { role: Role; switched: boolean; warning?: undefined }
  | { role: 'master'; switched: false; warning: string };

/** Decides the role a starting node takes (pure). */
export function startRole(i: StartRoleInput): StartRoleDecision {
  if (i.persisted === undefined) return { role: i.requested, switched: false };
  if (!i.explicit || i.persisted === i.requested) return { role: i.persisted, switched: false };
  if (i.persisted === 'master' && i.requested === 'replica') {
    const t = i.target;
    if (t !== undefined && t.role === 'master' && t.epoch > i.epoch) return { role: 'replica', switched: true };
    const said =
      t === undefined
        ? `${i.requestedMaster || '(no master named)'} does not answer, so it cannot show a newer epoch`
        : t.role !== 'master'
          ? `${i.requestedMaster} is ${t.role}${t.master ? ` (following ${t.master})` : ''} at epoch ${t.epoch}`
          : `${i.requestedMaster} is master of epoch ${t.epoch}, not newer than this node's epoch ${i.epoch}`;
    return {
      role: 'master',
      switched: false,
      warning:
        `refusing to become a replica of ${i.requestedMaster || '(none)'}: this node is master of epoch ${i.epoch} ` +
        `and ${said}; it keeps the master role. Start it without --role/--master to silence this, or make it a ` +
        `replica with "ferry join" once a master of a newer epoch exists`,
    };
  }
  return { role: i.requested, switched: true };
}
