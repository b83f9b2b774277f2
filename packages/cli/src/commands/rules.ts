// `ferry rules add|list|remove`: placement rules the planner obeys in failovers, drains and moves.
import type { Command } from 'commander';
import type { PlacementRule, PlacementRule__Output } from '@ferry/contract';
import { action } from '../context.js';
import { UsageError } from '../errors.js';
import { addGlobalOptions, commaList } from '../options.js';
import { emit, table } from '../output.js';
import { present } from '../connection.js';

/** Options of `rules add`. */
export interface AddRuleOptions {
  keepApart?: string[];
  keepTogether?: string[];
  systems?: string[];
  preferHosts?: string[];
  onlyHosts?: string[];
}

/** `rules add` options -> PlacementRule; exactly one kind must be given (pure). */
export function ruleRequest(name: string, o: AddRuleOptions): PlacementRule {
  const kinds = [
    o.keepApart && 'keep-apart',
    o.keepTogether && 'keep-together',
    o.preferHosts && 'prefer-hosts',
    o.onlyHosts && 'only-hosts',
  ].filter(Boolean);
  if (kinds.length !== 1)
    throw new UsageError('give exactly one of --keep-apart, --keep-together, --prefer-hosts, --only-hosts');
  if (o.keepApart) return { name, kind: 'keep-apart', systems: o.keepApart, hosts: [] };
  if (o.keepTogether) return { name, kind: 'keep-together', systems: o.keepTogether, hosts: [] };
  if (!o.systems?.length) throw new UsageError(`--${kinds[0]} needs --systems S1,S2,...`);
  return { name, kind: kinds[0]!, systems: o.systems, hosts: o.preferHosts ?? o.onlyHosts ?? [] };
}

/** A rule as JSON (pure). */
export function ruleJson(r: PlacementRule__Output): { name: string; kind: string; systems: string[]; hosts: string[] } {
  return { name: r.name, kind: r.kind, systems: [...(r.systems ?? [])], hosts: [...(r.hosts ?? [])] };
}

/** Registers `rules …`. */
export function registerRules(program: Command): void {
  const rules = program.command('rules').description('placement rules (affinity) for failovers, drains and moves');

  addGlobalOptions(rules.command('add').description('add a placement rule').argument('<name>'))
    .option('--keep-apart <systems>', 'never two of these systems on one host (S1,S2,...)', commaList)
    .option('--keep-together <systems>', 'these systems on one host (S1,S2,...)', commaList)
    .option('--systems <systems>', 'systems bound by --prefer-hosts / --only-hosts (S1,...)', commaList)
    .option('--prefer-hosts <hosts>', 'soft: place --systems on these hosts when one fits (H1,...)', commaList)
    .option('--only-hosts <hosts>', 'hard: place --systems only on these hosts (H1,...)', commaList)
    .action(
      action(async (ctx) => {
        const r = ruleJson(
          present(
            (await ctx.conn().unary('AddRule', { rule: ruleRequest(ctx.args[0]!, ctx.opts as AddRuleOptions) })).rule,
            'rule',
          ),
        );
        await emit(
          ctx.globals.json,
          r,
          () =>
            `rule ${r.name} added (${r.kind} ${r.systems.join(',')}${r.hosts.length ? ` on ${r.hosts.join(',')}` : ''})`,
        );
      }),
    );

  addGlobalOptions(rules.command('list').description('list placement rules')).action(
    action(async (ctx) => {
      const list = ((await ctx.conn().unary('ListRules', {})).rules ?? []).map(ruleJson);
      await emit(ctx.globals.json, list, () =>
        table(
          ['NAME', 'KIND', 'SYSTEMS', 'HOSTS'],
          list.map((r) => [r.name, r.kind, r.systems, r.hosts]),
        ),
      );
    }),
  );

  addGlobalOptions(rules.command('remove').description('remove a placement rule').argument('<name>')).action(
    action(async (ctx) => {
      await ctx.conn().unary('RemoveRule', { name: ctx.args[0]! });
      await emit(ctx.globals.json, { name: ctx.args[0], removed: true }, () => `rule ${ctx.args[0]} removed`);
    }),
  );
}
