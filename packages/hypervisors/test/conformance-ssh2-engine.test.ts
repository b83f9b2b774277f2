// Runs the driver conformance suite for every driver against hosts of the lab's ssh2 engine (the one the
// status-round bench uses): probes, captures, defines, starts and stops over its SSH sessions and shell fallback.
import { driverFor, type HypervisorType } from '../src/index.js';
import { runDriverConformance } from './conformance.js';
import { startLab } from './lab-hosts.js';

for (const type of ['kvm', 'xen', 'openvz'] as HypervisorType[]) {
  runDriverConformance(driverFor(type), {
    async start() {
      const lab = await startLab(type, 2, 2, 'ssh2');
      return { hosts: lab.hosts, doubleRuns: () => lab.lab.doubleRuns(), stop: () => lab.down() };
    },
  });
}
