// The configuration examples an operator copies (deploy/ferryd.example.jsonc, and ferryd.example.json, "the same
// file without comments") stay true: the commented file stripped as its header says is the plain file, every option
// ferryd has is in both, and ferryd accepts the plain one.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseConfig } from '../src/config.js';

const deploy = (f: string) => fileURLToPath(new URL(`../../../../deploy/${f}`, import.meta.url));
const plain = JSON.parse(readFileSync(deploy('ferryd.example.json'), 'utf8')) as Record<string, unknown>;
// The header's own recipe: sed 's,^\s*//.*,,' ferryd.example.jsonc
const commented = JSON.parse(
  readFileSync(deploy('ferryd.example.jsonc'), 'utf8').replace(/^\s*\/\/.*$/gm, ''),
) as Record<string, unknown>;

test('ferryd.example.json is ferryd.example.jsonc without its comments', () => {
  assert.equal(plain, commented);
});

test('both examples name every option ferryd has, and ferryd accepts the plain one', () => {
  const options = Object.keys(parseConfig([], {}))
    .filter((k) => k !== 'roleExplicit')
    .sort();
  assert.equal(Object.keys(plain).sort(), options);
  const c = parseConfig(['--config', deploy('ferryd.example.json')], {});
  assert.is(c.listen, plain.listen);
  assert.is(c.replicaContactTimeoutMs, plain.replicaContactTimeoutMs);
});

test.run();
