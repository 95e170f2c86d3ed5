#!/usr/bin/env bash
# The protobuf pictures in docs/screenshots (issue 24): the Call page on a go-micro mock of
# tests/data/proto/shop/v1/shop.proto (switchboard-cli mock --proto), the form from the message
# descriptor filled and sent as protobuf; light and dark, 1280×800 and 1024×640, and zh_CN.
# Usage: scripts/screenshots/protobuf.sh [build]
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
build="$root/${1:-build}"
out="$root/docs/screenshots"
cfg=$(mktemp -d); data=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
nats-server -a 127.0.0.1 -p "$port" >/dev/null 2>&1 & ns=$!
cleanup() { kill "$mock" "$ns" 2>/dev/null || true; rm -rf "$cfg" "$data"; }
trap cleanup EXIT
sleep 0.5
proto=(--proto "$root/tests/data/proto/shop/v1/shop.proto" --import-path "$root/tests/data/proto")
"$build/app/cli/switchboard-cli" --server "nats://127.0.0.1:$port" mock shop --endpoint Shop.PlaceOrder \
  --reply '{"order_id":"ORD-2026-0042","status":"STATUS_PAID","accepted_at":"2026-12-06T05:00:01Z"}' "${proto[@]}" >/dev/null & mock=$!
sleep 1
export XDG_DATA_HOME="$data"
shoot() { # theme language size picture
  rm -rf "$cfg"/* "$data"/*; mkdir -p "$cfg/Switchboard/switchboard"
  printf '[connection]\ndemo=false\nprofile=shop\n' > "$cfg/Switchboard/switchboard.conf"
  cat > "$cfg/Switchboard/switchboard/profiles.json" <<JSON
{"profiles":[{"name":"shop","servers":["nats://127.0.0.1:$port"],"auth":"none",
 "protobuf":{"proto_paths":["$root/tests/data/proto/shop/v1/shop.proto"],"import_paths":["$root/tests/data/proto"]}}]}
JSON
  (cd "$out" && XDG_CONFIG_HOME="$cfg" QT_QPA_PLATFORM=offscreen "$build/app/gui/switchboard" --page call --theme "$1" \
     --language "$2" --size "$3" --autotest "$root/scripts/screenshots/protobuf-call.qml" >/dev/null 2>&1)
  mv "$out/protobuf-call-shot.png" "$out/$4"
}
shoot light en 1280x800 protobuf-call-light.png
shoot dark en 1280x800 protobuf-call-dark.png
shoot dark en 1024x640 protobuf-call-small-dark.png
shoot light zh_CN 1280x800 protobuf-call-zh_CN.png
echo "protobuf screenshots written to $out"
