#!/usr/bin/env bash
# The Traffic chart's collector spans (docs/screenshots/traffic-history-*.png): a nats-server
# with JetStream, `switchboard-cli collect` on it, a day of synthetic rollups before it
# (synthetic_rollups.py), live publishers and a mock service, and the app on a profile that reads
# history from the collector. Needs python3. Usage: scripts/screenshots/traffic-history.sh [build]
set -euo pipefail
cd "$(dirname "$0")/../.."
build="$PWD/${1:-build}"
here="$PWD/scripts/screenshots"
out="$PWD/docs/screenshots"
work=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
nats-server -js -a 127.0.0.1 -p "$port" -sd "$work/js" >/dev/null 2>&1 & pids+=($!)
sleep 1
url="nats://127.0.0.1:$port"
"$build/app/cli/switchboard-cli" --server "$url" collect --region eu --rollup 60s >/dev/null 2>&1 & pids+=($!)
sleep 2 # the streams exist
python3 "$here/synthetic_rollups.py" "$port" eu >/dev/null
python3 "$here/steady_publisher.py" "$port" & pids+=($!)
"$build/app/cli/switchboard-cli" --server "$url" mock orders --endpoint Orders.Create --zone az-a >/dev/null 2>&1 & pids+=($!)

cfg="$work/config/Switchboard"
mkdir -p "$cfg/switchboard" # profiles.json lives in the app's config location
printf '{"profiles":[{"name":"eu-prod","servers":["%s"],"auth":"none","collector_history":true}]}\n' "$url" \
  > "$cfg/switchboard/profiles.json"
shoot() { # minutes theme language size file
  printf '[connection]\ndemo=false\nprofile=eu-prod\n[traffic]\nhistoryMinutes=%s\n' "$1" > "$cfg/switchboard.conf"
  (cd "$work" && XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" QT_QPA_PLATFORM=offscreen \
    "$build/app/gui/switchboard" --page traffic --theme "$2" --language "$3" --size "$4" --subscribe ">" \
    --autotest "$here/wait-for-history.qml" >/dev/null 2>&1 && mv shot.png "$out/$5")
}
shoot 1440 light en 1280x800 traffic-history-light.png
shoot 60 dark en 1024x640 traffic-history-small-dark.png
shoot 1440 light zh_CN 1280x800 traffic-history-zh_CN.png
echo "screenshots written to $out"
