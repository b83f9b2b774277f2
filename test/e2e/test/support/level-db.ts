// Direct access to a stopped ferryd's LevelDB (DATA/db) with the log's own key layout (sublevel `log`, 8-byte
// big-endian seq keys, value = 32-byte hash + canonical JSON data), to damage one stored record in a test.
// `level` is @ferry/log's dependency; it is resolved from there so the e2e package adds no copy of its own.
import { createRequire } from 'node:module';

interface RawDb {
  open(): Promise<void>;
  close(): Promise<void>;
  sublevel(name: string, opts: object): RawSub;
}
interface RawSub {
  iterator(): { all(): Promise<[Buffer, Buffer][]> };
  put(k: Buffer, v: Buffer, o?: object): Promise<void>;
}

function levelCtor(): new (path: string, opts: object) => RawDb {
  const req = createRequire(import.meta.resolve('@ferry/log'));
  return (req('level') as { Level: new (path: string, opts: object) => RawDb }).Level;
}

/** What was damaged. */
export interface Damage {
  seq: number;
  aggregate: string;
  type: string;
  /** Byte offset (within the stored JSON data) that was changed, and from/to characters. */
  offset: number;
  from: string;
  to: string;
}

/**
 * Changes one byte inside the body of the first stored event of `aggregate` whose data contains `needle`
 * (the byte right after it), keeping the JSON valid so the damage is only visible to the hash chain.
 */
export async function damageRecord(dbPath: string, aggregate: string, needle: string): Promise<Damage> {
  const Level = levelCtor();
  const db = new Level(dbPath, { keyEncoding: 'buffer', valueEncoding: 'buffer' });
  await db.open();
  try {
    const log = db.sublevel('log', { keyEncoding: 'buffer', valueEncoding: 'buffer' });
    for (const [k, v] of await log.iterator().all()) {
      const data = v.subarray(32);
      const o = JSON.parse(data.toString('utf8')) as { seq: number; aggregate: string; type: string };
      if (o.aggregate !== aggregate) continue;
      const at = data.indexOf(needle);
      if (at < 0) continue;
      const offset = at + Buffer.byteLength(needle);
      const copy = Buffer.from(v);
      const before = String.fromCharCode(copy[32 + offset]!);
      const after = before === '9' ? '8' : '9';
      copy[32 + offset] = after.charCodeAt(0);
      JSON.parse(copy.subarray(32).toString('utf8')); // still valid JSON
      await log.put(k, copy, { sync: true });
      return { seq: o.seq, aggregate: o.aggregate, type: o.type, offset, from: before, to: after };
    }
    throw new Error(`no stored event of ${aggregate} contains ${needle}`);
  } finally {
    await db.close();
  }
}
