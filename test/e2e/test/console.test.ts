// The web console in a real browser (Debian's chromium, headless): a lab cluster's hosts, groups and systems as a
// person sees them, then a crashed host shown down with since when and the countdown to its failover. Both are
// also rendered as PNG screenshots, into a temporary folder, or into FERRY_SCREENSHOT_DIR when it is set (the
// README's images: FERRY_SCREENSHOT_DIR=docs node test/e2e/dist/test/console.test.js).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Lab } from '@ferry/lab';
import {
  Ferryd,
  cleanupAll,
  fenceArgs,
  ferryJson,
  ferryOk,
  freePort,
  registerLabHosts,
  tempDir,
  upLab,
  waitUntil,
  type HostJson,
} from './support/index.js';

const BROWSER = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
let lab: Lab;
let node: Ferryd;
let web = '';
let shots = '';

/** Renders the console into SHOTS/NAME and checks that a PNG came out. */
async function screenshot(name: string): Promise<void> {
  shots ||= process.env.FERRY_SCREENSHOT_DIR || tempDir('console-shots');
  const file = join(shots, name);
  await chromium('--window-size=1280,1100', `--screenshot=${file}`);
  const png = readFileSync(file);
  assert.equal([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${file} is a PNG`);
  assert.ok(png.length > 10_000, `${file} holds a rendered page (${png.length} bytes)`);
}

/** Runs headless chromium on the console with `args` (--dump-dom or --screenshot=…); returns its stdout. */
function chromium(...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const tryAt = (i: number): void => {
      if (i >= BROWSER.length) {
        reject(new Error(`no chromium at ${BROWSER.join(' or ')} (Debian: apt-get install chromium)`));
        return;
      }
      execFile(
        BROWSER[i]!,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--hide-scrollbars',
          '--virtual-time-budget=12000',
          ...args,
          `http://${web}/`,
        ],
        { timeout: 60_000, maxBuffer: 16 << 20 },
        (err, stdout, stderr) => {
          if (err && (err as { code?: unknown }).code === 'ENOENT') return tryAt(i + 1);
          if (err) return reject(new Error(`chromium failed: ${err.message}\n${stderr}`));
          resolve(stdout);
        },
      );
    };
    tryAt(0);
  });
}

test.before(async () => {
  const dir = tempDir('console');
  web = `127.0.0.1:${await freePort()}`;
  [lab, node] = await Promise.all([
    upLab('console', { hosts: 2, type: 'kvm', ramMiB: 8192, systems: 2, systemRamMiB: 1024 }),
    Ferryd.start({ dir, nodeId: 'web', cluster: 'console', args: ['--web', web] }),
  ]);
  const a = node.addr;
  await ferryOk(a, 'settings', 'set', 'probe-interval', '1');
  await ferryOk(a, 'settings', 'set', 'down-after', '2');
  await registerLabHosts(a, lab, 'kvm', lab.hostNames(), fenceArgs(lab));
  await waitUntil(
    'both hosts up',
    async () => (await ferryJson<HostJson[]>(a, 'hosts', 'list')).every((h) => h.state === 'up'),
    30_000,
  );
  const [h1, h2] = lab.hostNames() as [string, string];
  await ferryOk(
    a,
    'groups',
    'create',
    'g1',
    '--type',
    'kvm',
    '--mode',
    'automatic',
    '--hosts',
    `${h1},${h2}`,
    '--down-timeout',
    '120',
    '--fence',
    'command',
  );
});

test.after(cleanupAll);

test('the console shows hosts, groups, systems and recent events as rendered by chromium', async () => {
  const [h1, h2] = lab.hostNames() as [string, string];
  const dom = await chromium('--dump-dom');
  for (const h of [h1, h2])
    assert.match(dom, new RegExp(`<th scope="row">${h}</th><td><span class="state up">up</span>`), `host ${h} up`);
  assert.match(dom, /<th scope="row">g1<\/th><td>kvm<\/td><td>automatic<\/td>/);
  assert.match(dom, /yes: losing \S+ \(2048 MiB running\) leaves room for all of it/);
  assert.match(
    dom,
    new RegExp(`<th scope="row">vm-${h1}-1</th><td>${h1}</td><td><span class="state running">running</span>`),
  );
  assert.match(dom, /<h2>Recent events<\/h2>.*GroupCreated/s);
  await screenshot('console-up.png');
});

test('a crashed host shows down, since when, and when its failover starts', async () => {
  const [h1] = lab.hostNames() as [string, string];
  await lab.crash(h1);
  await waitUntil(
    `${h1} down`,
    async () => (await ferryJson<HostJson>(node.addr, 'hosts', 'show', h1)).state === 'down',
    30_000,
  );
  const dom = await chromium('--dump-dom');
  const row = dom.split('</tr>').find((r) => r.includes(`<th scope="row">${h1}</th>`)) ?? '';
  assert.match(row, /<span class="state down">down<\/span>/);
  assert.match(row, /automatic failover in \d+ (min \d+ )?s \(\d{4}-\d\d-\d\dT/);
  await screenshot('console-down.png');
});

test.run();
