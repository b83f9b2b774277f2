// Real network separation for a campaign: a router namespace, one namespace per Ferry node (each on its own veth
// link to the router), and the root namespace (the campaign driver and the lab's sshd hosts) on one more link.
// Partitions are policy-routing `blackhole` rules in the router: packets between the chosen addresses are dropped
// in flight (the senders see silence and time out, as in a real partition), nothing is stopped. Every name starts
// with a per-run prefix; `destroy` removes the namespaces (and with them every veth) and is safe to call twice.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

/** Runs `ip` with `args`; throws with its stderr on failure. */
function ip(...args: string[]): string {
  return execFileSync('ip', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The addresses and namespaces of one campaign network. */
export class Network {
  private readonly rules = new Set<string>();
  private destroyed = false;

  private constructor(
    /** Prefix of every namespace and interface name of this run. */
    readonly prefix: string,
    /** Second octet of the run's 10.N.0.0/16. */
    private readonly net: number,
    /** Namespace of each Ferry node. */
    readonly nodeNamespaces: string[],
    /** Address of each Ferry node (in its namespace). */
    readonly nodeIps: string[],
    /** Address of each lab host (in the root namespace). */
    readonly hostIps: string[],
  ) {}

  /** The router's namespace. */
  get router(): string {
    return `${this.prefix}-r`;
  }

  /** Address the campaign driver talks from (root namespace). */
  get driverIp(): string {
    return `10.${this.net}.0.2`;
  }

  /** Creates the namespaces and links for `nodes` Ferry nodes and `hosts` lab host addresses. */
  static create(nodes: number, hosts: number): Network {
    const prefix = `fc${randomBytes(3).toString('hex')}`;
    const used =
      ip('-4', 'addr')
        .match(/inet 10\.(\d+)\./g)
        ?.map((m) => Number(m.split('.')[1])) ?? [];
    const free = Array.from({ length: 150 }, (_, i) => 100 + i).filter((n) => !used.includes(n));
    const net = free[Math.floor(Math.random() * free.length)];
    if (net === undefined) throw new Error('no free 10.N.0.0/16 for the campaign network');
    const n = new Network(
      prefix,
      net,
      Array.from({ length: nodes }, (_, i) => `${prefix}-n${i}`),
      Array.from({ length: nodes }, (_, i) => `10.${net}.${i + 1}.2`),
      Array.from({ length: hosts }, (_, i) => `10.${net}.0.${10 + i}`),
    );
    try {
      n.build();
    } catch (err) {
      n.destroy();
      throw err;
    }
    return n;
  }

  private build(): void {
    const { prefix, net, router } = this;
    ip('netns', 'add', router);
    ip('-n', router, 'link', 'set', 'lo', 'up');
    execFileSync('ip', ['netns', 'exec', router, 'sysctl', '-q', '-w', 'net.ipv4.ip_forward=1']);
    // Root <-> router.
    ip('link', 'add', `${prefix}h`, 'type', 'veth', 'peer', 'name', `${prefix}x`);
    ip('link', 'set', `${prefix}x`, 'netns', router);
    ip('-n', router, 'addr', 'add', `10.${net}.0.1/24`, 'dev', `${prefix}x`);
    ip('-n', router, 'link', 'set', `${prefix}x`, 'up');
    ip('addr', 'add', `${this.driverIp}/24`, 'dev', `${prefix}h`);
    for (const h of this.hostIps) ip('addr', 'add', `${h}/32`, 'dev', `${prefix}h`);
    ip('link', 'set', `${prefix}h`, 'up');
    // Router <-> each node.
    this.nodeNamespaces.forEach((ns, i) => {
      ip('netns', 'add', ns);
      ip('-n', ns, 'link', 'set', 'lo', 'up');
      ip('link', 'add', `${prefix}a${i}`, 'type', 'veth', 'peer', 'name', `${prefix}b${i}`);
      ip('link', 'set', `${prefix}a${i}`, 'netns', router);
      ip('link', 'set', `${prefix}b${i}`, 'netns', ns);
      ip('-n', router, 'addr', 'add', `10.${net}.${i + 1}.1/24`, 'dev', `${prefix}a${i}`);
      ip('-n', router, 'link', 'set', `${prefix}a${i}`, 'up');
      ip('-n', ns, 'addr', 'add', `${this.nodeIps[i]}/24`, 'dev', `${prefix}b${i}`);
      ip('-n', ns, 'link', 'set', `${prefix}b${i}`, 'up');
      ip('-n', ns, 'route', 'add', 'default', 'via', `10.${net}.${i + 1}.1`);
      ip('route', 'add', `10.${net}.${i + 1}.0/24`, 'via', `10.${net}.0.1`);
    });
  }

  /** Drops every packet between addresses `a` and `b`, both ways, until healed. */
  cut(a: string, b: string): void {
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      const key = `${from} ${to}`;
      if (this.rules.has(key)) continue;
      ip('-n', this.router, 'rule', 'add', 'priority', '100', 'from', from, 'to', to, 'blackhole');
      this.rules.add(key);
    }
  }

  /** Lets packets between `a` and `b` through again. */
  heal(a: string, b: string): void {
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      const key = `${from} ${to}`;
      if (!this.rules.delete(key)) continue;
      ip('-n', this.router, 'rule', 'del', 'priority', '100', 'from', from, 'to', to, 'blackhole');
    }
  }

  /** Heals every partition. */
  healAll(): void {
    for (const key of [...this.rules]) {
      const [from, to] = key.split(' ') as [string, string];
      this.heal(from, to);
    }
  }

  /** Removes the namespaces (their veths go with them) and the root routes; idempotent, never throws. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    for (const ns of [...this.nodeNamespaces, this.router]) {
      try {
        ip('netns', 'del', ns);
      } catch {
        // not created, or already gone
      }
    }
    try {
      ip('link', 'del', `${this.prefix}h`);
    } catch {
      // went with the router namespace
    }
  }
}
