// `ferry groups create|update|list|show|delete|release-brake`: failover groups.
import { Option, type Command } from 'commander';
import {
  FENCE_METHODS,
  GROUP_MODES,
  PLACEMENTS,
  VIRT_TYPES,
  type GroupSpec,
  type UpdateGroupRequest,
} from '@ferry/contract';
import { action } from '../context.js';
import { UsageError } from '../errors.js';
import { addGlobalOptions, choiceOption, commaList, integer, numberIn } from '../options.js';
import type { Ctx } from '../context.js';
import { emit, keyValues, note, table } from '../output.js';
import { failoverJson, groupJson, hostJson, type FailoverJson, type GroupJson, type HostJson } from '../views.js';
import { present } from '../connection.js';

/** Options of `groups create|update`. */
export interface GroupOptions {
  type?: string;
  mode?: string;
  hosts?: string[];
  location?: string;
  hostGroup?: string;
  systems?: string[];
  downTimeout?: number;
  description?: string;
  notifyOwners?: boolean;
  placement?: string;
  parallelism?: number;
  fence?: string;
  brakeShare?: number;
  brakeWindow?: number;
  epochFile?: string;
  failback?: boolean;
  failbackAfter?: number;
}

/** The options as commander parses them: `--timeout` is the deprecated name of `--down-timeout` there. */
export interface ParsedGroupOptions extends GroupOptions {
  timeout?: number;
}

/** The options with a deprecated `--timeout` read as `--down-timeout`, and the warning it earns (pure). */
export function groupOptionsOf(parsed: ParsedGroupOptions): { options: GroupOptions; warning?: string } {
  const { timeout, ...options } = parsed;
  if (timeout === undefined) return { options };
  if (options.downTimeout !== undefined)
    throw new UsageError('give --down-timeout alone: --timeout is its deprecated name here');
  return {
    options: { ...options, downTimeout: timeout },
    warning:
      "warning: '--timeout' of groups create/update is deprecated, use '--down-timeout' (the host downtime before " +
      "failover); everywhere else '--timeout' is the call deadline",
  };
}

/** Each option -> its GroupSpec field (camelCase as in the generated types, snake_case as in the proto). */
const FIELD_OF: Record<keyof GroupOptions, [keyof GroupSpec, string]> = {
  type: ['type', 'type'],
  mode: ['mode', 'mode'],
  hosts: ['hosts', 'hosts'],
  location: ['location', 'location'],
  hostGroup: ['hostGroup', 'host_group'],
  systems: ['systems', 'systems'],
  downTimeout: ['timeoutSec', 'timeout_sec'],
  description: ['description', 'description'],
  notifyOwners: ['notifyOwners', 'notify_owners'],
  placement: ['placement', 'placement'],
  parallelism: ['parallelism', 'parallelism'],
  fence: ['fence', 'fence'],
  brakeShare: ['brakeMaxDownShare', 'brake_max_down_share'],
  brakeWindow: ['brakeWindowSec', 'brake_window_sec'],
  epochFile: ['epochFile', 'epoch_file'],
  failback: ['failback', 'failback'],
  failbackAfter: ['failbackAfterSec', 'failback_after_sec'],
};

/** The GroupSpec fields given by the options (pure). */
function specOf(name: string, o: GroupOptions): { spec: GroupSpec; fields: string[] } {
  const spec: Record<string, unknown> = { name };
  const fields: string[] = [];
  for (const [opt, [field, snake]] of Object.entries(FIELD_OF) as [keyof GroupOptions, [keyof GroupSpec, string]][]) {
    const v = o[opt];
    if (v === undefined) continue;
    spec[field] = v;
    fields.push(snake);
  }
  return { spec: spec as GroupSpec, fields };
}

/** `groups create` options -> GroupSpec (pure). */
export function createGroupRequest(name: string, o: GroupOptions): GroupSpec {
  return specOf(name, o).spec;
}

/** `groups update` options -> UpdateGroupRequest whose `update_mask` names only the options given (pure). */
export function updateGroupRequest(name: string, o: GroupOptions): UpdateGroupRequest {
  const { spec, fields } = specOf(name, o);
  if (fields.length === 0)
    throw new UsageError('nothing to change: give at least one option (see groups update --help)');
  return { group: spec, updateMask: { paths: fields } };
}

/** Groups as a table (pure). */
export function groupsTable(list: readonly GroupJson[]): string {
  return table(
    ['NAME', 'TYPE', 'MODE', 'MEMBERS', 'DOWN-TIMEOUT', 'PLACEMENT', 'FENCE', 'DESCRIPTION'],
    list.map((g) => [g.name, g.type, g.mode, g.members, `${g.timeout}s`, g.placement, g.fence, g.description]),
  );
}

function groupOptions(cmd: Command, create: boolean): Command {
  const type = choiceOption('--type <type>', 'virtualization type of the members', VIRT_TYPES);
  const mode = choiceOption('--mode <mode>', 'failover mode', GROUP_MODES);
  if (create) {
    type.makeOptionMandatory();
    mode.makeOptionMandatory();
  }
  return addGlobalOptions(cmd, ['timeout'])
    .addOption(type)
    .addOption(mode)
    .option('--hosts <h1,h2>', 'member hosts, comma-separated', commaList)
    .option('--location <tag>', 'also every host with this location tag')
    .option('--host-group <group>', 'also every host in this host group')
    .option('--systems <s1,s2>', 'only these systems may fail over (default all)', commaList)
    .option('--down-timeout <seconds>', 'host downtime before failover starts', integer('down-timeout', 0, 86_400 * 30))
    .addOption(
      new Option('--timeout <seconds>', 'deprecated name of --down-timeout')
        .argParser(integer('timeout', 0, 86_400 * 30))
        .hideHelp(),
    )
    .option('--description <text>', 'description')
    .option('--notify-owners', "mail the moved systems' owners too")
    .option('--no-notify-owners', 'do not mail owners')
    .addOption(choiceOption('--placement <policy>', 'placement policy', PLACEMENTS))
    .option('--parallelism <n>', 'maximum moves in parallel', integer('parallelism', 1, 1000))
    .addOption(choiceOption('--fence <method>', 'fencing method required of members', FENCE_METHODS))
    .option(
      '--brake-share <x>',
      'pause automatic failover when more than this share (0..1) of members go down',
      numberIn('brake-share', 0, 1),
    )
    .option('--brake-window <seconds>', 'window of the mass-failure brake', integer('brake-window', 0, 86_400 * 30))
    .option(
      '--failback',
      'move systems back to the member a failover moved them off, once it has stayed up --failback-after seconds',
    )
    .option('--no-failback', 'no failback (the default)')
    .option(
      '--failback-after <seconds>',
      'how long a returned member must stay up before failback (default 300)',
      integer('failback-after', 1, 86_400 * 30),
    )
    .option(
      '--epoch-file <path>',
      'epoch file on the members\' shared storage: hosts refuse a replaced master\'s moves ("" turns it off)',
    );
}

/**
 * Members of a group that fences by command which have no fence command (pure): a failover off such a host cannot
 * confirm the host is off, so it waits for an operator's `confirm-down`. One line each, saying what to do.
 */
export function fenceWarnings(group: GroupJson, hosts: readonly HostJson[]): string[] {
  if (group.fence !== 'command') return [];
  return hosts
    .filter((h) => group.members.includes(h.name) && h.fenceMethod === 'command' && h.fenceCommand === '')
    .map(
      (h) =>
        `warning: host ${h.name} has no fence command: a failover off it waits for 'ferry confirm-down ${h.name}'` +
        ` (give one with 'ferry hosts update ${h.name} --fence-command CMD')`,
    );
}

/**
 * What an automatic group does about its members that are down (pure): the failovers that started since `sinceMs`
 * (switching to automatic starts one at once for a host down longer than the timeout) and those still pending.
 */
export function automaticNotes(group: GroupJson, failovers: readonly FailoverJson[], sinceMs: number): string[] {
  const mine = failovers.filter((f) => group.members.includes(f.from));
  const started = [
    ...new Set(
      mine.filter((f) => f.outcome !== 'pending' && f.id && Date.parse(f.at) >= sinceMs - 1000).map((f) => f.from),
    ),
  ].map((h) => `failover of ${h} started (it was down longer than the group's timeout); see 'ferry failovers list'`);
  const pending = mine
    .filter((f) => f.outcome === 'pending' && f.failoverAt)
    .map((f) => `failover of ${f.from} (down since ${f.at}) starts at ${f.failoverAt} unless it comes back`);
  return [...started, ...pending];
}

/** Tells the operator (on stderr) which members of `group` cannot be fenced as it says. */
async function warnUnfenceable(ctx: Ctx, group: GroupJson): Promise<void> {
  const hosts = ((await ctx.conn().unary('ListHosts', { tag: '' })).hosts ?? []).map(hostJson);
  for (const line of fenceWarnings(group, hosts)) note(line);
}

/** Registers `groups …`. */
export function registerGroups(program: Command): void {
  const groups = program.command('groups').description('failover groups');

  groupOptions(groups.command('create').description('create a failover group').argument('<name>'), true).action(
    action(async (ctx) => {
      const { options, warning } = groupOptionsOf(ctx.opts as ParsedGroupOptions);
      if (warning) note(warning);
      const g = groupJson(
        present(
          (await ctx.conn().unary('CreateGroup', { group: createGroupRequest(ctx.args[0]!, options) })).group,
          'group',
        ),
      );
      await emit(
        ctx.globals.json,
        g,
        () => `group ${g.name} created (${g.mode}, members ${g.members.join(',') || '-'})`,
      );
      await warnUnfenceable(ctx, g);
    }),
  );

  groupOptions(
    groups.command('update').description('change a failover group (only the options given)').argument('<name>'),
    false,
  ).action(
    action(async (ctx) => {
      const { options, warning } = groupOptionsOf(ctx.opts as ParsedGroupOptions);
      if (warning) note(warning);
      const sent = Date.now();
      const g = groupJson(
        present((await ctx.conn().unary('UpdateGroup', updateGroupRequest(ctx.args[0]!, options))).group, 'group'),
      );
      await emit(ctx.globals.json, g, () => `group ${g.name} updated`);
      await warnUnfenceable(ctx, g);
      if (g.mode === 'automatic') {
        const failovers = ((await ctx.conn().unary('ListFailovers', {})).failovers ?? []).map(failoverJson);
        for (const line of automaticNotes(g, failovers, sent)) note(line);
      }
    }),
  );

  addGlobalOptions(groups.command('list').description('list failover groups')).action(
    action(async (ctx) => {
      const out = ((await ctx.conn().unary('ListGroups', {})).groups ?? []).map(groupJson);
      await emit(ctx.globals.json, out, () => groupsTable(out));
    }),
  );

  addGlobalOptions(groups.command('show').description('show one failover group').argument('<name>')).action(
    action(async (ctx) => {
      const g = groupJson(present((await ctx.conn().unary('GetGroup', { name: ctx.args[0]! })).group, 'group'));
      await emit(ctx.globals.json, g, () => keyValues(g as unknown as Record<string, unknown>));
    }),
  );

  addGlobalOptions(groups.command('delete').description('delete a failover group').argument('<name>')).action(
    action(async (ctx) => {
      await ctx.conn().unary('DeleteGroup', { name: ctx.args[0]! });
      await emit(ctx.globals.json, { name: ctx.args[0], deleted: true }, () => `group ${ctx.args[0]} deleted`);
    }),
  );

  addGlobalOptions(
    groups
      .command('release-brake')
      .description(
        "resume automatic failover in a group whose mass-failure brake engaged (its down members' failovers start)",
      )
      .argument('<name>'),
  ).action(
    action(async (ctx) => {
      const r = await ctx.conn().unary('ReleaseBrake', { group: ctx.args[0]! });
      const acknowledged = r.acknowledged ?? [];
      await emit(
        ctx.globals.json,
        { group: ctx.args[0], acknowledged },
        () =>
          `brake of group ${ctx.args[0]} released; failover examined again for ${acknowledged.join(', ') || 'no down member'}`,
      );
    }),
  );
}
