#!/usr/bin/env bash
# The current end-to-end showcase: nats-server + mock service + the CLI. Leaves nothing running.
set -euo pipefail
cli=$(realpath "$1")
work=$(mktemp -d /tmp/switchboard-run-XXXXXX)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

command -v nats-server >/dev/null || { echo "nats-server is missing: apt-get install nats-server" >&2; exit 3; }
# -p -1: the server picks a free port and logs it.
nats-server -a 127.0.0.1 -p -1 >"$work/nats.log" 2>&1 &
pids+=($!)
port=""
for _ in $(seq 100); do
  port=$(sed -n 's/.*Listening for client connections on 127.0.0.1:\([0-9]*\).*/\1/p' "$work/nats.log")
  [[ -n $port ]] && break
  sleep 0.05
done
[[ -n $port ]] || { echo "nats-server did not start:" >&2; cat "$work/nats.log" >&2; exit 3; }
export NATS_URL="nats://127.0.0.1:$port"

"$cli" mock greeter --endpoint Greeter.Hello --endpoint Greeter.Bye \
  --reply '{"msg":"Hello from a Switchboard mock"}' --zone az-a >"$work/mock.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do grep -q "running as node" "$work/mock.log" && break; sleep 0.05; done

bold=""; plain=""
if [[ -t 1 ]]; then bold=$'\033[1m'; plain=$'\033[0m'; fi
step() { printf '\n%s$ switchboard-cli %s%s\n' "$bold" "$*" "$plain"; "$cli" "$@"; }
step services
step describe greeter
step call greeter Greeter.Hello '{"name":"World"}'
step call greeter Greeter.Hello '{"name":"World"}' --count 1000
step call greeter Greeter.Nope || true
printf '\nnats-server on %s; everything stops now.\n' "$NATS_URL"
