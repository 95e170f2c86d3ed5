#!/usr/bin/env bash
# The load run pictures in docs/screenshots (issue 26): on the demo, the run setup of
# orders Orders.Create, a run in progress (8 in flight), where it lands on the Topology map, and
# two runs compared (8 and 32 in flight); light and dark, 1280×800 and 1024×640, and zh_CN. Each picture set starts with an
# empty data folder, so the kept runs listed are the ones this script made.
# Usage: scripts/screenshots/load.sh [build]
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
build="$root/${1:-build}"
out="$root/docs/screenshots"
cfg=$(mktemp -d); data=$(mktemp -d)
trap 'rm -rf "$cfg" "$data"' EXIT
shoot() { # theme language size suffix
  rm -rf "${cfg:?}"/* "${data:?}"/*
  (cd "$out" && XDG_CONFIG_HOME="$cfg" XDG_DATA_HOME="$data" QT_QPA_PLATFORM=offscreen "$build/app/gui/switchboard" --demo \
     --page call --theme "$1" --language "$2" --size "$3" --autotest "$root/scripts/screenshots/load-run.qml" >/dev/null 2>&1)
  for shot in setup run map compare; do mv "$out/load-$shot-shot.png" "$out/load-$shot$4.png"; done
}
shoot light en 1280x800 -light
shoot dark en 1280x800 -dark
shoot dark en 1024x640 -small-dark
shoot light zh_CN 1280x800 -zh_CN
echo "load run screenshots written to $out"
