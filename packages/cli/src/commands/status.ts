// `ferry status`: the node's role, epoch, head and replicas (GetClusterStatus).
import type { Command } from 'commander';
import { action } from '../context.js';
import { addGlobalOptions } from '../options.js';
import { emit, keyValues, table } from '../output.js';
import { statusJson, type StatusJson } from '../views.js';

/** Human text of a status (pure). */
export function statusText(st: StatusJson): string {
  const { replicas, ...rest } = st;
  const head = keyValues(rest as unknown as Record<string, unknown>);
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
