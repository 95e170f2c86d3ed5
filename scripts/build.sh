#!/usr/bin/env bash
# Configures and builds one tree: scripts/build.sh <dir> <build type> [extra cmake args...]
# SB_TARGETS="a b …" builds only those targets (and what they need).
set -euo pipefail
dir=$1; type=$2; shift 2
root=$(cd "$(dirname "$0")/.." && pwd)
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
# Paths under the checkout hash as relative ones: another clone of the tree hits the same cache.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root}
cmake -S "$root" -B "$root/$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" \
      -DCMAKE_CXX_COMPILER_LAUNCHER=ccache "$@" >/dev/null
targets=()
if [[ -n ${SB_TARGETS:-} ]]; then
  read -r -d '' -a names <<<"$SB_TARGETS" || true # all lines, split on any white space
  targets=(--target "${names[@]}")
fi
cmake --build "$root/$dir" --parallel "$(nproc)" "${targets[@]}"
