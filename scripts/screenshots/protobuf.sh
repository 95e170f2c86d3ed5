#!/usr/bin/env bash
# The protobuf pictures in docs/screenshots (issue 24): the Call page on a go-micro mock of
# tests/data/proto/shop/v1/shop.proto (switchboard-cli mock --proto), the form from the message
# descriptor filled and sent as protobuf; the Traffic inspector on shop.v1.Order events published
# in protobuf, with the schema and schema-less; light and dark, 1280×800 and 1024×640, and zh_CN.
# Usage: scripts/screenshots/protobuf.sh [build]
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
build="$root/${1:-build}"
out="$root/docs/screenshots"
cfg=$(mktemp -d); data=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
nats-server -a 127.0.0.1 -p "$port" >/dev/null 2>&1 & ns=$!
cleanup() { kill "$mock" "$ns" "${events:-}" 2>/dev/null || true; rm -rf "$cfg" "$data"; }
trap cleanup EXIT
sleep 0.5
proto=(--proto "$root/tests/data/proto/shop/v1/shop.proto" --import-path "$root/tests/data/proto")
"$build/app/cli/switchboard-cli" --server "nats://127.0.0.1:$port" mock shop --endpoint Shop.PlaceOrder \
  --reply '{"order_id":"ORD-2026-0042","status":"STATUS_PAID","accepted_at":"2026-12-06T05:00:01Z"}' "${proto[@]}" >/dev/null & mock=$!
# Orders published as go-micro events in protobuf, a few a second, each a little different.
(
  i=0; statuses=(STATUS_PLACED STATUS_PAID STATUS_SHIPPED)
  while true; do
    i=$((i + 1))
    "$build/app/cli/switchboard-cli" --server "nats://127.0.0.1:$port" publish shop.orders \
      "{\"id\":\"ORD-2026-$((4000 + i))\",\"status\":\"${statuses[i % 3]}\",\"items\":[{\"sku\":\"MUG-RED\",\"quantity\":$((1 + i % 4))},{\"sku\":\"TEA-GREEN\",\"quantity\":1}],\"card\":{\"number\":\"4111 1111 1111 1111\",\"expiry_month\":12},\"placed_at\":\"2026-12-06T05:0$((i % 10)):00Z\",\"shipping\":{\"city\":\"Lisbon\",\"country\":\"PT\"},\"total\":$((12 + i)).5}" \
      --content-type protobuf --message shop.v1.Order "${proto[@]}" >/dev/null 2>&1 || true
    sleep 0.3
  done
) & events=$!
sleep 1
export XDG_DATA_HOME="$data"
shoot() { # theme language size picture [page driver]
  rm -rf "$cfg"/* "$data"/*; mkdir -p "$cfg/Switchboard/switchboard"
  printf '[connection]\ndemo=false\nprofile=shop\n' > "$cfg/Switchboard/switchboard.conf"
  cat > "$cfg/Switchboard/switchboard/profiles.json" <<JSON
{"profiles":[{"name":"shop","servers":["nats://127.0.0.1:$port"],"auth":"none",
 "protobuf":{"proto_paths":["$root/tests/data/proto/shop/v1/shop.proto"],"import_paths":["$root/tests/data/proto"]}}]}
JSON
  local page=${5:-call}
  (cd "$out" && XDG_CONFIG_HOME="$cfg" QT_QPA_PLATFORM=offscreen "$build/app/gui/switchboard" --page "$page" --theme "$1" \
     --language "$2" --size "$3" --autotest "$root/scripts/screenshots/protobuf-$page.qml" >/dev/null 2>&1)
  if [[ $page == call ]]; then
    mv "$out/protobuf-call-shot.png" "$out/$4.png"
  else
    mv "$out/protobuf-traffic-shot.png" "$out/$4.png"
    mv "$out/protobuf-traffic-raw-shot.png" "$out/${4/protobuf-traffic/protobuf-traffic-raw}.png"
  fi
}
shoot light en 1280x800 protobuf-call-light
shoot dark en 1280x800 protobuf-call-dark
shoot dark en 1024x640 protobuf-call-small-dark
shoot light zh_CN 1280x800 protobuf-call-zh_CN
shoot light en 1280x800 protobuf-traffic-light traffic
shoot dark en 1280x800 protobuf-traffic-dark traffic
shoot dark en 1024x640 protobuf-traffic-small-dark traffic
shoot light zh_CN 1280x800 protobuf-traffic-zh_CN traffic
echo "protobuf screenshots written to $out"
