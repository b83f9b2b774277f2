// The daemon log's line for each failover phase, read from the events the engine appends (pure): a failover that
// starts, its plan, the fence, each move, the end, the brake and an operator's confirm-down, at the level an
// operator would page on: warn when something needs a person (a fence not confirmed, a move that failed, a
// failover that did not fully succeed, the brake), info otherwise.
import type { FerryEvent } from '@ferry/contract';
import type { CommittedEvent } from '@ferry/model';

/** One log line: level, fields and message. */
export interface PhaseLine {
  level: 'info' | 'warn';
  fields: Record<string, unknown>;
  msg: string;
}

/** The log line for `e`, or undefined when `e` is no failover phase. */
export function phaseLine(e: CommittedEvent): PhaseLine | undefined {
  // A stored body is the canonical JSON of the events.proto message its type names.
  const ev = e as unknown as FerryEvent;
  switch (ev.type) {
    case 'FailoverStarted': {
      const b = ev.body;
      return {
        level: 'info',
        fields: { failover: b.id, host: b.host, group: b.group, system: b.system || undefined },
        msg: `failover started: ${b.detail || b.reason}`,
      };
    }
    case 'FailoverPlanned': {
      const b = ev.body;
      const moves = (b.moves ?? []).map((m) => `${m.system} -> ${m.to}`);
      const refused = (b.refusals ?? []).map((r) => `${r.system} (${r.code}: ${r.reason})`);
      return {
        level: refused.length > 0 ? 'warn' : 'info',
        fields: { failover: b.id, moves, refused },
        msg: `failover planned: ${moves.length} move(s)${refused.length > 0 ? `, ${refused.length} system(s) cannot be placed` : ''}`,
      };
    }
    case 'HostFenced': {
      const b = ev.body;
      return b.confirmed
        ? {
            level: 'info',
            fields: { failover: b.id, host: b.host, method: b.method },
            msg: `host ${b.host} fenced: power status off`,
          }
        : {
            level: 'warn',
            fields: { failover: b.id, host: b.host, method: b.method, detail: b.detail },
            msg: `host ${b.host} not confirmed fenced: nothing moves until an operator runs ferry confirm-down ${b.host}`,
          };
    }
    case 'HostDownConfirmed':
      return {
        level: 'info',
        fields: { failover: ev.body.id, host: ev.body.host, by: ev.body.by },
        msg: `host ${ev.body.host} confirmed down by ${ev.body.by}`,
      };
    case 'SystemMoved': {
      const b = ev.body;
      const started = b.started ? 'started' : b.startError ? `not started: ${b.startError}` : 'left stopped';
      return {
        level: b.startError ? 'warn' : 'info',
        fields: { failover: b.id, system: b.system, from: b.from, to: b.to },
        msg: `system ${b.system} moved to ${b.to}, ${started}`,
      };
    }
    case 'FailoverMoveFailed': {
      const b = ev.body;
      return {
        level: 'warn',
        fields: { failover: b.id, system: b.system, to: b.to, code: b.code },
        msg: `system ${b.system} not moved: ${b.message}`,
      };
    }
    case 'FailoverCompleted': {
      const b = ev.body;
      return {
        level: b.outcome === 'succeeded' ? 'info' : 'warn',
        fields: { failover: b.id, outcome: b.outcome, moved: b.moved, failed: b.failed },
        msg: `failover ${b.outcome}: ${b.moved ?? 0} moved, ${b.failed ?? 0} failed${b.detail ? ` (${b.detail})` : ''}`,
      };
    }
    case 'FailoverBrakeEngaged': {
      const b = ev.body;
      return {
        level: 'warn',
        fields: { group: b.group, downHosts: b.downHosts },
        msg: `brake engaged in group ${b.group}: ${(b.downHosts ?? []).length} of ${b.members} members down; automatic failover paused until ferry groups release-brake ${b.group}`,
      };
    }
    case 'FailoverBrakeReleased':
      return {
        level: 'info',
        fields: { group: ev.body.group, by: ev.body.by },
        msg: `brake released in group ${ev.body.group} by ${ev.body.by}`,
      };
    default:
      return undefined;
  }
}
