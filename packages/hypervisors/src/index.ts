// Public API of @ferry/hypervisors: the SSH pool, host key helpers, the hypervisor drivers and errors.
export { SshPool, type SshPoolOptions, type SshPoolStats } from './ssh-pool.js';
export type { HostRef, ExecOptions, ExecResult, CommandRunner } from './host-ref.js';
export { fetchHostKey, type PresentedHostKey } from './ssh-connect.js';
export { fingerprintOf, keyTypeOf, normalizeFingerprint } from './fingerprint.js';
export { driverFor, type DriverOptions } from './drivers/index.js';
export type {
  HypervisorDriver,
  HypervisorType,
  HostProbe,
  SystemInfo,
  SystemState,
  DefineOptions,
} from './drivers/types.js';
export {
  KvmDriver,
  parseVirshUuids,
  parseKvmProbe,
  kvmProbeCommand,
  type KvmDriverOptions,
  type KvmDefinitionFacts,
} from './drivers/kvm.js';
export { parseLibvirtDomain, type LibvirtDomainFacts } from './drivers/libvirt-xml.js';
export { XenDriver, parseXlList, parseXlInfo, parseXlCfg, parseXenProbe } from './drivers/xen.js';
export {
  OpenvzDriver,
  parseVzlist,
  parseVzConfMemoryMiB,
  parseVzConfName,
  parseOpenvzProbe,
  vzDefinition,
  splitVzDefinition,
} from './drivers/openvz.js';
export { parseFreeM, parseLoadavg, hashDefinition, type FreeMemory } from './drivers/parsers.js';
export * from './errors.js';
