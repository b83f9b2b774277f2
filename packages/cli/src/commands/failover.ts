// `ferry failover-system` (forced failover of one system) and `ferry failovers list`.
import type { Command } from 'commander';
import { toTimestamp, type ForceFailoverRequest, type ListFailoversRequest } from '@ferry/contract';
import { action } from '../context.js';
import { RefusedError } from '../errors.js';
import { addGlobalOptions, isoTime } from '../options.js';
import { emit, table } from '../output.js';
import { failoverJson, forcedFailoverJson, type FailoverJson } from '../views.js';
import { present } from '../connection.js';

/** `failover-system` options -> ForceFailoverRequest; `start` stays unset unless --start/--no-start is given (pure). */
export function forceFailoverRequest(
  system: string,
  o: { target?: string; start?: boolean; sourceIsDead?: boolean },
): ForceFailoverRequest {
  const r: ForceFailoverRequest = { system, targetHost: o.target ?? '', sourceIsDead: Boolean(o.sourceIsDead) };
  if (o.start !== undefined) r.start = o.start;
  return r;
}

/** `failovers list --since` (an ISO 8601 time, checked by its option) -> ListFailoversRequest (pure). */
export function sinceRequest(since: string | undefined): ListFailoversRequest {
  return since ? { since: toTimestamp(since) } : {};
}

/** Failovers as a table (pure). */
export function failoversTable(list: readonly Omit<FailoverJson, 'id' | 'finishedAt'>[]): string {
  return table(
    ['AT', 'SYSTEM', 'FROM', 'TO', 'OUTCOME', 'STARTED', 'REASON'],
    list.map((f) => [f.at, f.system, f.from, f.to, f.outcome, f.started, f.reason]),
  );
}

/** Registers `failover-system` and `failovers list`. */
export function registerFailover(program: Command): void {
  addGlobalOptions(
    program
      .command('failover-system')
      .description(
        'forced failover: restart a system of a dead (down or fenced) host elsewhere now; refused while its host is up (see systems move)',
      )
      .argument('<system>'),
  )
    .option('--target <host>', 'target host (default: the planner chooses)')
    .option('--start', 'start it on the target')
    .option('--no-start', 'define it on the target without starting it')
    .option(
      '--source-is-dead',
      'vouch that the source host is dead (as confirm-down): stands in for a fence that cannot be confirmed; never for a host Ferry sees up',
    )
    .action(
      action(async (ctx) => {
        const raw = ctx.cmd.getOptionValueSource('start') === 'cli' ? ctx.opts : { ...ctx.opts, start: undefined };
        const r = forcedFailoverJson(
          present(
            (await ctx.conn().unary('ForceFailover', forceFailoverRequest(ctx.args[0]!, raw))).failover,
            'failover',
          ),
        );
        await emit(
          ctx.globals.json,
          r,
          () =>
            `${r.system}: ${r.from} -> ${r.to || '-'} ${r.outcome}${r.started ? ', started' : ', not started'}${r.reason ? ` (${r.reason})` : ''}`,
        );
        if (r.outcome === 'failed')
          throw new RefusedError(`failover of ${r.system} failed: ${r.reason || 'no reason given'}`);
      }),
    );

  const failovers = program.command('failovers').description('failover history');
  addGlobalOptions(failovers.command('list').description('list failovers, newest last'))
    .option('--since <iso>', 'only failovers at or after this time', isoTime('since'))
    .action(
      action(async (ctx) => {
        const list =
          (await ctx.conn().unary('ListFailovers', sinceRequest(ctx.opts.since as string | undefined))).failovers ?? [];
        const out = list.map(failoverJson);
        await emit(ctx.globals.json, out, () => failoversTable(out));
      }),
    );
}
