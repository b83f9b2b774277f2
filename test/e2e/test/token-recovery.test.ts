// Token recovery e2e (RUNBOOK "Rotate tokens", step 3): every admin token of a TLS master is revoked; the operator
// starts the same data directory plaintext on loopback (no tokens checked there), creates a rescue admin token,
// and restarts with TLS: the rescue token works, the revoked ones stay refused.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  Ferryd,
  adminToken,
  assertRefused,
  cleanupAll,
  createToken,
  ferryAs,
  ferryJson,
  ferryJsonAs,
  tempDir,
  type StatusJson,
} from './support/index.js';

test.after(cleanupAll);

test('all admin tokens revoked: a plaintext start on loopback mints a rescue token that works once TLS is back', async () => {
  const dir = tempDir('token-recovery');
  const tls = await Ferryd.start({ dir, nodeId: 'tr', cluster: 'token-recovery' });
  const bootstrap = await adminToken(tls.addr);
  const viewer = await createToken(tls.addr, 'tr-viewer', 'viewer');
  await ferryJson(tls.addr, 'tokens', 'revoke', 'admin');
  assertRefused(
    await ferryAs(tls.addr, bootstrap, 'tokens', 'create', 'again', '--role', 'admin', '--json'),
    'UNAUTHENTICATED',
    'the revoked bootstrap token',
  );
  assertRefused(
    await ferryAs(tls.addr, viewer, 'tokens', 'create', 'again', '--role', 'admin', '--json'),
    'PERMISSION_DENIED',
    'a viewer minting an admin token',
  );
  await tls.stop();

  // Plaintext is what this recovery is about: the one way back in without any admin token.
  const plain = await Ferryd.start({ dir, nodeId: 'tr', cluster: 'token-recovery', plaintext: true });
  const rescue = await createToken(plain.addr, 'rescue', 'admin');
  await plain.stop();

  const back = await Ferryd.start({ dir, nodeId: 'tr', cluster: 'token-recovery' });
  assert.is((await ferryJsonAs<StatusJson>(back.addr, rescue, 'status')).role, 'master');
  await ferryJsonAs(back.addr, rescue, 'tokens', 'create', 'alice', '--role', 'admin');
  assertRefused(
    await ferryAs(back.addr, bootstrap, 'status', '--json'),
    'UNAUTHENTICATED',
    'the revoked bootstrap token after recovery',
  );
  assertRefused(await ferryAs(back.addr, '', 'status', '--json'), 'UNAUTHENTICATED', 'no token after recovery');
});

test.run();
