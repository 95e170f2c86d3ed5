#!/usr/bin/env bash
# Checks the built .deb (issue 13): its files, the desktop entry (desktop-file-validate), the
# AppStream metadata (appstreamcli validate --no-net, screenshots that exist), lintian with no
# error or warning, and a Depends line whose QML modules are exactly those the app loads.
# Usage: check-package.sh DEB SOURCE_DIR VERSION
set -euo pipefail
deb=${1:?usage: check-package.sh DEB SOURCE_DIR VERSION} src=${2:?} version=${3:?}
id=io.github.switchboard.Switchboard
fail() { echo "package: FAIL: $*" >&2; exit 1; }
[[ -s $deb ]] || fail "no package at $deb (cmake --build build --target package)"
work=$(mktemp -d /tmp/sbpackage-XXXXXX)
trap 'rm -rf "$work"' EXIT
dpkg-deb -x "$deb" "$work/root"
root=$work/root

echo "== files"
for f in usr/bin/switchboard usr/bin/switchboard-cli \
  usr/share/applications/$id.desktop usr/share/metainfo/$id.metainfo.xml \
  usr/share/icons/hicolor/scalable/apps/$id.svg \
  usr/share/man/man1/switchboard.1.gz usr/share/man/man1/switchboard-cli.1.gz \
  usr/share/bash-completion/completions/switchboard-cli usr/share/zsh/vendor-completions/_switchboard-cli \
  usr/share/switchboard/translations/switchboard_zh_CN.qm usr/share/switchboard/translations/switchboard_en.qm \
  usr/share/doc/switchboard/copyright usr/share/doc/switchboard/changelog.gz \
  usr/lib/systemd/system/switchboard-collect.service usr/share/doc/switchboard/examples/collect.json; do
  [[ -s $root/$f ]] || fail "the package has no $f"
done
for size in 48 128 256; do
  png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$id.png
  [[ -s $png ]] || fail "the package has no ${size}px icon"
  # PNG: width and height are the big-endian words at bytes 16 and 20.
  read -r w h < <(od -An -tu1 -j16 -N8 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
  [[ $w == "$size" && $h == "$size" ]] || fail "the ${size}px icon is ${w}x${h}"
done
[[ $(dpkg-deb -f "$deb" Package) == switchboard ]] || fail "package name"
[[ $(dpkg-deb -f "$deb" Version) == "$version" ]] || fail "version $(dpkg-deb -f "$deb" Version), expected $version"
[[ $(basename "$deb") == "switchboard_${version}_amd64.deb" ]] || fail "file name $(basename "$deb")"
echo "ok"

echo "== desktop-file-validate"
desktop-file-validate "$root/usr/share/applications/$id.desktop"
grep -qx "Exec=switchboard --demo" "$root/usr/share/applications/$id.desktop" || fail "no action that opens the demo"
echo "ok"

echo "== appstreamcli validate --no-net"
metainfo=$root/usr/share/metainfo/$id.metainfo.xml
appstreamcli validate --no-net "$metainfo"
grep -q "<release version=\"$version\"" "$metainfo" || fail "the metainfo has no release $version"
shots=$(grep -o 'docs/screenshots/[^<]*\.png' "$metainfo")
[[ -n $shots ]] || fail "the metainfo names no screenshot"
for shot in $shots; do
  [[ -s $src/$shot ]] || fail "the metainfo names $shot, which is not in the source tree"
done

echo "== lintian"
lintian --fail-on error,warning "$deb"
echo "ok"

echo "== Depends: the QML modules the app loads"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
listed=$(tr ',' '\n' <<<"$depends" | sed -E 's/^ *//; s/ .*//' | grep '^qml6-module-' | sort -u)
derived=$("$src/tests/package/qml-runtime-packages.sh" "$src")
if [[ $listed != "$derived" ]]; then
  diff <(echo "$derived") <(echo "$listed") | sed 's/^</  derived from the .qml files, not in Depends:/; s/^>/  in Depends, not derived:/' >&2 || true
  fail "the QML modules in Depends differ from those the app loads (packaging/CMakeLists.txt)"
fi
grep -q 'nats-server' <<<"$(dpkg-deb -f "$deb" Recommends)" || fail "nats-server is not recommended"
echo "ok: $(wc -l <<<"$derived") QML module packages"
echo "Installed-Size: $(dpkg-deb -f "$deb" Installed-Size) KiB"
