// Pure: the entity updates a failover event implies, appended atomically with it so the projections stay current:
// a moved system's new host and state (failover or planned move), a host whose fence was confirmed becoming `fenced`.
import type { FerryEvent } from '@ferry/contract';
import { aggregateId, type ClusterState } from './state.js';
import type { NewEvent } from './types.js';

/** The SystemChanged of a system now defined on `to` (running there when `started`). */
function systemMoved(state: ClusterState, system: string, to: string, started: boolean): NewEvent[] {
  const s = state.systems.get(system);
  return [
    {
      aggregate: aggregateId('system', system),
      type: 'SystemChanged',
      body: {
        host: to,
        state: started ? 'running' : 'stopped',
        memoryMib: s?.memoryMiB ?? 0,
        definitionHash: s?.definitionHash ?? '',
      },
    },
  ];
}

/** The entity events `e` implies against the current state (none for most failover events). */
export function failoverImplied(state: ClusterState, e: FerryEvent): NewEvent[] {
  switch (e.type) {
    case 'SystemMoved':
      return systemMoved(state, e.body.system ?? '', e.body.to ?? '', e.body.started === true);
    case 'SystemMoveFinished':
      return e.body.outcome === 'failed'
        ? []
        : systemMoved(state, e.body.system ?? '', e.body.to ?? '', e.body.started === true);
    case 'HostFenced': {
      const host = e.body.host ?? '';
      const h = state.hosts.get(host);
      if (e.body.confirmed !== true || !h || h.state === 'fenced') return [];
      return [
        {
          aggregate: aggregateId('host', host),
          type: 'HostStateChanged',
          body: { from: h.state, to: 'fenced', reason: `fenced by failover ${e.body.id ?? ''}` },
        },
      ];
    }
    default:
      return [];
  }
}
