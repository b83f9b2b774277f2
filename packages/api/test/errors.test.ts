// Tests of the error-code table: the codes the log, the failover core, the model and the daemon raise reach a
// client as their own status (not INTERNAL), and an error without a known code reveals nothing.

import * as grpc from '@grpc/grpc-js';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ChainError, EpochError, FencedError, InvalidEventError, VersionConflictError } from '@ferry/log';
import { EngineStoppedError, StaleEpochError } from '@ferry/failover';
import { NotFoundError } from '@ferry/model';
import { ApiError, toServiceError } from '../src/index.js';

test('log errors map to their own statuses (LOG_FENCED, EPOCH_STALE, CHAIN_BROKEN, INVALID_EVENT were INTERNAL)', () => {
  assert.is(toServiceError(new FencedError(1, 2)).code, grpc.status.FAILED_PRECONDITION);
  assert.is(toServiceError(new EpochError('epoch 2 is not above 2')).code, grpc.status.FAILED_PRECONDITION);
  assert.is(toServiceError(new ChainError(7, 'gap')).code, grpc.status.FAILED_PRECONDITION);
  assert.is(toServiceError(new InvalidEventError('body is not an object')).code, grpc.status.INVALID_ARGUMENT);
  assert.is(toServiceError(new VersionConflictError('host/a', 1, 2)).code, grpc.status.ABORTED);
  assert.match(toServiceError(new FencedError(1, 2)).details, /writer epoch 1 is fenced: epoch 2 is known/);
});

test('failover, model and API errors map to their statuses', () => {
  assert.is(toServiceError(new StaleEpochError('epoch 1 is below 2')).code, grpc.status.FAILED_PRECONDITION);
  assert.is(toServiceError(new EngineStoppedError()).code, grpc.status.UNAVAILABLE);
  assert.is(toServiceError(new NotFoundError('host', 'h9')).code, grpc.status.NOT_FOUND);
  assert.is(toServiceError(new ApiError('READ_ONLY', 'replica')).code, grpc.status.FAILED_PRECONDITION);
});

test('an error without a known code is INTERNAL and reveals nothing; the caller hears of it', () => {
  const seen: unknown[] = [];
  const secret = new Error('password=hunter2');
  const e = toServiceError(secret, (err) => seen.push(err));
  assert.is(e.code, grpc.status.INTERNAL);
  assert.not.match(e.details, /hunter2/);
  assert.equal(seen, [secret]);
  assert.is(toServiceError(Object.assign(new Error('x'), { code: 'toString' })).code, grpc.status.INTERNAL);
});

test.run();
