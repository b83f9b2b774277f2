// API tokens: created with a random secret whose hash alone is recorded as an event; the first admin token of a
// TLS-enabled master is written to DATA/admin.token (mode 0600) once.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commands } from '@ferry/model';
import { hashToken, newToken } from './auth.js';
import type { Duty, FerryNode } from './node.js';

/** Creates a token and returns its secret (shown once). */
export function createTokenFn(node: FerryNode) {
  return async (name: string, role: string, owner: string, actor: string): Promise<string> => {
    const token = newToken();
    await node.execute((s) => commands.createToken(s, name, role, owner, hashToken(token)), actor);
    return token;
  };
}

/** On a master with auth on: makes sure an admin token exists, writing the first one to DATA/admin.token. */
export async function ensureAdminToken(node: FerryNode): Promise<Duty> {
  const file = join(node.config.data, 'admin.token');
  if (!node.state.tokens.has('admin') && !existsSync(file)) {
    const token = await createTokenFn(node)('admin', 'admin', '', 'bootstrap');
    writeFileSync(file, token + '\n', { mode: 0o600 });
    node.logger.info({ file }, 'first admin token written');
  }
  return { stop: async () => {} };
}
