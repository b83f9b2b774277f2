// Runs the driver conformance suite against the kvm driver on two real lab hosts.
import { driverFor } from '../src/index.js';
import { runDriverConformance } from './conformance.js';
import { startLab } from './lab-hosts.js';

runDriverConformance(driverFor('kvm'), {
  async start() {
    const lab = await startLab('kvm', 2, 2);
    return { hosts: lab.hosts, doubleRuns: () => lab.lab.doubleRuns(), stop: () => lab.down() };
  },
});
