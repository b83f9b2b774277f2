// `ferry settings get|set|list`: replicated global settings (secrets inside values are shown as ***).
import type { Command } from 'commander';
import { action } from '../context.js';
import { addGlobalOptions } from '../options.js';
import { emit, table } from '../output.js';
import { settingJson, type SettingJson } from '../views.js';
import { present } from '../connection.js';

/** Settings as a table (pure). */
export function settingsTable(list: readonly SettingJson[]): string {
  return table(
    ['KEY', 'VALUE', 'DEFAULT', 'DESCRIPTION'],
    list.map((x) => [x.key, x.value, x.isDefault, x.description]),
  );
}

/** Registers `settings …`. */
export function registerSettings(program: Command): void {
  const settings = program.command('settings').description('global settings');

  addGlobalOptions(settings.command('get').description('show one setting').argument('<key>')).action(
    action(async (ctx) => {
      const x = settingJson(present((await ctx.conn().unary('GetSetting', { key: ctx.args[0]! })).setting, 'setting'));
      await emit(ctx.globals.json, x, () => x.value);
    }),
  );

  addGlobalOptions(settings.command('set').description('set one setting').argument('<key>').argument('<value>')).action(
    action(async (ctx) => {
      const x = settingJson(
        present((await ctx.conn().unary('SetSetting', { key: ctx.args[0]!, value: ctx.args[1]! })).setting, 'setting'),
      );
      await emit(ctx.globals.json, x, () => `${x.key} = ${x.value}`);
    }),
  );

  addGlobalOptions(settings.command('list').description('list every setting')).action(
    action(async (ctx) => {
      const out = ((await ctx.conn().unary('ListSettings', {})).settings ?? []).map(settingJson);
      await emit(ctx.globals.json, out, () => settingsTable(out));
    }),
  );
}
