// The published JSON shape: field set, redaction of sealed values, token hashes and URL passwords; subject names.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  allEventsSubject,
  clusterSubject,
  eventSubject,
  parseAnnouncement,
  redact,
  toWireEvent,
} from '../src/index.js';

const event = {
  seq: 7,
  epoch: 2,
  time: '2024-01-01T00:00:00.000Z',
  aggregate: 'settings',
  version: 3,
  type: 'SettingChanged',
  actor: 'admin',
  correlation: 'c1',
  prevHash: 'a'.repeat(64),
  hash: 'b'.repeat(64),
  body: {
    key: 'smtp-url',
    value: 'smtp://u:Sup3rSecretPw@mail:25',
    sealed: 'v1:abc',
    nested: [{ sealedKey: 'k', tokenHash: 'h', keep: 'x' }],
  },
};

test('wire event: every field, stable order, secrets redacted', () => {
  const w = toWireEvent(event);
  assert.equal(Object.keys(w), [
    'seq',
    'epoch',
    'time',
    'aggregate',
    'version',
    'type',
    'actor',
    'correlation',
    'hash',
    'prevHash',
    'body',
  ]);
  const text = JSON.stringify(w);
  assert.not.match(text, 'Sup3rSecretPw');
  assert.not.match(text, 'v1:abc');
  assert.equal(w.body, {
    key: 'smtp-url',
    value: 'smtp://u:***@mail:25',
    sealed: '***',
    nested: [{ sealedKey: '***', tokenHash: '***', keep: 'x' }],
  });
  assert.is(event.body.sealed, 'v1:abc', 'the input is not modified');
});

test('redact leaves empty secret fields and plain values alone', () => {
  assert.equal(redact({ sealed: '', n: 1, b: true, s: 'plain', z: null }), {
    sealed: '',
    n: 1,
    b: true,
    s: 'plain',
    z: null,
  });
});

test('subjects', () => {
  assert.is(eventSubject('prod', 'HostRegistered'), 'ferry.prod.events.HostRegistered');
  assert.is(eventSubject('a.b', 'X>Y'), 'ferry.a_b.events.X_Y');
  assert.is(allEventsSubject('prod'), 'ferry.prod.events.>');
  assert.is(clusterSubject('prod'), 'ferry.prod.cluster');
});

test('announcements parse or are ignored', () => {
  const enc = (o: unknown) => new TextEncoder().encode(JSON.stringify(o));
  assert.equal(parseAnnouncement(enc({ nodeId: 'a', address: 'h:1', epoch: 2, publishedSeq: 5 })), {
    nodeId: 'a',
    address: 'h:1',
    epoch: 2,
    publishedSeq: 5,
  });
  assert.is(parseAnnouncement(enc({ nodeId: 'a', address: 'h:1' })), undefined);
  assert.is(parseAnnouncement(new TextEncoder().encode('not json')), undefined);
});

test.run();
