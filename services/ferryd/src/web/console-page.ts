// The web console's one page, rendered on the server as plain HTML (no CDN; a few lines of script fetch it again
// every few seconds and swap the body in place, so it stays live without navigating): the node, hosts with since
// when they are in their state and the countdown to a pending failover, groups with whether they can absorb the
// loss of their biggest member, systems, failovers, replicas and recent events. Pure: everything it shows comes in
// the view.
import type { ClusterStatus } from '@ferry/contract';
import type { FailoverView as FailoverRecord, HostView as Host, SystemView as System } from '../views.js';
import type { GroupCapacity } from '@ferry/failover';

/** What the page shows. */
export interface ConsoleView {
  status: ClusterStatus;
  hosts: Host[];
  groups: {
    name: string;
    type: string;
    mode: string;
    members: string[];
    timeoutSec: number;
    fence: string;
    capacity?: GroupCapacity;
  }[];
  systems: System[];
  /** Failover records, pending ones included. */
  failovers: FailoverRecord[];
  events: { seq: number; time: string; type: string; aggregate: string; body: string }[];
  /** The event filter asked for, and a problem with it (an unknown type, a malformed aggregate). */
  filter: { type: string; aggregate: string; problem?: string };
  /** When the page was made (ISO); countdowns are relative to it. */
  now: string;
  /** Seconds between reloads. */
  refreshSec: number;
}

const esc = (v: unknown): string =>
  String(v ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

function table(caption: string, headers: string[], rows: unknown[][], empty: string): string {
  if (rows.length === 0) return `<section><h2>${esc(caption)}</h2><p class="empty">${esc(empty)}</p></section>`;
  return `<section><h2>${esc(caption)}</h2><table><thead><tr>${headers.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${cell(c)}</th>` : `<td>${cell(c)}</td>`)).join('')}</tr>`,
    )
    .join('')}</tbody></table></section>`;
}

/** A cell: text escaped, or `{html}` already made safe by this module. */
function cell(c: unknown): string {
  if (c && typeof c === 'object' && 'html' in c) return String((c as { html: string }).html);
  return esc(c === '' || c === undefined || c === null ? '-' : c);
}

const badge = (state: string): { html: string } => ({ html: `<span class="state ${esc(state)}">${esc(state)}</span>` });

/** "in 1 min 5 s" / "5 s ago" between two ISO times (pure). */
export function relative(when: string, now: string): string {
  const d = Math.round((Date.parse(when) - Date.parse(now)) / 1000);
  const a = Math.abs(d);
  const text =
    a >= 3600
      ? `${Math.floor(a / 3600)} h ${Math.floor((a % 3600) / 60)} min`
      : a >= 60
        ? `${Math.floor(a / 60)} min ${a % 60} s`
        : `${a} s`;
  return d >= 0 ? `in ${text}` : `${text} ago`;
}

function hostFailover(h: Host, v: ConsoleView): string {
  const pending = v.failovers.find((f) => f.outcome === 'pending' && f.from === h.name);
  if (pending?.failoverAt) return `automatic failover ${relative(pending.failoverAt, v.now)} (${pending.failoverAt})`;
  if (pending) return 'manual group: waiting for an operator';
  const running = v.failovers.find((f) => f.outcome === 'in-progress' && f.from === h.name);
  return running ? `failover ${running.id} in progress` : '';
}

function capacityText(c: GroupCapacity | undefined): string {
  if (!c) return 'fewer than two members up';
  if (c.absorbed) return `yes: losing ${c.host} (${c.runningMiB} MiB running) leaves room for all of it`;
  return `no: losing ${c.host} leaves ${c.refusals.map((r) => `${r.system} (${r.reason})`).join('; ')}`;
}

/** The whole page (pure). */
export function renderConsole(v: ConsoleView): string {
  const st = v.status;
  const node = `<p class="node">Node <strong>${esc(st.nodeId)}</strong> of cluster <strong>${esc(st.cluster)}</strong>: ${badge(st.role ?? '').html} epoch ${esc(st.epoch)},
head seq ${esc(st.headSeq)}; writes ${esc(st.writes || 'ok')}; storage ${esc(st.storage || 'ok')}; mail ${esc(st.mail || 'ok')}. As of ${esc(v.now)}.</p>`;
  const hosts = table(
    'Hosts',
    ['Host', 'State', 'Since', 'Down since', 'Failover', 'Fence', 'Free / total MiB', 'Last error'],
    v.hosts.map((h) => [
      h.name,
      badge(h.state ?? ''),
      h.stateSince ? `${h.stateSince} (${relative(h.stateSince, v.now)})` : '',
      h.downSince,
      hostFailover(h, v),
      h.fenceMethod === 'command' ? (h.fenceCommand ? 'command' : 'no fence command') : h.fenceMethod,
      h.state === 'up' ? `${h.memFreeMib} / ${h.memTotalMib}` : '',
      h.lastError,
    ]),
    'No host is registered.',
  );
  const groups = table(
    'Groups',
    ['Group', 'Type', 'Mode', 'Members', 'Timeout', 'Fence', 'Survives losing its biggest member?'],
    v.groups.map((g) => [
      g.name,
      g.type,
      g.mode,
      g.members.join(', '),
      `${g.timeoutSec} s`,
      g.fence,
      capacityText(g.capacity),
    ]),
    'No failover group.',
  );
  const systems = table(
    'Systems',
    ['System', 'Host', 'State', 'Memory MiB', 'Owner', 'Failover'],
    v.systems.map((s) => [s.name, s.host, badge(s.state ?? ''), s.memoryMib, s.owner, s.failover ? 'yes' : 'no']),
    'No system discovered yet.',
  );
  const failovers = table(
    'Failovers',
    ['Failover', 'System', 'From', 'To', 'Outcome', 'At', 'Reason'],
    v.failovers.map((f) => [f.id || 'pending', f.system, f.from, f.to, badge(f.outcome ?? ''), f.at, f.reason]),
    'No failover.',
  );
  const replicas = table(
    'Replicas',
    ['Replica', 'Node', 'Connected', 'Acked seq', 'Lag (events)', 'Last contact'],
    (st.replicas ?? []).map((r) => [
      r.address,
      r.nodeId,
      r.connected ? 'yes' : 'no',
      r.ackedSeq,
      r.lagEvents,
      r.lastContact,
    ]),
    'No replica.',
  );
  const form = `<form method="get" action="/"><label>Type <input name="type" value="${esc(v.filter.type)}"></label>
<label>Aggregate <input name="aggregate" value="${esc(v.filter.aggregate)}" placeholder="host/h1"></label> <button>Filter</button></form>`;
  const problem = v.filter.problem ? `<p class="problem" role="alert">${esc(v.filter.problem)}</p>` : '';
  const events = table(
    'Recent events',
    ['Seq', 'Time', 'Type', 'Aggregate', 'Body'],
    v.events.map((e) => [e.seq, e.time, e.type, e.aggregate, e.body]),
    'No event matches.',
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ferry: ${esc(st.cluster)}</title>
<script>
// Live without reloading: fetch this page again and swap in its body (not while the filter is being typed in).
setInterval(async () => {
  if (document.activeElement && document.activeElement.tagName === 'INPUT') return;
  try {
    const r = await fetch(location.href, { cache: 'no-store' });
    if (r.ok) document.body.replaceWith(new DOMParser().parseFromString(await r.text(), 'text/html').body);
  } catch (e) { /* the next round tries again */ }
}, ${v.refreshSec * 1000});
</script>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem;color:#1b1b1b}h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.6rem}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #ddd;vertical-align:top;overflow-wrap:anywhere}
thead th{background:#f3f3f3}.state{padding:0 .4rem;border-radius:.3rem;background:#eee}.up,.running,.succeeded,.master{background:#d8f0d8}
.down,.fenced,.failed,.crashed{background:#f6d0d0}.unreachable,.probe-error,.pending,.in-progress,.unknown{background:#f8ebc8}
.problem{color:#8a1111}.empty{color:#666}form{margin:.5rem 0}
</style></head><body>
<h1>Ferry</h1>
${node}
${hosts}
${groups}
${failovers}
${systems}
${replicas}
<section><h2>Event filter</h2>${form}${problem}</section>
${events}
</body></html>
`;
}
