// Pure: the entity updates a failover event implies, appended atomically with it so the projections stay current:
// a moved system's new host and state (failover or planned move), a host whose fence was confirmed becoming `fenced`.
import { aggregateId, type ClusterState } from './state.js';
import type { NewEvent } from './types.js';

/** A failover event as stored (type and JSON body); structurally @ferry/failover's FailoverEvent. */
export interface StoredFailoverEvent {
  type: string;
  body: object;
}

/** The entity events `e` implies against the current state (none for most failover events). */
export function failoverImplied(state: ClusterState, e: StoredFailoverEvent): NewEvent[] {
  const b = e.body as Record<string, unknown>;
  if (e.type === 'SystemMoved') {
    const s = state.systems.get(String(b['system']));
    return [{
      aggregate: aggregateId('system', String(b['system'])), type: 'SystemChanged',
      body: { host: String(b['to']), state: b['started'] === true ? 'running' : 'stopped', memoryMib: s?.memoryMiB ?? 0, definitionHash: s?.definitionHash ?? '' },
    }];
  }
  if (e.type === 'SystemMoveFinished' && b['outcome'] !== 'failed') {
    const s = state.systems.get(String(b['system']));
    return [{
      aggregate: aggregateId('system', String(b['system'])), type: 'SystemChanged',
      body: { host: String(b['to']), state: b['started'] === true ? 'running' : 'stopped', memoryMib: s?.memoryMiB ?? 0, definitionHash: s?.definitionHash ?? '' },
    }];
  }
  if (e.type === 'HostFenced' && b['confirmed'] === true) {
    const h = state.hosts.get(String(b['host']));
    if (h && h.state !== 'fenced') {
      return [{ aggregate: aggregateId('host', String(b['host'])), type: 'HostStateChanged', body: { from: h.state, to: 'fenced', reason: `fenced by failover ${String(b['id'])}` } }];
    }
  }
  return [];
}
