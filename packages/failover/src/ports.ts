// Ports of the failover engine: everything it needs from the outside world (time, hosts, the event log, mail,
// the daemon's current state). The daemon passes adapters in; the simulator passes simulated ones.

import type { FailoverEvent } from './events.js';
import type { ClusterSnapshot } from './types.js';

/** A scheduled callback that can be cancelled. */
export interface TimerHandle {
  cancel(): void;
}

/** Time source. The simulator uses a virtual clock. */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  /** Calls `fn` once after `delayMs`. */
  setTimer(delayMs: number, fn: () => void): TimerHandle;
}

/**
 * Context of every host-side action: the epoch of the master that acts. An adapter must refuse an action
 * whose epoch is below the highest it knows (for example an epoch file on the group's shared storage),
 * answering with code `stale-epoch`.
 */
export interface ActionContext {
  epoch: number;
}

/** Result of a host-side action. `code` is `stale-epoch` when the actor's epoch was refused. */
export type ActionResult = { ok: true; note?: string } | { ok: false; code?: string; message: string };

/** Result of defining a system on a target. `defined: true` on failure means only the start failed. */
export type DefineResult =
  | { ok: true; note?: string }
  | { ok: false; code?: string; message: string; defined?: boolean };

/** Power status of a host as read by its out-of-band fencing device. */
export type PowerStatus = 'on' | 'off' | 'unknown';

/** What the engine does to hosts. Every method may also throw; a thrown error counts as a failure. */
export interface HostControl {
  /** Runs the host's fence (power-off) command. `ok` means the command reported success, not that power is off. */
  fence(host: string, ctx: ActionContext): Promise<ActionResult>;
  /** Reads the host's power status through its fencing device. */
  powerStatus(host: string, ctx: ActionContext): Promise<PowerStatus>;
  /**
   * Defines `system` (from its captured definition) on `target`, and starts it when `opts.start`. Must be
   * idempotent: if the system is already defined (and running, when a start is asked) there, answer ok.
   */
  define(target: string, system: string, opts: { start: boolean } & ActionContext): Promise<DefineResult>;
  /** Stops and undefines `system` on `host` (a host that came back). Idempotent: absent counts as ok. */
  stopAndRemove(host: string, system: string, ctx: ActionContext): Promise<ActionResult>;
  /**
   * Reads whether `system` holds memory on `host` now (`running`: running, paused, crashed), is only defined
   * (`stopped`), is not there (`absent`), or cannot be told (`unknown`: unreachable, unreadable). A read: no epoch
   * guard. A planned move starts a system on its target only after its source answered `stopped` or `absent`.
   */
  systemState(host: string, system: string, ctx: ActionContext): Promise<SystemPresence>;
  /**
   * Live-migrates the running `system` from `from` to `to` with the hypervisor's tool (its definition goes with it).
   * `ok` means the tool reported success; the engine reads both hosts back before it believes either answer.
   */
  migrate(from: string, to: string, system: string, ctx: ActionContext): Promise<ActionResult>;
}

/** What {@link HostControl.systemState} reads. */
export type SystemPresence = 'running' | 'stopped' | 'absent' | 'unknown';

/**
 * The failover part of the event log. `append` resolves only when the events are durable, and rejects with
 * code `stale-epoch` when this node is no longer the master. `read` returns every failover event in log order.
 */
export interface FailoverJournal {
  append(events: readonly FailoverEvent[]): Promise<void>;
  read(): Promise<readonly FailoverEvent[]>;
}

/** One outgoing mail. */
export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
}

/** Sends mail. Must not throw into the engine for delivery problems (the engine also guards against it). */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** Read access to the daemon's current state (projections and live measurements). Synchronous on purpose. */
export interface ClusterView {
  snapshot(): ClusterSnapshot;
}
