// Conformance checks of the HostControl port: what every adapter (the simulator's and the daemon's real one)
// must do, so that a scenario run against the simulated hosts says something about the real ones. The checks
// run in order on one subject whose hosts share an epoch file (shared storage): define and remove work and are
// idempotent; an action of an epoch below one already used is refused as `stale-epoch` and changes nothing (a
// fence included); a fence of the current epoch powers the host off and the power status reads `off`.

import { strict as assert } from 'node:assert';
import type { HostControl } from '../ports.js';

/** What a check needs: the adapter, and the truth about the hosts read around it. */
export interface HostControlSubject {
  control: HostControl;
  /** A powered-on host that may be fenced. */
  fenceable: string;
  /** Another host, sharing the epoch file, on which `system` (captured, not defined there) can be defined. */
  target: string;
  system: string;
  /** Whether `host` is powered on (read outside the adapter). */
  poweredOn(host: string): Promise<boolean>;
  /** Whether `system` is defined on `host` (read outside the adapter). */
  definedOn(host: string, system: string): Promise<boolean>;
}

/** One named check. */
export interface ConformanceCheck {
  name: string;
  run(s: HostControlSubject): Promise<void>;
}

const CURRENT = 2;
const STALE = 1;

/** The checks, to be run in this order on one fresh subject. */
export const hostControlChecks: readonly ConformanceCheck[] = [
  {
    name: 'define of the current epoch defines the system, and again answers ok (idempotent)',
    async run(s) {
      assert.deepEqual(await s.control.define(s.target, s.system, { start: false, epoch: CURRENT }), { ok: true });
      assert.equal((await s.control.define(s.target, s.system, { start: false, epoch: CURRENT })).ok, true);
      assert.equal(await s.definedOn(s.target, s.system), true);
    },
  },
  {
    name: 'stopAndRemove of the current epoch removes the system; an absent system counts as removed',
    async run(s) {
      assert.equal((await s.control.stopAndRemove(s.target, s.system, { epoch: CURRENT })).ok, true);
      assert.equal(await s.definedOn(s.target, s.system), false);
      assert.equal((await s.control.stopAndRemove(s.target, s.system, { epoch: CURRENT })).ok, true);
    },
  },
  {
    name: 'define and stopAndRemove of a lower epoch are refused as stale-epoch and change nothing',
    async run(s) {
      const d = await s.control.define(s.target, s.system, { start: true, epoch: STALE });
      assert.equal(d.ok, false);
      assert.equal(!d.ok && d.code, 'stale-epoch');
      assert.equal(await s.definedOn(s.target, s.system), false);
      const r = await s.control.stopAndRemove(s.target, s.system, { epoch: STALE });
      assert.equal(!r.ok && r.code, 'stale-epoch');
    },
  },
  {
    name: 'a fence of a lower epoch is refused as stale-epoch and leaves the host powered on',
    async run(s) {
      const r = await s.control.fence(s.fenceable, { epoch: STALE });
      assert.equal(r.ok, false, 'a stale master fenced a host');
      assert.equal(!r.ok && r.code, 'stale-epoch');
      assert.equal(await s.poweredOn(s.fenceable), true);
    },
  },
  {
    name: 'a fence of the current epoch powers the host off, and its power status reads off',
    async run(s) {
      assert.equal(await s.control.powerStatus(s.fenceable, { epoch: CURRENT }), 'on');
      assert.equal((await s.control.fence(s.fenceable, { epoch: CURRENT })).ok, true);
      assert.equal(await s.control.powerStatus(s.fenceable, { epoch: CURRENT }), 'off');
      assert.equal(await s.poweredOn(s.fenceable), false);
    },
  },
];
