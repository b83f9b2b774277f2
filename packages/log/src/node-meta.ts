// Node metadata: the node's small durable strings kept beside its log (node id, cluster, role, master address, what
// the bus last published), in the store's `meta` sublevel, which the log's own bookkeeping keys share. Writes are
// fsynced and go through the log's write path, so they are refused while the store is stopped.
import type { LogContext } from './context.js';

/** The node's metadata in the log's store; see the module header. */
export class NodeMeta {
  readonly #c: Pick<LogContext, 'store' | 'assertOpen'>;

  constructor(context: Pick<LogContext, 'store' | 'assertOpen'>) {
    this.#c = context;
  }

  /** The string stored under `key` (node id, role, master address, …), or undefined. */
  async get(key: string): Promise<string | undefined> {
    this.#c.assertOpen();
    return this.#c.store.meta.get(key);
  }

  /** Durably stores `value` under `key`. */
  async put(key: string, value: string): Promise<void> {
    this.#c.assertOpen();
    await this.#c.store.write([{ type: 'put', p: this.#c.store.P.meta, key, value }], true);
  }
}
