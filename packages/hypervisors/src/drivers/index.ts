// Driver selection by virtualization type.
import type { HypervisorDriver, HypervisorType } from './types.js';
import { UnsupportedHypervisorError } from '../errors.js';
import { KvmDriver } from './kvm.js';
import { XenDriver } from './xen.js';
import { OpenvzDriver } from './openvz.js';

/** Where drivers find stored definitions; defaults are the tools' standard locations. */
export interface DriverOptions {
  /** xl domain cfg directory (default `$XEN_CONFIG_DIR`, else `/etc/xen`). */
  xenConfigDir?: string;
  /** OpenVZ CTID.conf directory (default `$VZ_CONF_DIR`, else `/etc/vz/conf`). */
  openvzConfDir?: string;
  /** KVM: how often a probe re-dumps every domain definition (see KvmDriverOptions, default 300000 ms). */
  definitionRefreshMs?: number;
}

const shared = new Map<string, HypervisorDriver>();

/**
 * The driver for a virtualization type; throws UnsupportedHypervisorError for anything else. Without options
 * the same instance is returned on every call (the KVM driver keeps a per-host definition cache).
 */
export function driverFor(type: HypervisorType | string, opts?: DriverOptions): HypervisorDriver {
  if (opts === undefined) {
    let d = shared.get(type);
    if (!d) {
      d = createDriver(type, {});
      shared.set(type, d);
    }
    return d;
  }
  return createDriver(type, opts);
}

function createDriver(type: string, opts: DriverOptions): HypervisorDriver {
  switch (type) {
    case 'kvm':
      return new KvmDriver(
        opts.definitionRefreshMs === undefined ? {} : { definitionRefreshMs: opts.definitionRefreshMs },
      );
    case 'xen':
      return new XenDriver(opts.xenConfigDir);
    case 'openvz':
      return new OpenvzDriver(opts.openvzConfDir);
    default:
      throw new UnsupportedHypervisorError(type);
  }
}
