// ferryd's --auto-promote options: off by default, the lease ttl and the lag bound from flags or the environment,
// and clear refusals (no NATS, a ttl below the minimum).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseConfig } from '../src/config.js';

test('auto-promote is off by default; ttl 10 s; the lag bound defaults to the promote-max-lag setting (-1)', () => {
  const c = parseConfig([], {});
  assert.equal([c.autoPromote, c.leaseTtl, c.autoPromoteMaxLag], [false, 10, -1]);
});

test('flags and environment set it', () => {
  const f = parseConfig(
    ['--auto-promote', '--nats', 'nats://n:4222', '--lease-ttl', '4', '--auto-promote-max-lag', '50'],
    {},
  );
  assert.equal([f.autoPromote, f.leaseTtl, f.autoPromoteMaxLag], [true, 4, 50]);
  const e = parseConfig([], { FERRY_AUTO_PROMOTE: '1', FERRY_NATS: 'nats://n:4222', FERRY_LEASE_TTL: '6' });
  assert.equal([e.autoPromote, e.leaseTtl], [true, 6]);
});

test('refusals name the problem', () => {
  assert.throws(() => parseConfig(['--auto-promote'], {}), /--auto-promote needs --nats URL/);
  assert.throws(
    () => parseConfig(['--auto-promote', '--nats', 'nats://n:4222', '--lease-ttl', '1'], {}),
    /--lease-ttl must be a whole number of seconds, at least 2/,
  );
});

test.run();
