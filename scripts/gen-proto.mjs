// Generates the contract's TypeScript types from proto/ into packages/contract/src/generated
// (proto-loader-gen-types with the same options the runtime loader uses) and its descriptor set (buf build).
// `--check` fails when they are stale.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const target = join(root, 'packages/contract/src/generated');
const check = process.argv.includes('--check');
const out = check ? mkdtempSync(join(tmpdir(), 'ferry-gen-')) : target;

if (!check) rmSync(target, { recursive: true, force: true });
execFileSync(
  join(root, 'node_modules/.bin/proto-loader-gen-types'),
  [
    '--longs=Number',
    '--enums=String',
    '--defaults',
    '--oneofs',
    '--includeComments',
    '--grpcLib=@grpc/grpc-js',
    '--importFileExtension=.js',
    '-I',
    'proto',
    '-O',
    out,
    'ferry/v1/events.proto',
    'ferry/v1/control.proto',
    'ferry/v1/replication.proto',
  ],
  { stdio: 'inherit', cwd: root },
);
// The descriptor set protoc would build from the same files (buf build; source info kept, so comments travel):
// what server reflection serves, so dynamic clients see the .proto files' own names.
execFileSync(join(root, 'node_modules/.bin/buf'), ['build', '-o', join(out, 'ferry-v1.binpb')], {
  stdio: 'inherit',
  cwd: root,
});
// One index re-exporting every generated type, so consumers import from a single place.
const v1 = join(out, 'ferry/v1');
const names = readdirSync(v1)
  .filter((n) => n.endsWith('.ts') && n !== 'index.ts')
  .map((n) => n.slice(0, -3))
  .sort();
writeFileSync(join(v1, 'index.ts'), `${names.map((n) => `export type * from './${n}.js';`).join('\n')}\n`);

function files(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}
if (check) {
  const a = files(out)
    .map((f) => relative(out, f))
    .sort();
  const b = files(target)
    .map((f) => relative(target, f))
    .sort();
  const stale =
    a.length !== b.length ||
    a.some((f, i) => f !== b[i] || !readFileSync(join(out, f)).equals(readFileSync(join(target, b[i]))));
  rmSync(out, { recursive: true, force: true });
  if (stale) {
    console.error('generated contract types are stale: run `pnpm gen:proto` and commit the result');
    process.exit(1);
  }
  console.log('generated contract types are up to date');
}
