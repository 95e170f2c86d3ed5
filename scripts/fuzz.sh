#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan+UBSan) and runs each for a while, seeded with the
# recorded captures. ./test runs a short pass; for a long one: scripts/fuzz.sh 600
set -euo pipefail
seconds=${1:-15}
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/build-fuzz
mkdir -p "$out"
CXX=${FUZZ_CXX:-clang++-14}
command -v "$CXX" >/dev/null || CXX=clang++
sources=(core/micro/GoJson.cpp core/micro/Base64.cpp core/micro/Base64Simd.cpp core/micro/JsonRead.cpp core/micro/Envelope.cpp core/micro/EnvelopeFastPath.cpp core/micro/EnvelopeView.cpp
         core/micro/RegistryCodec.cpp core/micro/RegistryFastPath.cpp core/micro/MicroError.cpp core/srv/SrvCodec.cpp core/util/GoDuration.cpp core/util/Utf8.cpp
         core/live/MonitoringData.cpp core/live/ConnzSubjects.cpp)
flags=(-std=c++20 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -I"$root/core")

# Seeds: every captured payload, one file each.
corpus=$out/seeds
rm -rf "$corpus"; mkdir -p "$corpus"
"$CXX" -std=c++20 -O1 -o "$out/split_captures" "$root/tests/fuzz/split_captures.cpp"
for f in "$root"/tests/data/captures/gomicro/capture.jsonl "$root"/tests/data/captures/natsmicro/*/capture.jsonl; do
  "$out/split_captures" "$f" "$corpus"
done
# nats-server 2.9.10's own monitoring documents (varz, routez, connz, a $SYS reply).
cp "$root"/tests/data/monitoring/* "$corpus"/

for target in fuzz_envelope fuzz_envelope_fast fuzz_registry fuzz_registry_fast fuzz_srv fuzz_monitoring; do
  ccache "$CXX" "${flags[@]}" -o "$out/$target" "$root/tests/fuzz/$target.cpp" "${sources[@]/#/$root/}" -lsimdjson
  mkdir -p "$out/corpus-$target"
  echo "fuzz: $target for ${seconds}s"
  "$out/$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$out/" "$out/corpus-$target" "$corpus" 2>"$out/$target.log" \
    || { tail -50 "$out/$target.log"; exit 1; }
  grep -E "stat::number_of_executed_units|Done" "$out/$target.log" | tail -2
done
