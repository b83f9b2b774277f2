// The failover engine's HostControl port on real hosts: fencing and power status through the commands configured
// per host (run on this node, with FERRY_EPOCH set), define/start and stop/remove through the hypervisor drivers.
import { execFile } from 'node:child_process';
import { driverFor } from '@ferry/hypervisors';
import type { ActionResult, DefineResult, HostControl, PowerStatus } from '@ferry/failover';
import type { FerryNode } from '../node.js';
import type { HostAccess } from '../hosts/host-access.js';

const COMMAND_TIMEOUT_MS = 30_000;
const ACTION_TIMEOUT_MS = 60_000;

function runLocal(command: string, epoch: number): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    execFile('/bin/sh', ['-c', command], { timeout: COMMAND_TIMEOUT_MS, env: { ...process.env, FERRY_EPOCH: String(epoch) }, maxBuffer: 1 << 20 }, (err, stdout, stderr) =>
      resolve({ ok: !err, output: `${stdout}${stderr}`.trim().slice(0, 2_000) || (err ? err.message : '') }),
    );
  });
}

const failed = (err: unknown): { ok: false; message: string } => ({ ok: false, message: (err as Error).message.slice(0, 500) });

/** HostControl over configured commands and SSH drivers. */
export function hostControl(node: FerryNode, access: HostAccess): HostControl {
  const host = (name: string) => {
    const h = node.state.hosts.get(name);
    if (!h) throw new Error(`host "${name}" is not registered`);
    return h;
  };
  return {
    async fence(name, { epoch }): Promise<ActionResult> {
      const h = host(name);
      if (h.spec.fenceMethod === 'none-unsafe') return { ok: true, note: 'fence method none-unsafe: nothing done' };
      if (!h.spec.fenceCommand) return { ok: false, code: 'no-fence-command', message: `host "${name}" has no fence command (hosts update ${name} --fence-command …)` };
      const r = await runLocal(h.spec.fenceCommand, epoch);
      return r.ok ? { ok: true, note: r.output } : { ok: false, code: 'fence-failed', message: r.output };
    },
    async powerStatus(name, { epoch }): Promise<PowerStatus> {
      const h = host(name);
      if (!h.spec.powerStatusCommand) return 'unknown';
      const r = await runLocal(h.spec.powerStatusCommand, epoch);
      const word = r.output.split(/\s+/).pop()?.toLowerCase();
      return r.ok && (word === 'on' || word === 'off') ? word : 'unknown';
    },
    async define(target, system, { start }): Promise<DefineResult> {
      try {
        const h = host(target);
        const s = node.state.systems.get(system);
        if (!s?.definition) return { ok: false, code: 'no-definition', message: `no captured definition of ${system}` };
        const driver = driverFor(h.spec.type);
        const runner = access.runner(h, ACTION_TIMEOUT_MS);
        await driver.define(runner, system, s.definition, { start: false });
        if (!start) return { ok: true };
        try {
          await driver.start(runner, system);
          return { ok: true };
        } catch (err) {
          return { ...failed(err), code: 'start-failed', defined: true };
        }
      } catch (err) {
        return { ...failed(err), code: 'define-failed' };
      }
    },
    async stopAndRemove(name, system): Promise<ActionResult> {
      try {
        const h = host(name);
        await driverFor(h.spec.type).stopAndRemove(access.runner(h, ACTION_TIMEOUT_MS), system);
        return { ok: true };
      } catch (err) {
        return failed(err);
      }
    },
  };
}
