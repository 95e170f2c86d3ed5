#!/usr/bin/env bash
# Regenerates the Topology's and the Timeline's pictures in docs/screenshots from a built tree (default build/):
# each level in light and dark, the Chinese UI, and the timeline showing a past moment (about
# 80 s: the demo has to lose a node and a server first). Fresh settings, so that nothing of the
# user's choices leaks in.
set -euo pipefail
cd "$(dirname "$0")/.."
app="$PWD/${1:-build}/app/gui/switchboard"
out="$PWD/docs/screenshots"
cfg=$(mktemp -d)
data=$(mktemp -d) # the journal: a fresh one, not the user's
trap 'rm -rf "$cfg" "$data"' EXIT
export XDG_DATA_HOME="$data"
shoot() { # level theme language file [size]
  rm -rf "$cfg"/*
  mkdir -p "$cfg/Switchboard"
  printf '[topology]\nlevel=%s\n' "$1" > "$cfg/Switchboard/switchboard.conf"
  XDG_CONFIG_HOME="$cfg" "$app" --demo --page topology --theme "$2" --language "$3" --size "${5:-1280x800}" \
    --screenshot "$out/$4" >/dev/null
}
shoot nodes light en topology-light.png
shoot nodes dark en topology-nodes-dark.png
shoot services light en topology-services-light.png
shoot services dark en topology-services-dark.png
shoot zones light en topology-zones-light.png
shoot zones dark en topology-zones-dark.png
shoot nodes light zh_CN topology-zh_CN.png
shoot nodes dark en topology-small-dark.png 1024x640
rm -rf "$cfg"/*
(cd "$out" && XDG_CONFIG_HOME="$cfg" QT_QPA_PLATFORM=offscreen "$app" --demo --page topology --theme light \
  --language en --autotest "$OLDPWD/scripts/screenshots/topology-timeline.qml" >/dev/null 2>&1)
# The Timeline page over the journal that run left.
XDG_CONFIG_HOME="$cfg" "$app" --demo --page timeline --theme dark --language en --size 1024x640 \
  --screenshot "$out/timeline-small-dark.png" >/dev/null
# The Alerts page with the example rules (docs/alert-rules.example.json): one fires on the demo.
rm -rf "$cfg"/*
mkdir -p "$cfg/Switchboard"
cp docs/alert-rules.example.json "$cfg/Switchboard/alert-rules-demo.json"
XDG_CONFIG_HOME="$cfg" "$app" --demo --page alerts --theme light --language en --size 1280x800 \
  --screenshot "$out/alerts-light.png" >/dev/null
XDG_CONFIG_HOME="$cfg" "$app" --demo --page alerts --theme dark --language zh_CN --size 1024x640 \
  --screenshot "$out/alerts-zh_CN-dark.png" >/dev/null
echo "screenshots written to $out"
