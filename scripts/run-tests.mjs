// Runs every compiled uvu test file (dist/test/**/*.test.js) in its own Node process, one or more at a time,
// and restates uvu's totals as the closing line `N passed, N failed` that CI counts (`, N skipped` added when a
// test was skipped: a skipped test is never counted as passed).
// Usage: node scripts/run-tests.mjs [substring filter]   (FERRY_TEST_JOBS=N runs N files at once, default 2)
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const filter = process.argv[2] ?? '';
const jobs = Number(process.env.FERRY_TEST_JOBS ?? 2);
const perFileTimeoutMs = Number(process.env.FERRY_TEST_TIMEOUT_MS ?? 300_000);

function findTests(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findTests(path, out);
    else if (name.endsWith('.test.js') && path.includes('/dist/test/')) out.push(path);
  }
  return out;
}

const files = ['packages', 'services', 'test']
  .flatMap((d) => findTests(join(root, d)))
  .filter((f) => f.includes(filter))
  .sort();

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour sequences start with ESC
const stripAnsi = (s) => s.replace(/\x1b\[[0-9;]*m/g, '');
const count = (text, label) => {
  const m = new RegExp(`^\\s*${label}:\\s+(\\d+)`, 'm').exec(text);
  return m ? Number(m[1]) : 0;
};

function runOne(file) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [file], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => {
      out += `\n[run-tests] killed after ${perFileTimeoutMs} ms\n`;
      child.kill('SIGKILL');
    }, perFileTimeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const text = stripAnsi(out);
      const total = count(text, 'Total');
      const passed = count(text, 'Passed');
      const skipped = count(text, 'Skipped');
      // A file that crashed or printed no totals counts as one failure, never as silence.
      const failed = code === 0 ? total - passed - skipped : Math.max(1, total - passed - skipped);
      resolve({ file: relative(root, file), code, passed, failed, skipped, ms: Date.now() - started, text });
    });
  });
}

const results = [];
let next = 0;
async function worker() {
  while (next < files.length) {
    const r = await runOne(files[next++]);
    results.push(r);
    const mark = r.failed ? 'FAIL' : 'ok  ';
    const skipped = r.skipped ? `, ${r.skipped} skipped` : '';
    console.log(`${mark} ${r.file}  (${r.passed} passed, ${r.failed} failed${skipped}, ${(r.ms / 1000).toFixed(1)} s)`);
    if (r.failed)
      console.log(
        r.text
          .split('\n')
          .map((l) => `    ${l}`)
          .join('\n'),
      );
  }
}
await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));

const passed = results.reduce((a, r) => a + r.passed, 0);
const failed = results.reduce((a, r) => a + r.failed, 0);
const skipped = results.reduce((a, r) => a + r.skipped, 0);
if (files.length === 0) console.log('no test files found (did the build run?)');
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed || files.length === 0 ? 1 : 0);
