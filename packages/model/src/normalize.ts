// Fills every field of host and group specs with its default, so entities never hold holes.
import type { GroupSpec, HostSpec } from '@ferry/contract';
import type { FullGroupSpec } from './types.js';

/** A host spec with every field present. */
export function normalizeHostSpec(s: HostSpec): Required<HostSpec> {
  return {
    name: s.name ?? '',
    address: s.address ?? '',
    port: s.port ?? 22,
    user: s.user ?? 'root',
    type: s.type ?? '',
    tags: [...(s.tags ?? [])],
    credentialsRef: s.credentialsRef ?? '',
    sealedKey: s.sealedKey ?? '',
    fenceMethod: s.fenceMethod || 'command',
    fenceCommand: s.fenceCommand ?? '',
    powerStatusCommand: s.powerStatusCommand ?? '',
    hostGroups: [...(s.hostGroups ?? [])],
  };
}

/** Default values of a group's optional fields. */
export const GROUP_DEFAULTS = {
  mode: 'automatic',
  placement: 'most-free-ram',
  parallelism: 4,
  fence: 'command',
  timeoutSec: 60,
  brakeMaxDownShare: 0.5,
  brakeWindowSec: 5,
  failbackAfterSec: 300,
} as const;

/** A group spec with every field present. */
export function normalizeGroupSpec(s: GroupSpec): FullGroupSpec {
  return {
    name: s.name ?? '',
    type: s.type ?? '',
    description: s.description ?? '',
    mode: s.mode || GROUP_DEFAULTS.mode,
    hosts: [...(s.hosts ?? [])],
    location: s.location ?? '',
    hostGroup: s.hostGroup ?? '',
    systems: [...(s.systems ?? [])],
    timeoutSec: Number(s.timeoutSec ?? GROUP_DEFAULTS.timeoutSec),
    notifyOwners: s.notifyOwners ?? false,
    placement: s.placement || GROUP_DEFAULTS.placement,
    parallelism: s.parallelism || GROUP_DEFAULTS.parallelism,
    fence: s.fence || GROUP_DEFAULTS.fence,
    brakeMaxDownShare: Number(s.brakeMaxDownShare ?? GROUP_DEFAULTS.brakeMaxDownShare),
    brakeWindowSec: Number(s.brakeWindowSec ?? GROUP_DEFAULTS.brakeWindowSec),
    epochFile: s.epochFile ?? '',
    failback: s.failback ?? false,
    failbackAfterSec: Number(s.failbackAfterSec || GROUP_DEFAULTS.failbackAfterSec),
  };
}
