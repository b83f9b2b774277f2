// The failover engine's HostControl port on real hosts: fencing and power status through the commands configured
// per host (run on this node, with FERRY_EPOCH set), define/start, stop/remove, live migration and presence reads through
// the hypervisor drivers.
// Every action but a power-status read is refused as `stale-epoch` when this node's log knows a newer epoch, and,
// when the host's group has an epoch file, when the file holds a newer one (the guard runs on the host itself, or
// for a fence, which cannot reach the host it powers off, on another member sharing the file). This is the
// contract @ferry/failover's conformance suite checks for the simulated and this adapter alike.
import { execFile } from 'node:child_process';
import { driverFor, type CommandRunner } from '@ferry/hypervisors';
import type { ActionResult, DefineResult, HostControl, PowerStatus, SystemPresence } from '@ferry/failover';
import type { FerryNode } from '../node.js';
import type { HostAccess } from '../hosts/host-access.js';
import { epochFileOf, guardEpoch, type GuardRefusal } from './epoch-guard.js';

const COMMAND_TIMEOUT_MS = 30_000;
const ACTION_TIMEOUT_MS = 60_000;

/** What the adapter needs to know of a host. */
export interface ControlledHost {
  type: string;
  fenceMethod: string;
  fenceCommand: string;
  powerStatusCommand: string;
  /** The group's epoch file on shared storage ('' when none). */
  epochFile: string;
  /** Its SSH endpoint (where another host's live migration reaches it). */
  address: string;
  port: number;
  user: string;
}

/** The adapter's own ports: registered hosts, SSH runners, captured definitions, this node's epochs. */
export interface HostControlDeps {
  /** The host named `name`; throws for an unregistered one. */
  host(name: string): ControlledHost;
  /** A command runner on `name`. */
  runner(name: string, timeoutMs: number): CommandRunner;
  /** Other members that share `name`'s epoch file, in the order to try them (for guarding a fence). */
  peersSharingEpochFile(name: string): string[];
  /** The captured definition of `system`, if any. */
  definition(system: string): string | undefined;
  /** The highest epoch this node knows. */
  knownEpoch(): number;
  /** A host refused this master: its epoch file holds `epoch`; the node stops writing. */
  newerEpoch(epoch: number, reason: string): Promise<void>;
}

function runLocal(command: string, epoch: number): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    execFile(
      '/bin/sh',
      ['-c', command],
      { timeout: COMMAND_TIMEOUT_MS, env: { ...process.env, FERRY_EPOCH: String(epoch) }, maxBuffer: 1 << 20 },
      (err, stdout, stderr) =>
        resolve({ ok: !err, output: `${stdout}${stderr}`.trim().slice(0, 2_000) || (err ? err.message : '') }),
    );
  });
}

const failed = (err: unknown): { ok: false; message: string } => ({
  ok: false,
  message: (err as Error).message.slice(0, 500),
});

/** HostControl over configured commands and SSH drivers. */
export function createHostControl(deps: HostControlDeps): HostControl {
  /** Refusal when this node itself knows a newer epoch. */
  const known = (epoch: number): GuardRefusal | undefined => {
    const k = deps.knownEpoch();
    return k > epoch
      ? { ok: false, code: 'stale-epoch', message: `this node knows epoch ${k}; an action of epoch ${epoch} is stale` }
      : undefined;
  };
  /** The guard's refusal on `on` for `file`, if any; a stale refusal also stops this node's writes. */
  const guardOn = async (on: string, file: string, epoch: number): Promise<GuardRefusal | undefined> => {
    const refusal = await guardEpoch(deps.runner(on, ACTION_TIMEOUT_MS), file, epoch);
    if (refusal?.newerEpoch !== undefined)
      await deps.newerEpoch(refusal.newerEpoch, `host ${on}'s epoch file holds epoch ${refusal.newerEpoch}`);
    return refusal;
  };
  /** Guards an action on `name` itself. */
  const guarded = async (name: string, epoch: number): Promise<GuardRefusal | undefined> => {
    const file = deps.host(name).epochFile;
    return known(epoch) ?? (file ? await guardOn(name, file, epoch) : undefined);
  };
  /** Guards a fence of `name` on the first other member sharing its epoch file that answers. */
  const guardedFence = async (name: string, epoch: number): Promise<GuardRefusal | undefined> => {
    const stale = known(epoch);
    const file = deps.host(name).epochFile;
    if (stale || !file) return stale;
    const tried: string[] = [];
    for (const peer of deps.peersSharingEpochFile(name)) {
      const r = await guardOn(peer, file, epoch).catch(
        (err: unknown) => ({ ...failed(err), code: 'epoch-guard-failed' }) as GuardRefusal,
      );
      if (r?.code !== 'epoch-guard-failed') return r;
      tried.push(r.message);
    }
    return {
      ok: false,
      code: 'epoch-guard-failed',
      message: `no other member of ${name}'s group could check epoch file ${file}${tried.length ? `: ${tried.join('; ')}` : ''}`,
    };
  };
  return {
    async fence(name, { epoch }): Promise<ActionResult> {
      const h = deps.host(name);
      if (h.fenceMethod === 'none-unsafe') return { ok: true, note: 'fence method none-unsafe: nothing done' };
      if (!h.fenceCommand)
        return {
          ok: false,
          code: 'no-fence-command',
          message: `host "${name}" has no fence command (hosts update ${name} --fence-command …)`,
        };
      const refused = await guardedFence(name, epoch);
      if (refused) return refused;
      const r = await runLocal(h.fenceCommand, epoch);
      return r.ok ? { ok: true, note: r.output } : { ok: false, code: 'fence-failed', message: r.output };
    },
    async powerStatus(name, { epoch }): Promise<PowerStatus> {
      const h = deps.host(name);
      if (!h.powerStatusCommand) return 'unknown';
      const r = await runLocal(h.powerStatusCommand, epoch);
      const word = r.output.split(/\s+/).pop()?.toLowerCase();
      return r.ok && (word === 'on' || word === 'off') ? word : 'unknown';
    },
    async define(target, system, { start, epoch }): Promise<DefineResult> {
      try {
        const h = deps.host(target);
        const definition = deps.definition(system);
        if (!definition) return { ok: false, code: 'no-definition', message: `no captured definition of ${system}` };
        const refused = await guarded(target, epoch);
        if (refused) return refused;
        const driver = driverFor(h.type);
        const runner = deps.runner(target, ACTION_TIMEOUT_MS);
        await driver.define(runner, system, definition, { start: false });
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
        const h = deps.host(name);
        const refused = await guarded(name, epoch);
        if (refused) return refused;
        await driverFor(h.type).stopAndRemove(deps.runner(name, ACTION_TIMEOUT_MS), system);
        return { ok: true };
      } catch (err) {
        return failed(err);
      }
    },
    async migrate(from, to, system, { epoch }): Promise<ActionResult> {
      try {
        const src = deps.host(from);
        const dst = deps.host(to);
        const refused = (await guarded(to, epoch)) ?? (await guarded(from, epoch));
        if (refused) return refused;
        const driver = driverFor(src.type);
        if (!driver.migrationMovesDefinition) {
          const definition = deps.definition(system);
          if (!definition) return { ok: false, code: 'no-definition', message: `no captured definition of ${system}` };
          await driver.define(deps.runner(to, ACTION_TIMEOUT_MS), system, definition, { start: false });
        }
        await driver.migrate(deps.runner(from, ACTION_TIMEOUT_MS), system, {
          address: dst.address,
          port: dst.port,
          user: dst.user,
        });
        if (!driver.migrationMovesDefinition) await driver.stopAndRemove(deps.runner(from, ACTION_TIMEOUT_MS), system);
        return { ok: true };
      } catch (err) {
        return { ...failed(err), code: 'migrate-failed' };
      }
    },
    async systemState(name, system): Promise<SystemPresence> {
      try {
        const h = deps.host(name);
        const probe = await driverFor(h.type).probe(deps.runner(name, ACTION_TIMEOUT_MS));
        const s = probe.systems.find((x) => x.name === system);
        return s === undefined ? 'absent' : s.state;
      } catch {
        return 'unknown';
      }
    },
  };
}

/** The adapter over a node's registered hosts and its SSH access. */
export function hostControl(node: FerryNode, access: HostAccess): HostControl {
  const entity = (name: string) => {
    const h = node.state.hosts.get(name);
    if (!h) throw new Error(`host "${name}" is not registered`);
    return h;
  };
  return createHostControl({
    host: (name) => {
      const h = entity(name);
      return {
        type: h.spec.type,
        fenceMethod: h.spec.fenceMethod,
        fenceCommand: h.spec.fenceCommand,
        powerStatusCommand: h.spec.powerStatusCommand,
        epochFile: epochFileOf(node.state, h),
        address: h.spec.address,
        port: h.spec.port,
        user: h.spec.user,
      };
    },
    runner: (name, timeoutMs) => access.runner(entity(name), timeoutMs),
    peersSharingEpochFile: (name) => {
      const h = entity(name);
      const file = epochFileOf(node.state, h);
      const members = node.state.groupsOfHost(name).flatMap((g) => node.state.groupMembers(g));
      return [...new Set(members)].filter(
        (m) => m !== name && node.state.hosts.get(m)?.state === 'up' && epochFileOf(node.state, entity(m)) === file,
      );
    },
    definition: (system) => node.state.systems.get(system)?.definition,
    knownEpoch: () => node.log.knownMaxEpoch,
    newerEpoch: async (epoch, reason) => {
      node.logger.warn({ epoch, reason }, 'a host refused this master: its epoch file holds a newer epoch');
      // Writes stop at once; the role change (which stops this engine) is not awaited from inside the engine.
      await node.log.observeEpoch(epoch).then(
        () => void node.fence(reason, ''),
        (err: unknown) => node.logger.error({ err }, 'could not record the newer epoch'),
      );
    },
  });
}
