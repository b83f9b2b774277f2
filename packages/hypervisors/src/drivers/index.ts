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
}

/** The driver for a virtualization type; throws UnsupportedHypervisorError for anything else. */
export function driverFor(type: HypervisorType | string, opts: DriverOptions = {}): HypervisorDriver {
  switch (type) {
    case 'kvm':
      return new KvmDriver();
    case 'xen':
      return new XenDriver(opts.xenConfigDir);
    case 'openvz':
      return new OpenvzDriver(opts.openvzConfDir);
    default:
      throw new UnsupportedHypervisorError(type);
  }
}
