// `ferry owners add|update|remove|list`: owner accounts (mail recipients for their systems' failovers).
import type { Command } from 'commander';
import type { Owner } from '@ferry/contract';
import { action } from '../context.js';
import { UsageError } from '../errors.js';
import { addGlobalOptions, requireOptions } from '../options.js';
import { emit, table } from '../output.js';
import { ownerJson, type OwnerJson } from '../views.js';
import { present } from '../connection.js';

/** `owners update`: the current owner with the given fields replaced (pure); nothing given is a usage error. */
export function mergeOwner(current: OwnerJson, o: { email?: string; description?: string }): Owner {
  if (o.email === undefined && o.description === undefined)
    throw new UsageError('nothing to change: give --email or --description');
  return { name: current.name, email: o.email ?? current.email, description: o.description ?? current.description };
}

/** Owners as a table (pure). */
export function ownersTable(list: readonly OwnerJson[]): string {
  return table(
    ['NAME', 'EMAIL', 'SYSTEMS', 'DESCRIPTION'],
    list.map((x) => [x.name, x.email, x.systems, x.description]),
  );
}

/** Registers `owners …`. */
export function registerOwners(program: Command): void {
  const owners = program.command('owners').description('owner accounts');

  requireOptions(
    addGlobalOptions(owners.command('add').description('create an owner').argument('<name>'))
      .option('--email <addr>', 'mail address (required)')
      .option('--description <text>', 'description'),
    '--email',
  ).action(
    action(async (ctx) => {
      const req: Owner = {
        name: ctx.args[0]!,
        email: ctx.opts.email as string,
        description: (ctx.opts.description as string | undefined) ?? '',
      };
      const x = ownerJson(present((await ctx.conn().unary('CreateOwner', { owner: req })).owner, 'owner'));
      await emit(ctx.globals.json, x, () => `owner ${x.name} <${x.email}> created`);
    }),
  );

  addGlobalOptions(owners.command('update').description('change an owner').argument('<name>'))
    .option('--email <addr>', 'mail address')
    .option('--description <text>', 'description')
    .action(
      action(async (ctx) => {
        const name = ctx.args[0]!;
        const all = ((await ctx.conn().unary('ListOwners', {})).owners ?? []).map(ownerJson);
        const current = all.find((x) => x.name === name) ?? { name, email: '', description: '', systems: 0 };
        const x = ownerJson(
          present((await ctx.conn().unary('UpdateOwner', { owner: mergeOwner(current, ctx.opts) })).owner, 'owner'),
        );
        await emit(ctx.globals.json, x, () => `owner ${x.name} updated`);
      }),
    );

  addGlobalOptions(owners.command('remove').description('delete an owner').argument('<name>')).action(
    action(async (ctx) => {
      await ctx.conn().unary('DeleteOwner', { name: ctx.args[0]! });
      await emit(ctx.globals.json, { name: ctx.args[0], removed: true }, () => `owner ${ctx.args[0]} removed`);
    }),
  );

  addGlobalOptions(owners.command('list').description('list owners')).action(
    action(async (ctx) => {
      const out = ((await ctx.conn().unary('ListOwners', {})).owners ?? []).map(ownerJson);
      await emit(ctx.globals.json, out, () => ownersTable(out));
    }),
  );
}
