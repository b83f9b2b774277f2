// The failover journal on a real LevelDB event log: a master whose log learned of a newer epoch between the
// engine's decision and its append gets a StaleEpochError (so the engine stops as stale instead of noting an
// interruption), and a node in a read-only role likewise.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { StaleEpochError, type FailoverEvent } from '@ferry/failover';
import { EventLog, FencedError } from '@ferry/log';
import { createProjection } from '@ferry/model';
import { ReadOnlyError } from '../src/errors.js';
import { logJournal } from '../src/failover/journal.js';
import type { FerryNode } from '../src/node.js';

const started: FailoverEvent = {
  type: 'FailoverStarted',
  body: { id: 'fo-1', host: 'h1', group: 'g1', reason: 'automatic', detail: 'test' },
};

/** The parts of a node the journal uses, over a real log; `writable` stands for the role check. */
async function withNode(
  fn: (node: FerryNode, log: EventLog, role: { writable: boolean }) => Promise<void>,
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ferry-journal-'));
  const projection = createProjection();
  const log = await EventLog.open({ path: join(dir, 'db'), projection });
  const role = { writable: true };
  const node = {
    log,
    state: projection.state,
    appendAsMaster: async (events: Parameters<EventLog['append']>[0]) => {
      if (!role.writable) throw new ReadOnlyError('this node is a read-only replica');
      return log.append(events);
    },
  } as unknown as FerryNode;
  try {
    await fn(node, log, role);
  } finally {
    await log.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a log fenced by a newer epoch makes the journal throw StaleEpochError, with the log error as its cause', async () => {
  await withNode(async (node, log) => {
    const journal = logJournal(node);
    await journal.append([started]);
    await log.observeEpoch(log.knownMaxEpoch + 1);
    const err = await journal
      .append([
        { type: 'FailoverCompleted', body: { id: 'fo-1', outcome: 'failed', moved: 0, failed: 0, detail: 'x' } },
      ])
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    assert.instance(err, StaleEpochError);
    assert.instance((err as StaleEpochError).cause, FencedError);
    assert.equal(
      (await journal.read()).map((e) => e.type),
      ['FailoverStarted'],
    );
  });
});

test('a node in a read-only role makes the journal throw StaleEpochError', async () => {
  await withNode(async (node, _log, role) => {
    role.writable = false;
    const err = await logJournal(node)
      .append([started])
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    assert.instance(err, StaleEpochError);
  });
});

test.run();
