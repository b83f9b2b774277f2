// `ferry status`: the node's role, epoch, head and replicas (GetClusterStatus).
import type { Command } from 'commander';
import { action } from '../context.js';
import { addGlobalOptions } from '../options.js';
import { emit, keyValues, table } from '../output.js';
import { statusJson, type StatusJson } from '../views.js';

/** Fields that describe following a master: shown for a replica or a fenced node, not for a master (JSON keeps them). */
const FOLLOWER_FIELDS = ['connected', 'lagEvents', 'lagMs'] as const;

/** Human text of a status (pure). */
export function statusText(st: StatusJson): string {
  const { replicas, ...rest } = st;
  const shown: Record<string, unknown> = { ...rest };
  if (st.role === 'master') for (const f of FOLLOWER_FIELDS) delete shown[f];
  const head = keyValues(shown);
  if (replicas.length === 0) return head;
  return `${head}\n\n${table(
    ['REPLICA', 'NODE', 'CONNECTED', 'ACKED', 'LAG', 'LAG MS', 'LAST CONTACT'],
    replicas.map((r) => [r.address, r.nodeId, r.connected, r.ackedSeq, r.lagEvents, Math.round(r.lagMs), r.lastContact]),
  )}`;
}

/** Registers `status`. */
export function registerStatus(program: Command): void {
  addGlobalOptions(program.command('status').description('show this node: role, epoch, head seq and hash, master, replicas'))
    .action(action(async (ctx) => {
      const st = statusJson(await ctx.conn().unary('GetClusterStatus', {}));
      await emit(ctx.globals.json, st, () => statusText(st));
    }));
}
