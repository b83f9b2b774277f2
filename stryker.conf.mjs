// StrykerJS mutation testing of Ferry's safety and durability code (docs/mutation.md has the scores and how to run).
// Stryker mutates the compiled JavaScript (dist/src, built by `pnpm build`: tests are uvu files compiled to
// dist/test, so no per-mutant build) and runs the target's uvu test files in one process with the command runner
// (--bail: the first failing test kills the mutant). One target per run, chosen by FERRY_MUTATION_TARGET:
//   FERRY_MUTATION_TARGET=failover pnpm mutation      (failover | model | log | replication | ci)
// `ci` is the small run CI does: the fence and epoch rules of the failover engine against their unit tests.
import { readFileSync } from 'node:fs';

/** `file:first-last`: the dist lines from the one containing `from` up to the one before `to` (or the end). */
function lines(file, from, to) {
  const text = readFileSync(file, 'utf8').split('\n');
  const first = text.findIndex((l) => l.includes(from));
  if (first < 0) throw new Error(`${file}: no line contains ${from} (run pnpm build first)`);
  const end = to === undefined ? text.length : text.findIndex((l, i) => i > first && l.includes(to));
  if (end < 0) throw new Error(`${file}: no line after ${from} contains ${to}`);
  return `${file}:${first + 1}-${end}`;
}

const uvu = (dir, pattern) => `node node_modules/uvu/bin.js ${dir} '${pattern}' --bail`;
const LOG = 'packages/log/dist/src';

const targets = {
  failover: () => ({
    mutate: ['packages/failover/dist/src/{engine,plan,state,port-calls}.js'],
    command: uvu(
      'packages/failover/dist/test',
      '(plan|engine-fence-epoch|state|port-calls|scenarios|simulator)\\.test\\.js$',
    ),
  }),
  model: () => ({
    mutate: ['packages/model/dist/src/{commands,normalize,projection,reducers,settings,state,validation}.js'],
    command: uvu('packages/model/dist/test', '(model|reducers)\\.test\\.js$'),
  }),
  // The log's append, replicated-ingest and verify paths (group commit, chain checks, the synced batches).
  log: () => ({
    mutate: [
      `${LOG}/{replicated,recovery,verify}.js`,
      lines(`${LOG}/store.js`, '    async write(ops, sync) {', '    async reopen() {'),
      lines(`${LOG}/group-commit.js`, 'export function writeAppends(c, prepared) {'),
      lines(
        `${LOG}/context.js`,
        '    advance(end, versions, newEntries, events, staged) {',
        '    #publish(staged, seq) {',
      ),
    ],
    command: uvu('packages/log/dist/test', '(conformance-run|replicated-hash|verify|power-loss)\\.(test\\.)?js$'),
  }),
  // ferryd's replication: the follower (apply, then ack) and the tracker (synchronous acks).
  // (Its synchronous-write e2e test, test/e2e/test/sync-replicas.test.ts, takes seconds per run: not per mutant.)
  replication: () => ({
    mutate: ['services/ferryd/dist/src/replication/{follower,tracker}.js'],
    command: uvu('services/ferryd/dist/test', '(follower-ack|tracker)\\.test\\.js$'),
  }),
  ci: () => ({
    mutate: [lines('packages/failover/dist/src/engine.js', '    async fenceHost(', '    async recordFailure(')],
    command: uvu('packages/failover/dist/test', '(engine-fence-epoch|state|scenarios)\\.test\\.js$'),
    // CI fails when the fence and move rules' score falls below what docs/mutation.md records.
    thresholds: { high: 95, low: 90, break: 90 },
  }),
};

const name = process.env.FERRY_MUTATION_TARGET ?? 'ci';
const target = targets[name];
if (!target) throw new Error(`FERRY_MUTATION_TARGET=${name}: unknown (one of ${Object.keys(targets).join(', ')})`);
const { mutate, command, thresholds } = target();

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'command',
  commandRunner: { command },
  coverageAnalysis: 'off',
  mutate,
  ...(thresholds ? { thresholds } : {}),
  // The machine has 2 cores shared with other work.
  concurrency: 1,
  timeoutMS: 30_000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  // Sandbox copies of what the tests need; every node_modules is linked, not copied.
  ignorePatterns: ['**/*.tsbuildinfo', '**/*.ts', 'reports', '.lab', 'data', 'deploy', 'docs'],
  tempDirName: `.stryker-tmp/${name}`,
  cleanTempDir: true,
};
