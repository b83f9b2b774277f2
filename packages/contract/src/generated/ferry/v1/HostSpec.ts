// Original file: proto/ferry/v1/events.proto


/**
 * What an operator registers about a hypervisor host.
 */
export interface HostSpec {
  /**
   * Unique host name.
   */
  'name'?: (string);
  /**
   * Address to reach its SSH server (name or IP).
   */
  'address'?: (string);
  /**
   * SSH port.
   */
  'port'?: (number);
  /**
   * SSH login user.
   */
  'user'?: (string);
  /**
   * Virtualization type: `kvm`, `xen` or `openvz`.
   */
  'type'?: (string);
  /**
   * Free-form tags; a `location` tag or any tag can select the host into a failover group.
   */
  'tags'?: (string)[];
  /**
   * Where the SSH private key comes from: `file:/path/on/node` (the key stays on the node) or `sealed:` (encrypted in `sealed_key`).
   * Output only: the node sets it from RegisterHostRequest.key_file or .private_key; a request that sets it is refused.
   */
  'credentialsRef'?: (string);
  /**
   * The private key encrypted with the cluster key (AES-256-GCM), base64; empty unless credentials_ref is `sealed:`.
   * Output only, like credentials_ref.
   */
  'sealedKey'?: (string);
  /**
   * Fencing method: `command` (power off with fence_command, confirm with power_status_command) or `none-unsafe`.
   */
  'fenceMethod'?: (string);
  /**
   * Command run on the Ferry node to power the host off.
   */
  'fenceCommand'?: (string);
  /**
   * Command run on the Ferry node printing `on` or `off`.
   */
  'powerStatusCommand'?: (string);
  /**
   * Host groups (Cloudmin's "system groups") this host belongs to.
   */
  'hostGroups'?: (string)[];
}

/**
 * What an operator registers about a hypervisor host.
 */
export interface HostSpec__Output {
  /**
   * Unique host name.
   */
  'name': (string);
  /**
   * Address to reach its SSH server (name or IP).
   */
  'address': (string);
  /**
   * SSH port.
   */
  'port': (number);
  /**
   * SSH login user.
   */
  'user': (string);
  /**
   * Virtualization type: `kvm`, `xen` or `openvz`.
   */
  'type': (string);
  /**
   * Free-form tags; a `location` tag or any tag can select the host into a failover group.
   */
  'tags': (string)[];
  /**
   * Where the SSH private key comes from: `file:/path/on/node` (the key stays on the node) or `sealed:` (encrypted in `sealed_key`).
   * Output only: the node sets it from RegisterHostRequest.key_file or .private_key; a request that sets it is refused.
   */
  'credentialsRef': (string);
  /**
   * The private key encrypted with the cluster key (AES-256-GCM), base64; empty unless credentials_ref is `sealed:`.
   * Output only, like credentials_ref.
   */
  'sealedKey': (string);
  /**
   * Fencing method: `command` (power off with fence_command, confirm with power_status_command) or `none-unsafe`.
   */
  'fenceMethod': (string);
  /**
   * Command run on the Ferry node to power the host off.
   */
  'fenceCommand': (string);
  /**
   * Command run on the Ferry node printing `on` or `off`.
   */
  'powerStatusCommand': (string);
  /**
   * Host groups (Cloudmin's "system groups") this host belongs to.
   */
  'hostGroups': (string)[];
}
