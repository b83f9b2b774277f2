// API tokens: created with a random secret whose hash alone is recorded as an event (so every replica, and a
// promoted master, enforces the same tokens); the first admin token of a TLS-enabled master is written to
// DATA/admin.token (mode 0600) once. The secret itself is never logged or stored.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commands } from '@ferry/model';
import { hashToken, newToken } from './auth.js';
import { SyncTimeoutError } from './errors.js';
import type { Duty, FerryNode } from './node.js';

/** Records the token `token` (its hash alone) under `name`; the caller holds the secret. */
function recordToken(
  node: FerryNode,
  token: string,
  name: string,
  role: string,
  owner: string,
  actor: string,
): Promise<unknown> {
  return node.execute((s) => commands.createToken(s, name, role, owner, hashToken(token)), actor);
}

/** Creates a token and returns its secret (shown once). */
export function createTokenFn(node: FerryNode) {
  return async (name: string, role: string, owner: string, actor: string): Promise<string> => {
    const token = newToken();
    await recordToken(node, token, name, role, owner, actor);
    return token;
  };
}

/**
 * On a master with auth on: when no admin token exists at all (a fresh cluster) and DATA/admin.token is absent,
 * creates one and writes it there. Deleting admin.token and restarting the master is also the way back in
 * after every admin token was revoked. With --sync-replicas a fresh master has no replica to confirm the token
 * yet; the event is committed on the master all the same, so the file is written (and replicated later).
 */
export async function ensureAdminToken(node: FerryNode): Promise<Duty> {
  const file = join(node.config.data, 'admin.token');
  const hasAdmin = [...node.state.tokens.values()].some((t) => t.role === 'admin' && !t.owner);
  if (!hasAdmin && !existsSync(file)) {
    const name = node.state.tokens.has('admin') ? `admin-${Date.now()}` : 'admin';
    const token = newToken();
    try {
      await recordToken(node, token, name, 'admin', '', 'bootstrap');
    } catch (err) {
      if (!(err instanceof SyncTimeoutError)) throw err;
      node.logger.warn({ name }, 'first admin token committed on this master; no synchronous replica confirmed it yet');
    }
    writeFileSync(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
    node.logger.info({ file, name }, 'first admin token written');
  }
  return { stop: async () => {} };
}
