#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan+UBSan) in build-fuzz and runs each for SECONDS
# (ctest -L fuzz), seeded with the recorded captures, nats-server's monitoring documents and the
# app's own file samples. ./test runs a short pass; for a long one: scripts/fuzz.sh 600
set -euo pipefail
seconds=${1:-15}
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/build-fuzz
CXX=${FUZZ_CXX:-clang++-14}
command -v "$CXX" >/dev/null || CXX=clang++
seeds=$out/seeds
"$root/scripts/build.sh" build-fuzz RelWithDebInfo -DCMAKE_CXX_COMPILER="$CXX" \
  -DSWITCHBOARD_FUZZ=ON -DSB_FUZZ_SECONDS="$seconds" -DSB_FUZZ_SEEDS="$seeds"

# Seeds: every captured payload, one file each, and the project's own test data.
rm -rf "$seeds"; mkdir -p "$seeds"
for f in "$root"/tests/data/captures/gomicro/capture.jsonl "$root"/tests/data/captures/gomicro-protobuf/capture.jsonl \
         "$root"/tests/data/captures/natsmicro/*/capture.jsonl; do
  "$out/tests/fuzz/split_captures" "$f" "$seeds"
done
cp "$root"/tests/data/monitoring/* "$root"/tests/data/files/* "$root"/tests/app/natscli/context/*.json "$root"/docs/alert-rules.example.json "$seeds"/

# Protobuf seeds for fuzz_proto (its first byte picks the path: 0 raw, 1 JSON, 2 bytes as Order,
# 4 the schema decoder against protobuf's parser).
order='id: "ORD-1" status: STATUS_PAID items { sku: "MUG" quantity: 2 labels { key: "a" value: "b" } }
  card { number: "4111" } placed_at { seconds: 1796533200 } counters { key: "v" value: 3 } note: "\001\377"'
{ printf '\x00'; echo "$order" | protoc --encode=shop.v1.Order -I "$root/tests/data/proto" shop/v1/shop.proto; } > "$seeds/proto-raw"
{ printf '\x02'; echo "$order" | protoc --encode=shop.v1.Order -I "$root/tests/data/proto" shop/v1/shop.proto; } > "$seeds/proto-order"
{ printf '\x04'; echo "$order" | protoc --encode=shop.v1.Order -I "$root/tests/data/proto" shop/v1/shop.proto; } > "$seeds/proto-schema-decoder"
printf '\x01{"id":"ORD-1","status":"STATUS_PAID","items":[{"sku":"MUG","labels":{"a":"b"}}],"card":{"number":"1"},"placed_at":"2026-12-06T05:00:00Z","handling":"90s","coupon":"C","extra":{"k":[1,"x",null,{"n":true}]},"attachment":{"@type":"type.googleapis.com/shop.v1.Address","city":"Paris"}}' > "$seeds/proto-json"

(cd "$out" && ctest --output-on-failure -j2 -L fuzz) || {
  echo "fuzz: a target failed; its input is in $out/tests/fuzz/<target>-crash-*"; exit 1; }
# Executions per target, for docs/reliability.md.
for log in "$out"/Testing/Temporary/LastTest.log; do
  grep -E "^[0-9]+/[0-9]+ Testing:|stat::number_of_executed_units" "$log" | paste - - | sed -E 's/.*Testing: ([a-z_]+).*units: *([0-9]+)/fuzz: \1 ran \2 inputs/'
done
