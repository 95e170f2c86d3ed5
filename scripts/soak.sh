#!/usr/bin/env bash
# Soak (issue 12 §7; not part of ./test): scripts/soak.sh MINUTES [BUILD_DIR]
# The demo cluster (switchboard-cli demo --chaos) with chaos every 5 s: a node killed and
# restarted, a server stopped and restarted, a load wave. The app runs on it offscreen (Topology
# page, subscribed to the demo's topics). Each minute: the app's RSS, threads and file
# descriptors, and whether the catalogue has converged (every demo service listed by a fresh
# `switchboard-cli services`). Fails when any figure grows steadily (least-squares slope over the
# samples after the warm-up) or the catalogue fails to converge twice in a row.
# The warm-up is 20 minutes (SOAK_WARMUP_MINUTES): until then the app fills what it keeps by
# design — the Cluster page's 15-minute rate history and the 10 000-message traffic ring (about
# 14 minutes at the demo's rate) — which a heap profile showed to be the growth of the first 20
# minutes. A verdict needs 20 samples after it: scripts/soak.sh 39 or longer.
# Writes BUILD_DIR/soak/soak.csv and prints a text chart of the RSS.
set -euo pipefail
minutes=${1:?usage: scripts/soak.sh MINUTES [BUILD_DIR]}
root=$(cd "$(dirname "$0")/.." && pwd)
build=${2:-$root/build}
cli=$build/app/cli/switchboard-cli
app=$build/app/gui/switchboard
out=$build/soak
mkdir -p "$out"
csv=$out/soak.csv

fifo=$out/chaos.fifo
rm -f "$fifo"; mkfifo "$fifo"
"$cli" demo --chaos --json <"$fifo" >"$out/demo.out" 2>"$out/demo.err" &
demo=$!
exec 3>"$fifo" # keeps the demo's stdin open; chaos commands go here
app_pid=
cleanup() {
  [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null || true
  exec 3>&- || true
  kill -INT "$demo" 2>/dev/null || true
  wait "$demo" 2>/dev/null || true
  rm -f "$fifo"
}
trap cleanup EXIT

for _ in $(seq 100); do grep -q '"urls"' "$out/demo.out" 2>/dev/null && break; sleep 0.3; done
info=$(grep -m1 '"urls"' "$out/demo.out") || { echo "soak: the demo did not start"; cat "$out/demo.err"; exit 1; }
field() { sed -E "s/.*\"$1\":\"([^\"]*)\".*/\1/" <<<"$info"; }
urls=$(field urls); user=$(field services_user); password=$(field services_password)
services=$(sed -E 's/.*"services":\[([^]]*)\].*/\1/; s/"//g; s/,/ /g' <<<"$info")
echo "soak: demo at $urls, services: $services"

QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software XDG_CONFIG_HOME=$out/config \
  "$app" --server "$urls" --user "$user" --password "$password" --page topology \
  --subscribe "orders.>" --subscribe "payments.>" >"$out/app.log" 2>&1 &
app_pid=$!
sleep 5
kill -0 "$app_pid" || { echo "soak: the app did not start"; cat "$out/app.log"; exit 1; }

# Chaos, one step every 5 s, a 30 s round; every round ends with everything restarted.
nodes=(orders inventory catalog greeter notifications payments)
chaos_round() {
  local node=${nodes[$((RANDOM % ${#nodes[@]}))]} server=$((RANDOM % 3))
  for step in "kill-node $node" "restart-node $node" "stop-server $server" "restart-server $server" "load 4" "load 1"; do
    echo "$step" >&3
    sleep 5
  done
}

sample() { # minute → "minute,rss_kib,threads,fds,converged"
  local rss threads fds listed missing=0
  rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$app_pid/status")
  threads=$(awk '/^Threads:/ {print $2}' "/proc/$app_pid/status")
  fds=$(find "/proc/$app_pid/fd" -mindepth 1 -maxdepth 1 | wc -l)
  listed=$("$cli" --server "$urls" --user "$user" --password "$password" services 2>/dev/null || true)
  for s in $services; do grep -qw "$s" <<<"$listed" || missing=$((missing + 1)); done
  echo "$1,$rss,$threads,$fds,$((missing == 0 ? 1 : 0))"
}

echo "minute,rss_kib,threads,fds,converged" >"$csv"
sample 0 >>"$csv"
failures=0
for minute in $(seq "$minutes"); do
  chaos_round; chaos_round
  kill -0 "$app_pid" 2>/dev/null || { echo "soak: the app died at minute $minute"; tail -30 "$out/app.log"; exit 1; }
  line=$(sample "$minute"); echo "$line" >>"$csv"; echo "soak: $line"
  if [[ ${line##*,} == 0 ]]; then failures=$((failures + 1)); else failures=0; fi
  ((failures < 2)) || { echo "soak: the catalogue did not converge twice in a row"; exit 1; }
done

# Verdict: slope per minute over the samples after the warm-up.
warmup=${SOAK_WARMUP_MINUTES:-20}
awk -F, -v minutes="$minutes" -v warmup="$warmup" '
  NR > 1 && $1 >= warmup { n++; x += $1; xx += $1 * $1; for (c = 2; c <= 4; c++) { y[c] += $c; xy[c] += $1 * $c } first[2] = first[2] ? first[2] : $2 }
  NR > 1 { last = $2; peak = $2 > peak ? $2 : peak; rows[$1] = $2 }
  END {
    if (n < 20) { printf "soak: too short for a verdict (needs %d minutes or more)\n", warmup + 19; exit 2 }
    split("rss_kib threads fds", name, " ")
    limit[2] = 256; limit[3] = 0.5; limit[4] = 0.5 # per minute: 256 KiB of RSS, half a thread or fd
    bad = 0
    for (c = 2; c <= 4; c++) {
      slope = (n * xy[c] - x * y[c]) / (n * xx - x * x)
      printf "soak: %s slope %.2f per minute (limit %.2f)\n", name[c - 1], slope, limit[c]
      if (slope > limit[c]) bad = 1
    }
    printf "soak: RSS from %d KiB (minute %d) to %d KiB, peak %d KiB\n", first[2], warmup, last, peak
    for (m = 0; m <= minutes; m++) if (m in rows) { bar = ""; for (i = 0; i < rows[m] / peak * 50; i++) bar = bar "#"; printf "%4d min %7.1f MiB %s\n", m, rows[m] / 1024, bar }
    exit bad
  }' "$csv" && verdict=0 || verdict=$?
case $verdict in
  0) echo "soak: passed ($csv)" ;;
  2) exit 2 ;;
  *) echo "soak: FAILED: a figure grows steadily (see $csv)"; exit 1 ;;
esac
