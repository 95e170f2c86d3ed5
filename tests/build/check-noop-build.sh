#!/usr/bin/env bash
# A second build of an unchanged tree does nothing: builds a copy of tests/build/noop (a QML module
# made the way qml/ is) with GENERATOR twice and fails when the second build generates or compiles
# anything. Then adds a property to the C++ type and checks that it reaches the .qmltypes: the
# fix (cmake/KeepMocListMtime.cmake) must not hide a real change.
# Usage: check-noop-build.sh SOURCE_DIR WORK_DIR GENERATOR
set -euo pipefail
src=$1 work=$2 gen=$3
rm -rf "$work"
mkdir -p "$work"
cp -r "$src/tests/build/noop" "$work/src"
cmake -S "$work/src" -B "$work/build" -G "$gen" -DSB_SOURCE_DIR="$src" >/dev/null
cmake --build "$work/build" >/dev/null
second=$(cmake --build "$work/build" 2>&1)
done_work=$(grep -E "Building CXX|qmlcachegen|--collect-json|QML type registration|Generating \.rcc" <<<"$second" || true)
if [[ -n $done_work ]]; then
  printf 'check-noop-build (%s): the second build of an unchanged tree did work:\n%s\n' "$gen" "$done_work"
  exit 1
fi
sed -i 's/^Q_SIGNALS:/    Q_PROPERTY(int twice READ value NOTIFY valueChanged)\nQ_SIGNALS:/' "$work/src/Counter.h"
cmake --build "$work/build" >/dev/null
if ! grep -q '"twice"' "$work/build/qml/Noop/noop_qml.qmltypes"; then
  echo "check-noop-build ($gen): a new property did not reach the .qmltypes"
  exit 1
fi
echo "check-noop-build ($gen): the second build did nothing; a real change was rebuilt"
rm -rf "$work"
