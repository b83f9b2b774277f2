// `ferry replicas add|remove|list`, `ferry replication off|join`, `ferry promote-replica`.
import type { Command } from 'commander';
import { action } from '../context.js';
import { addGlobalOptions } from '../options.js';
import { emit, table } from '../output.js';
import { promoteJson, replicaJson, statusJson, type ReplicaJson } from '../views.js';
import { statusText } from './status.js';
import { present } from '../connection.js';

/** Replicas as a table (pure). */
export function replicasTable(list: readonly ReplicaJson[]): string {
  return table(
    ['ADDRESS', 'NODE', 'CONNECTED', 'ACKED', 'LAG', 'LAG MS', 'LAST CONTACT'],
    list.map((r) => [r.address, r.nodeId, r.connected, r.ackedSeq, r.lagEvents, Math.round(r.lagMs), r.lastContact]),
  );
}

/** Registers the replication commands. */
export function registerReplication(program: Command): void {
  const replicas = program.command('replicas').description("the master's replica list");

  addGlobalOptions(
    replicas
      .command('add')
      .description('add a replica (checked first)')
      .argument('<addr>', 'replica address host:port'),
  ).action(
    action(async (ctx) => {
      const r = replicaJson(
        present((await ctx.conn().unary('AddReplica', { address: ctx.args[0]! })).replica, 'replica'),
      );
      await emit(ctx.globals.json, r, () => `replica ${r.address} added${r.nodeId ? ` (node ${r.nodeId})` : ''}`);
    }),
  );

  addGlobalOptions(replicas.command('remove').description('remove a replica').argument('<addr>')).action(
    action(async (ctx) => {
      await ctx.conn().unary('RemoveReplica', { address: ctx.args[0]! });
      await emit(ctx.globals.json, { address: ctx.args[0], removed: true }, () => `replica ${ctx.args[0]} removed`);
    }),
  );

  addGlobalOptions(replicas.command('list').description('list replicas with their lag')).action(
    action(async (ctx) => {
      const out = statusJson(present((await ctx.conn().unary('GetClusterStatus', {})).status, 'status')).replicas;
      await emit(ctx.globals.json, out, () => replicasTable(out));
    }),
  );

  const replication = program.command('replication').description('replication role of this node');
  addGlobalOptions(replication.command('off').description('stop this (old) master from acting as master')).action(
    action(async (ctx) => {
      const st = statusJson(present((await ctx.conn().unary('ReplicationOff', {})).status, 'status'));
      await emit(ctx.globals.json, st, () => `replication off; role now ${st.role}\n\n${statusText(st)}`);
    }),
  );

  addGlobalOptions(
    replication
      .command('join')
      .description('make this (fresh) node a replica of a master')
      .argument('<master>', 'master address host:port'),
  ).action(
    action(async (ctx) => {
      const st = statusJson(
        present((await ctx.conn().unary('JoinMaster', { address: ctx.args[0]! })).status, 'status'),
      );
      await emit(
        ctx.globals.json,
        st,
        () => `now a replica of ${st.master}; on the master run: ferry replicas add ${st.address}`,
      );
    }),
  );

  addGlobalOptions(program.command('promote-replica').description('make this replica the writable master'))
    .option('--force', 'promote although the master seems healthy or the lag is high')
    .action(
      action(async (ctx) => {
        const p = promoteJson(await ctx.conn().unary('PromoteReplica', { force: Boolean(ctx.opts.force) }));
        await emit(
          ctx.globals.json,
          p,
          () =>
            `promoted to master in epoch ${p.epoch} (${Math.round(p.tookMs)} ms)${p.followers.length ? `\nfollowers: ${p.followers.join(', ')}` : ''}`,
        );
      }),
    );
}
