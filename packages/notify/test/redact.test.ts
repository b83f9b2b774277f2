// Tests of redaction: no password survives in URLs or error texts.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { redactText, redactUrl } from '../src/index.js';

test('redaction', () => {
  assert.is(redactUrl('smtp://u:p%40ss@host:25'), 'smtp://u:***@host:25');
  assert.is(redactUrl('see smtps://me:x@h and smtp://h2:25'), 'see smtps://me:***@h and smtp://h2:25');
  assert.is(redactText('auth failed for p@ss (p%40ss)', ['p@ss']), 'auth failed for *** (***)');
});

test.run();
