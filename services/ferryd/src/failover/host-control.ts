// The failover engine's HostControl port on real hosts: fencing and power status through the commands configured
// per host (run on this node, with FERRY_EPOCH set), define/start and stop/remove through the hypervisor drivers,
// each behind the group's host-side epoch guard when the group has an epoch file.
import { execFile } from 'node:child_process';
import { driverFor, type CommandRunner } from '@ferry/hypervisors';
import type { HostEntity } from '@ferry/model';
import type { ActionResult, DefineResult, HostControl, PowerStatus } from '@ferry/failover';
import type { FerryNode } from '../node.js';
import type { HostAccess } from '../hosts/host-access.js';
import { epochFileOf, guardEpoch, type GuardRefusal } from './epoch-guard.js';

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
  /** The guard's refusal, if any; a stale-epoch refusal also fences this node, as a newer master's announcement would. */
  const guarded = async (h: HostEntity, runner: CommandRunner, epoch: number): Promise<GuardRefusal | undefined> => {
    const file = epochFileOf(node.state, h);
    const refusal = file ? await guardEpoch(runner, file, epoch) : undefined;
    if (refusal?.newerEpoch !== undefined) {
      const reason = `host ${h.spec.name}'s epoch file holds epoch ${refusal.newerEpoch}`;
      node.logger.warn({ host: h.spec.name, file, epoch, newerEpoch: refusal.newerEpoch }, 'a host refused this master: its epoch file holds a newer epoch');
      // Writes stop at once; the role change (which stops this engine) is not awaited from inside the engine.
      await node.log.observeEpoch(refusal.newerEpoch).then(() => void node.fence(reason, ''), (err: unknown) => node.logger.error({ err }, 'could not record the newer epoch'));
    }
    return refusal;
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
    async define(target, system, { start, epoch }): Promise<DefineResult> {
      try {
        const h = host(target);
        const s = node.state.systems.get(system);
        if (!s?.definition) return { ok: false, code: 'no-definition', message: `no captured definition of ${system}` };
        const driver = driverFor(h.spec.type);
        const runner = access.runner(h, ACTION_TIMEOUT_MS);
        const refused = await guarded(h, runner, epoch);
        if (refused) return refused;
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
    async stopAndRemove(name, system, { epoch }): Promise<ActionResult> {
      try {
        const h = host(name);
        const runner = access.runner(h, ACTION_TIMEOUT_MS);
        const refused = await guarded(h, runner, epoch);
        if (refused) return refused;
        await driverFor(h.spec.type).stopAndRemove(runner, system);
        return { ok: true };
      } catch (err) {
        return failed(err);
      }
    },
  };
}
