// Original file: proto/ferry/v1/control.proto

/**
 * Virtualization type of a host or group.
 */
export const VirtualizationType = {
  /**
   * Not given (in a filter: any type).
   */
  VIRTUALIZATION_TYPE_UNSPECIFIED: 'VIRTUALIZATION_TYPE_UNSPECIFIED',
  /**
   * KVM through libvirt.
   */
  VIRTUALIZATION_TYPE_KVM: 'VIRTUALIZATION_TYPE_KVM',
  /**
   * Xen.
   */
  VIRTUALIZATION_TYPE_XEN: 'VIRTUALIZATION_TYPE_XEN',
  /**
   * OpenVZ containers.
   */
  VIRTUALIZATION_TYPE_OPENVZ: 'VIRTUALIZATION_TYPE_OPENVZ',
} as const;

/**
 * Virtualization type of a host or group.
 */
export type VirtualizationType =
  /**
   * Not given (in a filter: any type).
   */
  | 'VIRTUALIZATION_TYPE_UNSPECIFIED'
  | 0
  /**
   * KVM through libvirt.
   */
  | 'VIRTUALIZATION_TYPE_KVM'
  | 1
  /**
   * Xen.
   */
  | 'VIRTUALIZATION_TYPE_XEN'
  | 2
  /**
   * OpenVZ containers.
   */
  | 'VIRTUALIZATION_TYPE_OPENVZ'
  | 3

/**
 * Virtualization type of a host or group.
 */
export type VirtualizationType__Output = typeof VirtualizationType[keyof typeof VirtualizationType]
