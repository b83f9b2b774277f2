// The codec's record helpers on the read paths: checkSealed (verify's hash check over a stored value, hashes as
// binary strings) accepts exactly the value sealed on its prev and leaves the value as it was; parseData and
// peekSeqEpoch read a stored value's data from an offset as they read the data alone.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  ZERO_BINARY,
  ZERO_HASH,
  chainHash,
  checkSealed,
  encodeData,
  encodeValue,
  parseData,
  peekSeqEpoch,
  sealValue,
} from '../src/codec.js';

const fields = {
  seq: 7,
  epoch: 3,
  time: '2026-01-01T00:00:00.000Z',
  aggregate: 'host/h1',
  version: 2,
  type: 'HostStateChanged',
  actor: 'a',
  correlation: 'c',
};
const bodyJson = JSON.stringify({ to: 'down', reason: 'ünïcode ✓' });

/** A stored value of `fields` sealed on `prev`, and its hash. */
function sealed(prev: Buffer): { value: Buffer; hash: Buffer } {
  const value = encodeValue(fields, bodyJson);
  return { value, hash: sealValue(value, prev) };
}

test('checkSealed returns SHA-256(prev || data) as a binary string for the value sealed on prev', () => {
  const prev = chainHash(ZERO_HASH, Buffer.from('earlier'));
  const { value, hash } = sealed(prev);
  assert.is(checkSealed(value, prev.toString('binary')), hash.toString('binary'));
  assert.equal(hash, chainHash(prev, encodeData(fields, bodyJson)));
  assert.is(checkSealed(sealed(ZERO_HASH).value, ZERO_BINARY), sealed(ZERO_HASH).hash.toString('binary'));
});

test('checkSealed refuses another prev, a changed data byte and a changed hash byte, and leaves the value unchanged', () => {
  const prev = chainHash(ZERO_HASH, Buffer.from('earlier'));
  const { value } = sealed(prev);
  const stored = Buffer.from(value);
  assert.is(checkSealed(value, ZERO_BINARY), undefined);
  assert.equal(value, stored, 'a refused check puts the stored hash back');
  assert.ok(checkSealed(value, prev.toString('binary')));
  assert.equal(value, stored, 'an accepted check puts the stored hash back');
  const data = Buffer.from(value);
  data[data.length - 3]! ^= 1;
  assert.is(checkSealed(data, prev.toString('binary')), undefined);
  const hash = Buffer.from(value);
  hash[5]! ^= 1;
  assert.is(checkSealed(hash, prev.toString('binary')), undefined);
});

test('parseData and peekSeqEpoch read from an offset as from the data alone', () => {
  const value = sealed(ZERO_HASH).value;
  const data = encodeData(fields, bodyJson);
  assert.equal(parseData(value, 32), parseData(data));
  assert.equal(parseData(data), { ...fields, body: JSON.parse(bodyJson) });
  assert.equal(peekSeqEpoch(value, 32), { seq: 7, epoch: 3 });
  assert.equal(peekSeqEpoch(data), { seq: 7, epoch: 3 });
  assert.is(peekSeqEpoch(value), undefined, 'the hash bytes are not canonical data');
  assert.throws(() => parseData(value), /JSON|Unexpected/);
});

test.run();
