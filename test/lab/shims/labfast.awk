# Ferry lab: the query commands of the xl / vzlist / free shims in one awk program, so a probe costs no
# Python start-up (a KVM host's virsh reads are the real virsh, see virsh.sh). Reads the state labcore.py writes
# (host.json, run.tab, definition files) and prints exactly
# what the Python shims print (test/lab/test/fast-shims.test.ts compares them byte for byte).
# Usage: installed as DIR/bin/TOOL behind a `#!` line and `BEGIN { tool = "TOOL"; SHIMS = "DIR/shims" }` (free,
# xl: every argument is the tool's; the other commands are handed to SHIMS/TOOL.py), or for vzlist
# `awk -v tool=vzlist -f labfast.awk CONF-FILES... @@ ARGS...` from the sh wrapper that globs the conf files.
BEGIN {
  nd = 0; na = 0; i = 1
  if (tool == "vzlist") { while (i < ARGC && ARGV[i] != "@@") defs[++nd] = ARGV[i++]; i++ }
  for (; i < ARGC; i++) args[++na] = ARGV[i]
  ARGC = 1
  if (tool == "xl" && (args[1] !~ /^(list|info|domid|domname)$/ || has("-l") || has("--long"))) exit python("xl")
  if (tool == "free") { load_host(); free_cmd(); exit 0 }
  if (tool == "vzlist") exit vzlist_cmd()
  load_host()
  if (tool == "xl") exit xl_cmd()
  fail("ferry-lab: labfast.awk: unknown tool " tool, 2)
}

function fail(msg, code) { printf "%s\n", msg > "/dev/stderr"; exit code }

function now_ms() {
  if (ENVIRON["FERRY_LAB_NOW_MS"] != "") return ENVIRON["FERRY_LAB_NOW_MS"] + 0
  srand(); return srand() * 1000 + 500  # awk knows whole seconds only: the middle of the current one
}

# ---- host state ---------------------------------------------------------------------------------

function jnum(s, key) { return match(s, "\"" key "\": *-?[0-9]+") ? substr(s, RSTART + length(key) + 3) + 0 : "" }
function jstr(s, key,   v) {
  if (!match(s, "\"" key "\": *\"[^\"]*\"")) return ""
  v = substr(s, RSTART, RLENGTH); sub(/^[^:]*: *"/, "", v); return substr(v, 1, length(v) - 1)
}

# Sets HOST, TYPE, RAM, CPUS, BOOT, DIR and the running table (nrun, rname[k], R[name, field], RTEXT[name]).
function load_host(   lab, text, line, f, k, name) {
  lab = ENVIRON["FERRY_LAB_DIR"]; HOST = ENVIRON["FERRY_LAB_HOST"]
  if (lab == "" || HOST == "") fail("ferry-lab: FERRY_LAB_DIR/FERRY_LAB_HOST not set (run me in a lab SSH session)", 1)
  DIR = lab "/hosts/" HOST
  text = ""
  while ((getline line < (DIR "/host.json")) > 0) text = text line
  if (text == "") fail("ferry-lab: no lab host '" HOST "' in " lab, 1)
  close(DIR "/host.json")
  TYPE = jstr(text, "type"); RAM = jnum(text, "ramMiB"); CPUS = jnum(text, "cpus"); BOOT = jnum(text, "bootMs")
  if (CPUS == "") CPUS = 8
  split("id since memoryMiB vcpus uuid ctid hostname ip disk state", RF, " ")
  nrun = 0
  while ((getline line < (DIR "/run.tab")) > 0) {
    split(line, f, "\t")
    if (f[1] == "run") {
      name = f[2]; rname[++nrun] = name; running[name] = 1
      for (k = 1; k <= 10; k++) R[name, RF[k]] = f[k + 2]
    } else if (f[1] == "text") {
      name = f[2]; sub(/^text\t[^\t]*\t/, "", line)
      if (name in RTEXT) line = RTEXT[name] "\n" line
      RTEXT[name] = line
    }
  }
  close(DIR "/run.tab")
}

function used_mib(   k, s) { s = 0; for (k = 1; k <= nrun; k++) s += R[rname[k], "memoryMiB"]; return s }

# ---- definitions (labcore.definitions) ----------------------------------------------------------

# openvz: CT[k] sorted by ctid; D[name, field] for ctid, memoryMiB, hostname, ip. Mirrors parse_vz_conf.
function load_vz_defs(   i, fn, ctid, line, key, val, name, kv, n, j, tmp, ips) {
  nct = 0
  for (i = 1; i <= nd; i++) {
    fn = defs[i]; sub(/.*\//, "", fn)
    if (fn !~ /^[0-9]+\.conf$/) continue
    ctid = substr(fn, 1, length(fn) - 5) + 0
    delete kv
    while ((getline line < defs[i]) > 0) {
      if (line !~ /^[[:space:]]*[A-Z_0-9]+[[:space:]]*=[[:space:]]*"?[^"]*"?[[:space:]]*$/) continue
      key = line; sub(/^[[:space:]]*/, "", key); val = key; sub(/[^A-Z_0-9].*$/, "", key)
      sub(/^[A-Z_0-9]+[[:space:]]*=[[:space:]]*"?/, "", val); sub(/".*$/, "", val)
      kv[key] = val
    }
    close(defs[i])
    if (("CPUS" in kv) && kv["CPUS"] != "" && kv["CPUS"] !~ /^[[:space:]]*[-+]?[0-9]+[[:space:]]*$/) continue
    name = ("NAME" in kv && kv["NAME"] != "") ? kv["NAME"] : ("HOSTNAME" in kv && kv["HOSTNAME"] != "") ? kv["HOSTNAME"] : ctid ""
    if (!(name in DNAME)) { CT[++nct] = name }
    DNAME[name] = 1; D[name, "ctid"] = ctid
    D[name, "memoryMiB"] = pages_mib(("PHYSPAGES" in kv) ? kv["PHYSPAGES"] : "0:0")
    D[name, "hostname"] = ("HOSTNAME" in kv && kv["HOSTNAME"] != "") ? kv["HOSTNAME"] : "-"
    n = split(("IP_ADDRESS" in kv) ? kv["IP_ADDRESS"] : "", ips, /[[:space:]]+/)
    D[name, "ip"] = "-"
    for (j = 1; j <= n; j++) if (ips[j] != "") { D[name, "ip"] = ips[j]; break }
  }
  for (i = 2; i <= nct; i++) for (j = i; j > 1 && D[CT[j - 1], "ctid"] > D[CT[j], "ctid"]; j--) { tmp = CT[j]; CT[j] = CT[j - 1]; CT[j - 1] = tmp }
}

# PHYSPAGES-style "barrier:limit" (4 KiB pages, or with a K/M/G suffix) -> limit in MiB (labcore.parse_pages).
function pages_mib(v,   n, lim, suf) {
  n = split(v, lim, ":"); v = lim[n]; gsub(/^[[:space:]]+|[[:space:]]+$/, "", v)
  if (v !~ /^[0-9]+[KMGkmg]?$/) return 0
  suf = toupper(substr(v, length(v))); n = v + 0
  if (suf == "K") return int(n / 1024)
  if (suf == "M") return n
  if (suf == "G") return n * 1024
  return int(n * 4 / 1024)
}

# ---- free ---------------------------------------------------------------------------------------

function free_cmd(   per, i, a, total, used, fr) {
  per = 1024
  for (i = 1; i <= na; i++) {
    a = args[i]
    if (a == "-b" || a == "--bytes") per = 1048576
    else if (a == "-k" || a == "--kibi") per = 1024
    else if (a == "-m" || a == "--mebi") per = 1
    else if (a == "-g" || a == "--gibi") per = 1 / 1024
  }
  used = used_mib(); total = RAM; fr = RAM - used
  printf "        %12s%12s%12s%12s%12s%12s\n", "total", "used", "free", "shared", "buff/cache", "available"
  printf "%-8s%12.0f%12.0f%12.0f%12s%12s%12.0f\n", "Mem:", int(total * per), int(used * per), int(fr * per), "0", "0", int(fr * per)
  printf "%-8s%12s%12s%12s\n", "Swap:", "0", "0", "0"
}

function max0(x) { return x > 0 ? x : 0 }

function has(flag,   i) { for (i = 1; i <= na; i++) if (args[i] == flag) return 1; return 0 }

function shift_args(   i) { for (i = 1; i < na; i++) args[i] = args[i + 1]; delete args[na--] }

# ---- xl -----------------------------------------------------------------------------------------

function xdie(msg) { printf "%s\n", msg > "/dev/stderr"; exit 1 }

# Sets FN to the running domain with name, id or uuid `ref` ("" when none).
function find_running(ref,   k) {
  FN = ""
  for (k = 1; k <= nrun; k++) if (rname[k] == ref || R[rname[k], "id"] == ref || R[rname[k], "uuid"] == ref) { FN = rname[k]; return }
}

# Runs the Python shim SHIMS/TOOL.py with the same arguments; returns its exit status.
function python(tool,   cmd, i) {
  cmd = SHIMS "/" tool ".py"
  for (i = 1; i <= na; i++) { gsub(/'/, "'\\''", args[i]); cmd = cmd " '" args[i] "'" }
  return system(cmd)
}

function xl_cmd(   c, ref) {
  if (TYPE != "xen") xdie("xc: error: Could not obtain handle on privileged command interface (2 = No such file or directory)")
  c = args[1]; shift_args()
  if (c == "list") xl_list()
  else if (c == "info") xl_info()
  else if (c == "domid") {
    ref = na ? args[na] : ""
    if (ref == "Domain-0") { print 0; return 0 }
    find_running(ref)
    if (FN == "") xdie("Can't get domid of domain name '" ref "', maybe this domain does not exist.")
    print R[FN, "id"]
  } else if (c == "domname") {
    ref = na ? args[na] : ""
    if (ref == "0") { print "Domain-0"; return 0 }
    find_running(ref)
    if (FN == "" || R[FN, "id"] != ref) xdie("Can't get domain with domid " ref ", maybe this domain does not exist.")
    print FN
  } else xdie("command not implemented: '" c "'")
  return 0
}

function xl_list(   pos, i, j, k, tmp, doms, nd_, now, n, boot) {
  pos = ""
  for (i = 1; i <= na; i++) if (substr(args[i], 1, 1) != "-") { pos = args[i]; break }
  nd_ = 0
  for (k = 1; k <= nrun; k++) doms[++nd_] = rname[k]
  for (i = 2; i <= nd_; i++) for (j = i; j > 1 && R[doms[j - 1], "id"] + 0 > R[doms[j], "id"] + 0; j--) { tmp = doms[j]; doms[j] = doms[j - 1]; doms[j - 1] = tmp }
  if (pos != "") {
    find_running(pos)
    if (pos == "0" || pos == "Domain-0") nd_ = 0
    else if (FN == "") xdie(pos " is an invalid domain identifier (rc=-6)")
    else { nd_ = 1; doms[1] = FN }
  }
  printf "Name                                        ID   Mem VCPUs\tState\tTime(s)\n"
  now = now_ms()
  if (pos == "" || pos == "0" || pos == "Domain-0") {
    boot = BOOT == "" ? now : BOOT
    printf "%-40s %5d %5d %5d     %s  %8.1f\n", "Domain-0", 0, 512, CPUS, "r-----", max0(now - boot) / 1000.0 * 0.05
  }
  for (i = 1; i <= nd_; i++) {
    n = doms[i]
    printf "%-40s %5d %5d %5d     %s  %8.1f\n", n, R[n, "id"], R[n, "memoryMiB"], R[n, "vcpus"] == "" ? 1 : R[n, "vcpus"], xl_flags(R[n, "state"]), max0(now - R[n, "since"]) / 1000.0 * 0.01
  }
}

# xl_list.c's six state letters (running, blocked, paused, shutdown, shutdown reason, dying) of a lab state: an idle
# domain is blocked; a crashed one (on_crash = "preserve") is shut down with reason crash.
function xl_flags(state) { return state == "paused" ? "--p---" : state == "crashed" ? "---sc-" : "-b----" }

function xl_info(   f) {
  f = "%-23s: %s\n"
  printf f, "host", HOST; printf f, "release", "6.1.0-18-amd64"; printf f, "version", "#1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1"
  printf f, "machine", "x86_64"; printf f, "nr_cpus", CPUS; printf f, "max_cpu_id", CPUS - 1; printf f, "nr_nodes", 1
  printf f, "cores_per_socket", CPUS; printf f, "threads_per_core", 1; printf f, "cpu_mhz", "2400.000"
  printf f, "virt_caps", "pv hvm hap shadow"; printf f, "total_memory", RAM; printf f, "free_memory", RAM - used_mib()
  printf f, "sharing_freed_memory", 0; printf f, "sharing_used_memory", 0; printf f, "outstanding_claims", 0; printf f, "free_cpus", 0
  printf f, "xen_major", 4; printf f, "xen_minor", 17; printf f, "xen_extra", ".3"; printf f, "xen_version", "4.17.3"
  printf f, "xen_caps", "xen-3.0-x86_64 hvm-3.0-x86_32 hvm-3.0-x86_32p hvm-3.0-x86_64"
  printf f, "xen_scheduler", "credit2"; printf f, "xen_pagesize", 4096; printf f, "platform_params", "virt_start=0xffff800000000000"
  printf f, "xen_changeset", ""; printf f, "xen_commandline", "placeholder dom0_mem=512M,max:512M"
  printf f, "cc_compiler", "x86_64-linux-gnu-gcc (Debian 12.2.0-14) 12.2.0"; printf f, "xend_config_format", 4
}

# ---- vzlist -------------------------------------------------------------------------------------

function vzlist_cmd(   show, header, nf, fl, i, a, fp, k, nids, ids, ct, r, now, out, rows, sel, v) {
  split("ctid:CTID:10:1 veid:CTID:10:1 nproc:NPROC:10:1 status:STATUS:9:0 ip:IP_ADDR:15:0 hostname:HOSTNAME:32:0 name:NAME:32:0 physpages:PHYSPAGES:10:1 physpages.m:PHYSPAGES.M:11:1 physpages.b:PHYSPAGES.B:11:1 physpages.l:PHYSPAGES.L:11:1 physpages.f:PHYSPAGES.F:11:1 swappages:SWAPPAGES:10:1 onboot:ONBOOT:6:0 uptime:UPTIME:10:1", FD, " ")
  for (i in FD) { split(FD[i], fp, ":"); FH[fp[1]] = fp[2]; FW[fp[1]] = fp[3]; FR[fp[1]] = fp[4] }
  show = "running"; header = 1; nf = split("ctid nproc status ip hostname", fl, " "); nids = 0
  for (i = 1; i <= na; i++) {
    a = args[i]
    if (a == "-a" || a == "--all") show = "all"
    else if (a == "-S" || a == "--stopped") show = "stopped"
    else if (a == "-H" || a == "--no-header") header = 0
    else if (a == "-1" || a == "--ctid-only") { nf = split("ctid", fl, " "); header = 0 }
    else if (a == "-o" || a == "--output") { i++; nf = split(i <= na ? args[i] : "", fl, ",") }
    else if (substr(a, 1, 2) == "-o") nf = split(substr(a, 3), fl, ",")
    else if (substr(a, 1, 1) == "-") { printf "vzlist: invalid option -- '%s'\n", a > "/dev/stderr"; return 1 }
    else ids[a] = ++nids
  }
  if (nf == 0) { nf = 1; fl[1] = "" }
  for (i = 1; i <= nf; i++) if (!(fl[i] in FH)) { printf "Unknown field: %s\n", fl[i] > "/dev/stderr"; return 1 }
  load_host(); load_vz_defs(); now = now_ms()
  rows = 0
  for (k = 1; k <= nct; k++) {
    ct = CT[k]
    if (nids && !((D[ct, "ctid"] "") in ids) && !(ct in ids)) continue
    sel[++rows] = ct
  }
  if (nids) {
    if (!rows) { printf "Container(s) not found\n" > "/dev/stderr"; return 1 }
    show = "all"
  }
  out = 0
  for (k = 1; k <= rows; k++) {
    r = (sel[k] in running)
    if ((show == "running" && !r) || (show == "stopped" && r)) continue
    sel[++out + rows] = sel[k]
  }
  if (!out && !header) return 0
  if (!out) { printf "Container(s) not found\n" > "/dev/stderr"; return 1 }
  if (header) { for (i = 1; i <= nf; i++) v[i] = FH[fl[i]]; print vzrow(fl, nf, v) }
  for (k = 1; k <= out; k++) {
    ct = sel[rows + k]
    for (i = 1; i <= nf; i++) v[i] = vzvalue(fl[i], ct, now)
    print vzrow(fl, nf, v)
  }
  return 0
}

function vzrow(fl, nf, v,   i, s, c, w) {
  s = ""
  for (i = 1; i <= nf; i++) {
    w = FW[fl[i]]; c = v[i]
    s = s (i > 1 ? " " : "") sprintf(FR[fl[i]] ? "%" w "s" : "%-" w "s", c)
  }
  sub(/[[:space:]]+$/, "", s)
  return s
}

function vzvalue(f, ct, now,   r, pages) {
  r = (ct in running); pages = D[ct, "memoryMiB"] * 256
  if (f == "ctid" || f == "veid") return D[ct, "ctid"]
  if (f == "nproc") return r ? "12" : "-"
  if (f == "status") return r ? "running" : "stopped"
  if (f == "ip") return D[ct, "ip"]
  if (f == "hostname") return D[ct, "hostname"]
  if (f == "name") return ct
  if (f == "physpages" || f == "physpages.m") return r ? pages "" : "-"
  if (f == "physpages.b") return "0"
  if (f == "physpages.l") return pages ""
  if (f == "physpages.f" || f == "swappages") return r ? "0" : "-"
  if (f == "onboot") return "no"
  if (f == "uptime") return r ? sprintf("%.3f", (now - R[ct, "since"]) / 1000.0) : "-"
  return "-"
}
