// The closed sets of values Ferry's events, API and CLI use, as texts: as the log stores them and the CLI shows them
// (`down`; the API's enums carry them as HOST_STATE_DOWN, see wire.ts). One place for each set, which the model, the
// failover core and the CLI import instead of declaring it again. Sets whose enum in control.proto has the same name
// are named `…Text` here.

/** Virtualization types Ferry drives. */
export const VIRT_TYPES = ['kvm', 'xen', 'openvz'] as const;
/** A virtualization type. */
export type VirtType = (typeof VIRT_TYPES)[number];

/**
 * Host states; only transitions between them are events. `probe-error`: the host answers, but its probe output
 * could not be read at all (never counts toward `down`).
 */
export const HOST_STATES = ['unknown', 'up', 'unreachable', 'probe-error', 'down', 'fenced'] as const;
/** A host state. */
export type HostStateText = (typeof HOST_STATES)[number];

/** System states as discovered on hosts. */
export const SYSTEM_STATES = ['running', 'stopped'] as const;
/** A system state as discovered. */
export type SystemStateText = (typeof SYSTEM_STATES)[number];

/** How a host is fenced: an out-of-band power-off command, or none (restart without confirmation). */
export const FENCE_METHODS = ['command', 'none-unsafe'] as const;
/** A fence method. */
export type FenceMethod = (typeof FENCE_METHODS)[number];

/** Failover modes of a group. */
export const GROUP_MODES = ['automatic', 'manual'] as const;
/** A failover mode. */
export type GroupMode = (typeof GROUP_MODES)[number];

/** Placement policies of a group. */
export const PLACEMENTS = ['most-free-ram', 'first-fit', 'spread'] as const;
/** A placement policy. */
export type Placement = (typeof PLACEMENTS)[number];

/** Roles of API tokens. */
export const TOKEN_ROLES = ['admin', 'operator', 'viewer'] as const;
/** A token role. */
export type TokenRoleText = (typeof TOKEN_ROLES)[number];
