// `hosts add --check`: before registering, prove the host answers over SSH with these credentials and runs the
// hypervisor tools of its type; refuse with exactly what is wrong otherwise. Nothing is pinned by a check.
import { ApiError } from '@ferry/api';
import { driverFor, fetchHostKey, probeFailureKind } from '@ferry/hypervisors';
import { normalizeHostSpec, type HostEntity } from '@ferry/model';
import type { HostSpec } from '@ferry/contract';
import type { HostAccess } from './host-access.js';

const CHECK_TIMEOUT_MS = 10_000;

/** Probes a host that is not registered yet; resolves when it is usable, rejects with the reason otherwise. */
export async function checkHost(access: HostAccess, input: HostSpec): Promise<void> {
  const spec = normalizeHostSpec(input);
  let fingerprint: string;
  try {
    fingerprint = (await fetchHostKey(spec.address, spec.port, CHECK_TIMEOUT_MS)).fingerprint;
  } catch (err) {
    throw new ApiError(
      'FAILED_PRECONDITION',
      `check failed: no SSH server answers at ${spec.address}:${spec.port} (${(err as Error).message})`,
    );
  }
  const entity: HostEntity = {
    spec,
    state: 'unknown',
    stateReason: '',
    stateSince: '',
    downSince: '',
    fingerprint,
    confirmedDown: false,
    maintenance: false,
    version: 0,
  };
  try {
    await driverFor(spec.type).probe(access.runner(entity, CHECK_TIMEOUT_MS));
  } catch (err) {
    const kind = probeFailureKind(err);
    const what =
      kind === 'auth'
        ? 'SSH login failed (wrong user or key)'
        : kind === 'command'
          ? `the host does not answer like a ${spec.type} host (wrong --type?)`
          : 'SSH failed';
    throw new ApiError('FAILED_PRECONDITION', `check failed: ${what}: ${(err as Error).message}`);
  } finally {
    access.forget(spec.name);
  }
}
