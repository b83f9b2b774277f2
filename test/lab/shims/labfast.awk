# Ferry lab: the query commands of the virsh / xl / vzlist / free shims in one awk program, so a probe costs no
# Python start-up. Reads the state labcore.py writes (host.json, run.tab, definition files) and prints exactly
# what the Python shims print (test/lab/test/fast-shims.test.ts compares them byte for byte).
# Usage: installed as DIR/bin/TOOL behind a `#!` line and `BEGIN { tool = "TOOL"; SHIMS = "DIR/shims" }` (free,
# virsh, xl: every argument is the tool's; the other commands are handed to SHIMS/TOOL.py), or for vzlist
# `awk -v tool=vzlist -f labfast.awk CONF-FILES... @@ ARGS...` from the sh wrapper that globs the conf files.
BEGIN {
  nd = 0; na = 0; i = 1
  if (tool == "vzlist") { while (i < ARGC && ARGV[i] != "@@") defs[++nd] = ARGV[i++]; i++ }
  for (; i < ARGC; i++) args[++na] = ARGV[i]
  ARGC = 1
  if (tool == "xl" && (args[1] !~ /^(list|info|domid|domname)$/ || has("-l") || has("--long"))) exit python("xl")
  if (tool == "virsh" && args[1] !~ /^(list|dominfo|domstate|dumpxml|domid|domuuid|nodeinfo|nodememstats|freecell)$/) exit python("virsh")
  if (tool == "free") { load_host(); free_cmd(); exit 0 }
  if (tool == "vzlist") exit vzlist_cmd()
  load_host()
  if (tool == "virsh") exit virsh_cmd()
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

# Sets HOST, TYPE, RAM, CPUS, BOOT, DIR, the running table (nrun, rname[k], R[name, field], RTEXT[name]) and, on
# KVM, the definition files of the persistent domains (defs[1..nd]).
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
  split("id since memoryMiB vcpus uuid ctid hostname ip disk", RF, " ")
  nrun = 0
  while ((getline line < (DIR "/run.tab")) > 0) {
    split(line, f, "\t")
    if (f[1] == "run") {
      name = f[2]; rname[++nrun] = name; running[name] = 1
      for (k = 1; k <= 9; k++) R[name, RF[k]] = f[k + 2]
    } else if (f[1] == "def") {
      defs[++nd] = DIR "/etc/libvirt/qemu/" f[2] ".xml"
    } else if (f[1] == "text") {
      name = f[2]; sub(/^text\t[^\t]*\t/, "", line)
      if (name in RTEXT) line = RTEXT[name] "\n" line
      RTEXT[name] = line
    }
  }
  close(DIR "/run.tab")
}

function used_mib(   k, s) { s = 0; for (k = 1; k <= nrun; k++) s += R[rname[k], "memoryMiB"]; return s }

function slurp(path,   line, t, n) {
  t = ""; n = 0
  while ((getline line < path) > 0) t = (n++ ? t "\n" : "") line
  close(path); return t
}

# Python's round() (half to even) of a non-negative number.
function round_even(x,   f) { f = int(x); if (x - f > 0.5 || (x - f == 0.5 && f % 2 == 1)) f++; return f }

# ---- definitions (labcore.definitions) ----------------------------------------------------------

# kvm: DNAME[name] = 1, D[name, field] for memoryMiB, vcpus, uuid, path of every definition file. Mirrors
# labcore.definitions; virsh.py wrote each file, so each passed parse_kvm_xml and NAME.xml defines NAME.
function load_kvm_defs(   i) { for (i = 1; i <= nd; i++) if (defs[i] ~ /\.xml$/) parse_kvm_def(defs[i]) }

# Only the names (all `virsh list` without --uuid needs): each file is read up to its </name>.
function load_kvm_names(   i, t, line, name) {
  for (i = 1; i <= nd; i++) {
    if (defs[i] !~ /\.xml$/) continue
    t = ""
    while ((getline line < defs[i]) > 0) { t = t "\n" line; if (index(line, "</name>")) break }
    close(defs[i])
    if (!match(t, /<name>[[:space:]]*[^<[:space:]]+[[:space:]]*<\/name>/)) continue
    name = substr(t, RSTART + 6, RLENGTH - 13); gsub(/[[:space:]]/, "", name); DNAME[name] = 1
  }
}

# Only REF.xml, when it defines REF (a command naming one domain); 0 when the others must be read.
function load_kvm_def(ref,   i) {
  for (i = 1; i <= nd; i++) if (substr(defs[i], length(defs[i]) - length(ref) - 4) == "/" ref ".xml") return parse_kvm_def(defs[i]) == ref
  return 0
}

# Parses one domain XML like labcore.parse_kvm_xml into DNAME / D; returns its name ("" when it does not parse).
function parse_kvm_def(path,   i, t, m, name, uuid, mem, unit) {
  if (!("kib" in UNIT)) {
    split("b bytes k kib kb m mib mb g gib gb t tib", U, " ")
    split("9.5367431640625e-07 9.5367431640625e-07 0.0009765625 0.0009765625 0.00095367431640625 1 1 0.95367431640625 1024 1024 953.67431640625 1048576 1048576", UF, " ")
    for (i = 1; i <= 13; i++) UNIT[U[i]] = UF[i] + 0
  }
  t = slurp(path)
  if (!match(t, /<name>[[:space:]]*[^<[:space:]]+[[:space:]]*<\/name>/)) return ""
  name = substr(t, RSTART + 6, RLENGTH - 13); gsub(/[[:space:]]/, "", name)
  uuid = "None"
  if (match(t, /<uuid>[[:space:]]*[0-9a-fA-F-]+[[:space:]]*<\/uuid>/)) { uuid = substr(t, RSTART + 6, RLENGTH - 13); gsub(/[[:space:]]/, "", uuid) }
  if (!match(t, /<memory([[:space:]]+unit[[:space:]]*=[[:space:]]*['"][A-Za-z0-9_]+['"])?[[:space:]]*>[[:space:]]*[0-9]+[[:space:]]*<\/memory>/)) return ""
  m = substr(t, RSTART, RLENGTH)
  unit = "kib"
  if (match(m, /unit[[:space:]]*=[[:space:]]*['"][A-Za-z0-9_]+/)) { unit = tolower(substr(m, RSTART, RLENGTH)); sub(/^unit[[:space:]]*=[[:space:]]*['"]/, "", unit) }
  if (!(unit in UNIT)) return ""
  match(m, />[[:space:]]*[0-9]+/); mem = substr(m, RSTART + 1, RLENGTH - 1) + 0
  DNAME[name] = 1; D[name, "memoryMiB"] = round_even(mem * UNIT[unit]); D[name, "uuid"] = uuid; D[name, "path"] = path
  D[name, "vcpus"] = match(t, /<vcpu[^>]*>[[:space:]]*[0-9]+[[:space:]]*<\/vcpu>/) ? vcpu_of(substr(t, RSTART, RLENGTH)) : 1
  return name
}

function vcpu_of(s) { sub(/^<vcpu[^>]*>[[:space:]]*/, "", s); return s + 0 }

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

# ---- virsh --------------------------------------------------------------------------------------

function vdie(msg) { printf "\n"; printf "error: %s\n", msg > "/dev/stderr"; exit 1 }

function has(flag,   i) { for (i = 1; i <= na; i++) if (args[i] == flag) return 1; return 0 }

# Index of the first argument not starting with "--", or 0.
function ref_idx(   i) { for (i = 1; i <= na; i++) if (substr(args[i], 1, 2) != "--") return i; return 0 }

# That argument, or dies like virsh's need().
function need(what) { if (ref_idx()) return args[ref_idx()]; vdie("command requires <" what "> option") }

# Sets FN (domain name) or dies like virsh's find(): by name, else by running id or uuid.
function find_dom(ref,   n) {
  if ((ref in DNAME) || (ref in running)) { FN = ref; return }
  for (n in DNAME) if (D[n, "uuid"] == ref || ((n in running) && (R[n, "id"] == ref || R[n, "uuid"] == ref))) { FN = n; return }
  for (n in running) if (R[n, "id"] == ref || R[n, "uuid"] == ref) { FN = n; return }
  vdie("failed to get domain '" ref "'")
}

function dom_uuid(n) { return ((n in running) && R[n, "uuid"] != "") ? R[n, "uuid"] : D[n, "uuid"] }

function virsh_cmd(   c) {
  if (TYPE != "kvm") vdie("failed to connect to the hypervisor")
  c = args[1]; shift_args()
  if (c == "list" && !has("--uuid")) load_kvm_names()
  else if (c != "nodeinfo" && c != "nodememstats" && c != "freecell" && !(ref_idx() && load_kvm_def(args[ref_idx()]))) load_kvm_defs()
  if (c == "list") virsh_list()
  else if (c == "dominfo") virsh_dominfo()
  else if (c == "domstate") { find_dom(need("domain")); print (FN in running) ? "running" : "shut off" }
  else if (c == "dumpxml") { virsh_dumpxml(); return 0 }
  else if (c == "domid") { find_dom(need("domain")); print (FN in running) ? R[FN, "id"] : "-" }
  else if (c == "domuuid") { find_dom(need("domain")); print dom_uuid(FN) }
  else if (c == "nodeinfo") virsh_nodeinfo()
  else if (c == "nodememstats") {
    printf "%-7s: %.0f KiB\n%-7s: %.0f KiB\n%-7s: %.0f KiB\n%-7s: %.0f KiB\n", "total", RAM * 1024, "free", (RAM - used_mib()) * 1024, "buffers", 0, "cached", 0
  } else if (c == "freecell") printf "Total: %.0f KiB\n", (RAM - used_mib()) * 1024
  else vdie("unknown command: '" c "'")
  printf "\n"
  return 0
}

function shift_args(   i) { for (i = 1; i < na; i++) args[i] = args[i + 1]; delete args[na--] }

function virsh_list(   show_active, show_inactive, n, k, j, tmp, na_, ni, act, ina, w1, w2, w3, i, ids, names, states, rows) {
  show_active = !has("--inactive") && !has("--state-shutoff")
  show_inactive = has("--all") || has("--inactive") || has("--state-shutoff")
  if (has("--state-running")) show_inactive = 0
  na_ = 0; ni = 0
  if (show_active) for (k = 1; k <= nrun; k++) act[++na_] = rname[k]
  for (i = 2; i <= na_; i++) for (j = i; j > 1 && R[act[j - 1], "id"] + 0 > R[act[j], "id"] + 0; j--) { tmp = act[j]; act[j] = act[j - 1]; act[j - 1] = tmp }
  if (show_inactive) for (n in DNAME) if (!(n in running)) ina[++ni] = n
  for (i = 2; i <= ni; i++) for (j = i; j > 1 && ina[j - 1] > ina[j]; j--) { tmp = ina[j]; ina[j] = ina[j - 1]; ina[j - 1] = tmp }
  if (has("--name") || has("--uuid")) {
    for (i = 1; i <= na_; i++) print has("--name") ? act[i] : R[act[i], "uuid"]
    for (i = 1; i <= ni; i++) print has("--name") ? ina[i] : (D[ina[i], "uuid"] == "None" ? "" : D[ina[i], "uuid"])
    return
  }
  rows = 0
  ids[++rows] = "Id"; names[rows] = "Name"; states[rows] = "State"
  for (i = 1; i <= na_; i++) { ids[++rows] = R[act[i], "id"]; names[rows] = act[i]; states[rows] = "running" }
  for (i = 1; i <= ni; i++) { ids[++rows] = "-"; names[rows] = ina[i]; states[rows] = "shut off" }
  w1 = w2 = w3 = 0
  for (i = 1; i <= rows; i++) {
    if (length(ids[i]) > w1) w1 = length(ids[i])
    if (length(names[i]) > w2) w2 = length(names[i])
    if (length(states[i]) > w3) w3 = length(states[i])
  }
  for (i = 1; i <= rows; i++) {
    printf " %-" (w1 + 2) "s %-" (w2 + 2) "s %s\n", ids[i], names[i], states[i]
    if (i == 1) { tmp = ""; for (j = 0; j < w1 + w2 + w3 + 9; j++) tmp = tmp "-"; print tmp }
  }
}

function virsh_dominfo(   n, r, mem) {
  find_dom(need("domain")); n = FN; r = (n in running)
  mem = (r ? R[n, "memoryMiB"] : D[n, "memoryMiB"]) * 1024
  printf "%-15s %s\n", "Id:", r ? R[n, "id"] : "-"
  printf "%-15s %s\n", "Name:", n
  printf "%-15s %s\n", "UUID:", dom_uuid(n)
  printf "%-15s %s\n", "OS Type:", "hvm"
  printf "%-15s %s\n", "State:", r ? "running" : "shut off"
  printf "%-15s %s\n", "CPU(s):", r ? (R[n, "vcpus"] == "" ? 1 : R[n, "vcpus"]) : D[n, "vcpus"]
  if (r) printf "%-15s %.1fs\n", "CPU time:", max0(now_ms() - R[n, "since"]) / 1000.0 * 0.01
  printf "%-15s %.0f KiB\n%-15s %.0f KiB\n", "Max memory:", mem, "Used memory:", mem
  printf "%-15s %s\n", "Persistent:", (n in DNAME) ? "yes" : "no"
  printf "%-15s %s\n%-15s %s\n%-15s %s\n%-15s %s\n", "Autostart:", "disable", "Managed save:", "no", "Security model:", "none", "Security DOI:", "0"
}

function max0(x) { return x > 0 ? x : 0 }

function virsh_dumpxml(   n, path, line, lines) {
  find_dom(need("domain")); n = FN; lines = 0
  if (n in DNAME) {
    path = D[n, "path"]
    while ((getline line < path) > 0) { dumpline(line, n); lines++ }
  } else if (n in RTEXT) {
    split(RTEXT[n], TL, "\n")
    for (line = 1; (line in TL); line++) { dumpline(TL[line], n); lines++ }
  }
  if (lines == 0) print ""
}

# Prints one line of a domain XML; the first <domain type='T'[ id='N']> of a running domain gets its id.
function dumpline(line, n,   pre, typ) {
  if (!SUBBED && (n in running) && !has("--inactive") && match(line, /<domain type='[A-Za-z0-9_]+'( id='[0-9]+')?>/)) {
    SUBBED = 1
    pre = substr(line, 1, RSTART - 1); typ = substr(line, RSTART + 14, RLENGTH); sub(/'.*/, "", typ)
    line = pre "<domain type='" typ "' id='" R[n, "id"] "'>" substr(line, RSTART + RLENGTH)
  }
  print line
}

function virsh_nodeinfo() {
  printf "%-20s %s\n", "CPU model:", "x86_64"
  printf "%-20s %s\n", "CPU(s):", CPUS
  printf "%-20s %s\n", "CPU frequency:", "2400 MHz"
  printf "%-20s %s\n", "CPU socket(s):", "1"
  printf "%-20s %s\n", "Core(s) per socket:", CPUS
  printf "%-20s %s\n", "Thread(s) per core:", "1"
  printf "%-20s %s\n", "NUMA cell(s):", "1"
  printf "%-20s %.0f KiB\n", "Memory size:", RAM * 1024
}

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
    printf "%-40s %5d %5d %5d     %s  %8.1f\n", n, R[n, "id"], R[n, "memoryMiB"], R[n, "vcpus"] == "" ? 1 : R[n, "vcpus"], "-b----", max0(now - R[n, "since"]) / 1000.0 * 0.01
  }
}

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
