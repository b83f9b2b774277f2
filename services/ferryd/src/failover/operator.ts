// Operator commands of failover (ForceFailover, ConfirmDown) on top of the running engine, with clear refusals.
import { ApiError } from '@ferry/api';
import type { ForceFailoverRequest__Output } from '@ferry/contract';
import type { FerryNode } from '../node.js';
import { failoverRecords, type FailoverView } from '../views.js';
import type { FailoverDuty } from './failover-duty.js';

const FORCE_WAIT_MS = 120_000;

const REFUSAL_STATUS: Record<string, 'NOT_FOUND' | 'FAILED_PRECONDITION'> = { 'unknown-system': 'NOT_FOUND' };

/** Operator-facing failover commands. */
export function failoverOperator(node: FerryNode, engine: () => FailoverDuty | undefined) {
  const running = () => {
    const e = engine();
    if (!e) throw new ApiError('FAILED_PRECONDITION', `failover runs on the master; this node is ${node.role}`);
    return e;
  };
  return {
    /** Forces a failover and waits (up to two minutes) for it to finish. */
    async forceFailover(req: ForceFailoverRequest__Output, actor: string): Promise<FailoverView> {
      const e = running();
      const system = node.state.requireSystem(req.system);
      const source = node.state.hosts.get(system.host);
      if (req.sourceIsDead && source && source.state !== 'up') await e.confirmDown(source.spec.name, actor);
      const result = await e.force({
        system: req.system,
        ...(req.targetHost ? { target: req.targetHost } : {}),
        ...(req.start !== undefined ? { start: req.start } : {}),
        by: actor,
      });
      if (!result.ok)
        throw new ApiError(REFUSAL_STATUS[result.code] ?? 'FAILED_PRECONDITION', `${result.reason} (${result.code})`);
      await Promise.race([result.done, new Promise((r) => setTimeout(r, FORCE_WAIT_MS))]);
      const f = node.state.failovers.get(result.id);
      const record = f ? failoverRecords(f).find((r) => r.system === req.system) : undefined;
      return (
        record ?? {
          id: result.id,
          system: req.system,
          from: system.host,
          to: req.targetHost,
          outcome: 'in-progress',
          reason: '',
          started: false,
          at: new Date().toISOString(),
          finishedAt: '',
          failoverAt: '',
        }
      );
    },
    /** An operator vouches that a host is dead. */
    async confirmDown(host: string, actor: string): Promise<void> {
      const h = node.state.hosts.get(host);
      if (h?.state === 'up')
        throw new ApiError(
          'FAILED_PRECONDITION',
          `host "${host}" answers probes (state up); Ferry will not treat a live host as dead`,
        );
      const r = await running().confirmDown(host, actor);
      if (r && typeof r === 'object' && 'ok' in r && !r.ok)
        throw new ApiError('FAILED_PRECONDITION', String((r as { reason?: string }).reason ?? 'refused'));
    },
    /** An operator releases a group's mass-failure brake. */
    async releaseBrake(group: string, actor: string): Promise<string[]> {
      const r = await running().releaseBrake(group, actor);
      if (!r.ok) throw new ApiError('FAILED_PRECONDITION', `${r.reason} (${r.code})`);
      return r.acknowledged;
    },
  };
}
