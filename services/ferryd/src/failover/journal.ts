// The failover engine's journal on the node's log. Events of one failover share the aggregate `failover/<id>`;
// brake events go to their group, host-level ones to their host. Alongside, the entity updates each implies
// (@ferry/model's failoverImplied: a moved system's new host, a fenced host's state) go in the same atomic append.
import type { FailoverEvent, FailoverJournal } from '@ferry/failover';
import { isFailoverEventType, StaleEpochError } from '@ferry/failover';
import { FencedError } from '@ferry/log';
import { failoverImplied, type NewEvent } from '@ferry/model';
import { ReadOnlyError } from '../errors.js';
import type { FerryNode } from '../node.js';

function aggregateFor(e: FailoverEvent): string {
  switch (e.type) {
    case 'FailoverBrakeEngaged':
    case 'FailoverBrakeReleased':
      return `group/${e.body.group}`;
    case 'HostReconciled':
    case 'HostMaintenanceSet':
    case 'HostDrainStarted':
      return `host/${e.body.host}`;
    case 'SystemMoveStarted':
    case 'SystemMoveFinished':
      return `system/${e.body.system}`;
    case 'HostDownConfirmed':
      return e.body.id ? `failover/${e.body.id}` : `host/${e.body.host}`;
    default:
      return `failover/${e.body.id}`;
  }
}

/** The journal adapter. */
export function logJournal(node: FerryNode): FailoverJournal {
  return {
    async append(events) {
      const inputs: NewEvent[] = events.flatMap((e) => [
        {
          aggregate: aggregateFor(e),
          type: e.type,
          body: { ...e.body } as Record<string, unknown>,
          actor: 'failover',
          correlation: 'id' in e.body && e.body.id ? String(e.body.id) : '',
        },
        ...failoverImplied(node.state, e).map((x) => ({ ...x, actor: 'failover' })),
      ]);
      try {
        await node.appendAsMaster(inputs);
      } catch (err) {
        // This node is no longer the master (a replica or fenced role, or its log learned of a newer epoch).
        if (err instanceof ReadOnlyError || err instanceof FencedError)
          throw new StaleEpochError((err as Error).message, { cause: err });
        throw err;
      }
    },
    async read() {
      const out: FailoverEvent[] = [];
      for await (const e of node.log.iterate(1)) {
        if (isFailoverEventType(e.type)) out.push({ type: e.type, body: e.body } as unknown as FailoverEvent);
      }
      return out;
    },
  };
}
