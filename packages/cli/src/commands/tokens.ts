// `ferry tokens create|list|revoke`: API tokens with roles (the secret is shown once, at creation).
import { TOKEN_ROLES } from '@ferry/contract';
import type { Command } from 'commander';
import { action } from '../context.js';
import { addGlobalOptions, choiceOption } from '../options.js';
import { emit, table } from '../output.js';
import { tokenJson } from '../views.js';
import { ENUM_PREFIX, enumName, enumText, type TokenRole } from '@ferry/contract';

/** Registers `tokens …`. */
export function registerTokens(program: Command): void {
  const tokens = program.command('tokens').description('API tokens');

  addGlobalOptions(tokens.command('create').description('create a token (printed once)').argument('<name>'))
    .addOption(choiceOption('--role <role>', 'role', TOKEN_ROLES).makeOptionMandatory())
    .option('--owner <owner>', "scope the token to this owner's systems")
    .action(
      action(async (ctx) => {
        const r = await ctx.conn().unary('CreateToken', {
          name: ctx.args[0]!,
          role: enumName<TokenRole>(ENUM_PREFIX.tokenRole, ctx.opts.role as string),
          owner: (ctx.opts.owner as string | undefined) ?? '',
        });
        const out = { name: r.name, token: r.token, role: enumText(ENUM_PREFIX.tokenRole, r.role) };
        await emit(ctx.globals.json, out, () => `${r.token}\n`);
      }),
    );

  addGlobalOptions(tokens.command('list').description('list tokens (without secrets)')).action(
    action(async (ctx) => {
      const out = ((await ctx.conn().unary('ListTokens', {})).tokens ?? []).map(tokenJson);
      await emit(ctx.globals.json, out, () =>
        table(
          ['NAME', 'ROLE', 'OWNER', 'CREATED'],
          out.map((t) => [t.name, t.role, t.owner, t.created]),
        ),
      );
    }),
  );

  addGlobalOptions(tokens.command('revoke').description('revoke a token').argument('<name>')).action(
    action(async (ctx) => {
      await ctx.conn().unary('RevokeToken', { name: ctx.args[0]! });
      await emit(ctx.globals.json, { name: ctx.args[0], revoked: true }, () => `token ${ctx.args[0]} revoked`);
    }),
  );
}
