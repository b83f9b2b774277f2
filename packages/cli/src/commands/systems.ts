// `ferry systems list|show|set`: virtual systems discovered on the hosts.
import type { Command } from 'commander';
import type { ListSystemsRequest, MoveSystemRequest, UpdateSystemRequest } from '@ferry/contract';
import { SHOWN_SYSTEM_STATES } from '@ferry/model';
import { action } from '../context.js';
import { RefusedError, UsageError } from '../errors.js';
import { PLANNED_TIMEOUT_MS } from './hosts.js';
import { addGlobalOptions, choiceOption, integer } from '../options.js';
import { emit, keyValues, table } from '../output.js';
import { systemJson, type SystemJson } from '../views.js';
import { present } from '../connection.js';
import { ENUM_PREFIX, enumName, enumText, type MoveMode, type SystemState } from '@ferry/contract';

/** `systems list` filters -> ListSystemsRequest (pure). */
export function listSystemsRequest(o: {
  host?: string;
  group?: string;
  owner?: string;
  state?: string;
}): ListSystemsRequest {
  return {
    host: o.host ?? '',
    group: o.group ?? '',
    owner: o.owner ?? '',
    state: enumName<SystemState>(ENUM_PREFIX.systemState, o.state ?? ''),
  };
}

/** `systems set` options -> UpdateSystemRequest with only the given fields (pure); nothing given is a usage error. */
export function updateSystemRequest(
  name: string,
  o: { owner?: string; priority?: number; failover?: boolean },
): UpdateSystemRequest {
  const r: UpdateSystemRequest = { name };
  if (o.owner !== undefined) r.owner = o.owner;
  if (o.priority !== undefined) r.priority = o.priority;
  if (o.failover !== undefined) r.failover = o.failover;
  if (Object.keys(r).length === 1)
    throw new UsageError('nothing to set: give --owner, --priority, --failover or --no-failover');
  return r;
}

/** `systems move` options -> MoveSystemRequest; --live and --cold exclude each other (pure). */
export function moveSystemRequest(
  system: string,
  o: { to?: string; live?: boolean; cold?: boolean },
): MoveSystemRequest {
  if (o.live && o.cold) throw new UsageError('give --live or --cold, not both');
  if (!o.to) throw new UsageError('--to HOST is required');
  return { system, to: o.to, mode: enumName<MoveMode>(ENUM_PREFIX.moveMode, o.live ? 'live' : o.cold ? 'cold' : '') };
}

/** Systems as a table (pure). */
export function systemsTable(list: readonly SystemJson[]): string {
  return table(
    ['NAME', 'HOST', 'STATE', 'MEMORY MiB', 'OWNER', 'PRIORITY', 'FAILOVER', 'DEFINITION'],
    list.map((x) => [
      x.name,
      x.host,
      x.state,
      x.memoryMiB,
      x.owner,
      x.priority,
      x.failover,
      x.definitionCaptured ? 'captured' : 'missing',
    ]),
  );
}

/** Registers `systems …`. */
export function registerSystems(program: Command): void {
  const systems = program.command('systems').description('virtual systems');

  addGlobalOptions(systems.command('list').description('list systems'))
    .option('--host <host>', 'only systems on this host')
    .option('--group <group>', 'only systems on members of this group')
    .option('--owner <owner>', 'only systems of this owner')
    .addOption(choiceOption('--state <state>', 'only systems in this state', SHOWN_SYSTEM_STATES))
    .action(
      action(async (ctx) => {
        const list = (await ctx.conn().unary('ListSystems', listSystemsRequest(ctx.opts))).systems ?? [];
        const out = list.map(systemJson);
        await emit(ctx.globals.json, out, () => systemsTable(out));
      }),
    );

  addGlobalOptions(systems.command('show').description('show one system').argument('<name>')).action(
    action(async (ctx) => {
      const x = systemJson(present((await ctx.conn().unary('GetSystem', { name: ctx.args[0]! })).system, 'system'));
      await emit(ctx.globals.json, x, () => keyValues(x as unknown as Record<string, unknown>));
    }),
  );

  addGlobalOptions(
    systems
      .command('move')
      .description('move a system between two live hosts of its group (planned; see failover-system for a dead host)')
      .argument('<name>'),
  )
    .option('--to <host>', 'target host (required)')
    .option('--live', "the hypervisor's live migration")
    .option('--cold', 'stop, then define and start on the target')
    .action(
      action(async (ctx) => {
        const r = await ctx.conn().unary('MoveSystem', moveSystemRequest(ctx.args[0]!, ctx.opts), PLANNED_TIMEOUT_MS);
        const out = {
          id: r.id,
          system: r.system,
          from: r.from,
          to: r.to,
          live: Boolean(r.live),
          outcome: enumText(ENUM_PREFIX.moveOutcome, r.outcome),
          detail: r.detail,
        };
        await emit(
          ctx.globals.json,
          out,
          () =>
            `${out.system}: ${out.from} -> ${out.to} (${out.live ? 'live' : 'cold'}) ${out.outcome}${out.detail ? ` (${out.detail})` : ''}`,
        );
        if (out.outcome === 'failed' || out.outcome === 'start-failed')
          throw new RefusedError(`move of ${out.system} ${out.outcome}: ${out.detail}`);
      }),
    );

  addGlobalOptions(
    systems
      .command('set')
      .description("set a system's owner, restart priority or failover inclusion")
      .argument('<name>'),
  )
    .option('--owner <owner>', 'owner account ("" clears it)')
    .option('--priority <n>', 'restart priority, higher first', integer('priority', -1_000_000, 1_000_000))
    .option('--failover', 'include it in failover')
    .option('--no-failover', 'exclude it from failover')
    .action(
      action(async (ctx) => {
        const x = systemJson(
          present(
            (await ctx.conn().unary('UpdateSystem', updateSystemRequest(ctx.args[0]!, ctx.opts))).system,
            'system',
          ),
        );
        await emit(
          ctx.globals.json,
          x,
          () =>
            `system ${x.name} updated (owner ${x.owner || '-'}, priority ${x.priority}, failover ${x.failover ? 'yes' : 'no'})`,
        );
      }),
    );
}
