// The driver port: what Ferry can do on a hypervisor host, and what a probe reports.
import type { CommandRunner } from '../host-ref.js';

/** Supported virtualization types. */
export type HypervisorType = 'kvm' | 'xen' | 'openvz';

/**
 * Power state of a virtual system as Ferry sees it: anything holding memory on the host (running, paused, crashed,
 * shutting down) counts as running. `unknown`: the host listed the system but its row or definition could not be
 * read ({@link SystemInfo.problem} says why); nothing may be decided on such a reading.
 */
export type SystemState = 'running' | 'stopped' | 'unknown';

/** One virtual system found on a host. */
export interface SystemInfo {
  /** Name the hypervisor tools address it by (libvirt domain name, xl domain name, OpenVZ CTID). */
  name: string;
  state: SystemState;
  /** Configured memory in MiB. */
  memoryMiB: number;
  /**
   * `hashDefinition()` of the stored definition (libvirt XML, xl cfg, OpenVZ conf), or null when the host
   * runs the system without a stored definition (an xl domain whose cfg is not in the config directory).
   */
  definitionHash: string | null;
  /** Only with state `unknown`: which command printed what Ferry could not read (command, line, reason). */
  problem?: string;
}

/** Live figures of a host from one probe. */
export interface HostProbe {
  memTotalMiB: number;
  /** RAM available for more systems, in MiB. */
  memFreeMiB: number;
  /** 1-minute load average. */
  load1: number;
  systems: SystemInfo[];
}

/** Options of {@link HypervisorDriver.define}. */
export interface DefineOptions {
  /** Start the system after defining it. */
  start: boolean;
}

/** Where a live migration goes: the target host's SSH endpoint, as the source host reaches it. */
export interface MigrationTarget {
  address: string;
  port: number;
  user: string;
}

/**
 * Operations on one kind of hypervisor, issued as shell commands through a {@link CommandRunner}.
 * Every method is idempotent where the underlying action allows it (start of a running system,
 * stop of a stopped one, removal of an absent one are no-ops).
 */
export interface HypervisorDriver {
  readonly type: HypervisorType;
  /** RAM, load and systems of the host, in one SSH round trip. */
  probe(conn: CommandRunner): Promise<HostProbe>;
  /** The stored definition of a system, exactly as the tools print it. SystemNotFoundError when absent. */
  captureDefinition(conn: CommandRunner, name: string): Promise<string>;
  /** Stores a definition on the host (replacing one of the same name) and optionally starts the system. */
  define(conn: CommandRunner, name: string, definition: string, opts: DefineOptions): Promise<void>;
  /** Forcefully stops (if running) and removes the definition (if present). Never deletes disks or private areas. */
  stopAndRemove(conn: CommandRunner, name: string): Promise<void>;
  /** Starts a defined system; no-op when it already runs. */
  start(conn: CommandRunner, name: string): Promise<void>;
  /** Forcefully stops (powers off) a system; no-op when it is not running. */
  stop(conn: CommandRunner, name: string): Promise<void>;
  /**
   * Live-migrates the running system to `target` with the hypervisor's own tool, run on the source host (which
   * reaches the target over SSH; its disks must be on storage both share). Rejects when the tool fails; the system
   * then still runs on the source, or (rarely) the tool's message says otherwise.
   */
  migrate(conn: CommandRunner, name: string, target: MigrationTarget): Promise<void>;
  /**
   * Whether `migrate` also moves the stored definition (libvirt `--persistent --undefinesource`, vzmigrate); when
   * false (xl: a domain's config travels in the stream, not into the target's config directory) the caller defines
   * it on the target first and removes it from the source after.
   */
  readonly migrationMovesDefinition: boolean;
}
