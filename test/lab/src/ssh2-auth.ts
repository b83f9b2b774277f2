// Public-key authentication for the ssh2 lab engine, as the lab's sshd config has it: only the lab user, only
// public keys listed in the lab's authorized_keys, and a signature that verifies (a key query without one is
// answered "key acceptable", as sshd does, so the client goes on to sign).
import { readFileSync } from 'node:fs';
import ssh2 from 'ssh2';
import type { AuthContext } from 'ssh2';

type ParsedKey = ssh2.ParsedKey;

/** Parses an authorized_keys file; lines that are not keys (comments, blanks) are skipped. */
export function readAuthorizedKeys(path: string): ParsedKey[] {
  const keys: ParsedKey[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const key = ssh2.utils.parseKey(line.trim());
    if (!(key instanceof Error)) keys.push(Array.isArray(key) ? key[0]! : key);
  }
  return keys;
}

/** Accepts or rejects one authentication attempt of `ctx` for `user` with the `allowed` keys. */
export function authenticate(ctx: AuthContext, user: string, allowed: readonly ParsedKey[]): void {
  if (ctx.method !== 'publickey' || ctx.username !== user) {
    ctx.reject(['publickey']);
    return;
  }
  const offered = ctx.key;
  const key = allowed.find((k) => k.type === offered.algo && k.getPublicSSH().equals(offered.data));
  // Without a signature the client only asks whether the key would do; with one, the signature must verify.
  if (key && (!ctx.signature || (ctx.blob !== undefined && key.verify(ctx.blob, ctx.signature, ctx.hashAlgo) === true)))
    ctx.accept();
  else ctx.reject(['publickey']);
}
