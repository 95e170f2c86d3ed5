#!/usr/bin/env bash
# Installs the .deb the way a user would and runs what it installed (issue 13):
# `switchboard-cli --version` and `switchboard --demo --screenshot`, which must write a PNG.
#
# Where the machine allows it (root, debootstrap, and mounts in a chroot), into a fresh Debian 12
# root: `apt-get install ./switchboard_*.deb` there pulls exactly what the package declares, so a
# missing Depends shows up as an app that does not start. The bare root is made once and kept in
# $SB_ROOT_CACHE (default /var/cache/switchboard), with the downloaded .debs; each run works on a
# copy. Otherwise: installed on this machine with apt-get, then removed (purged).
# Usage: install-test.sh DEB VERSION
set -euo pipefail
deb=$(realpath "${1:?usage: install-test.sh DEB VERSION}") version=${2:?}
cache=${SB_ROOT_CACHE:-/var/cache/switchboard}
mirror=${SB_DEBIAN_MIRROR:-http://deb.debian.org/debian}
fail() { echo "install: FAIL: $*" >&2; exit 1; }
[[ -s $deb ]] || fail "no package at $deb"
export DEBIAN_FRONTEND=noninteractive

check_installed() { # RUN-PREFIX... : runs the installed programs through the prefix
  local out
  out=$("$@" /usr/bin/switchboard-cli --version) || fail "the installed switchboard-cli --version failed"
  [[ $out == "switchboard-cli $version (commit "* ]] || fail "switchboard-cli --version printed '$out'"
  echo "installed: $out"
  out=$("$@" /usr/bin/switchboard --version 2>/dev/null) || fail "the installed switchboard --version failed"
  [[ $out == "switchboard $version (commit "* ]] || fail "switchboard --version printed '$out'"
  echo "installed: $out"
  "$@" sh -c 'rm -f /tmp/sb-install-demo.png; timeout 120 /usr/bin/switchboard --demo --screenshot /tmp/sb-install-demo.png' ||
    fail "the installed switchboard --demo --screenshot failed"
  "$@" sh -c 'test -s /tmp/sb-install-demo.png && head -c 8 /tmp/sb-install-demo.png | od -An -c | grep -q "P   N   G"' ||
    fail "the installed app wrote no PNG"
  "$@" rm -f /tmp/sb-install-demo.png
  echo "installed: switchboard --demo --screenshot wrote a PNG"
}

chroot_possible() {
  [[ $(id -u) == 0 ]] && command -v debootstrap >/dev/null && command -v chroot >/dev/null || return 1
  local probe; probe=$(mktemp -d /tmp/sbmount-XXXXXX)
  if mount -t tmpfs none "$probe" 2>/dev/null; then umount "$probe"; rmdir "$probe"; return 0; fi
  rmdir "$probe"; return 1
}

bare=$cache/bookworm-minbase
make_root() { # the bare root, once; false when debootstrap cannot (no network to the mirror)
  [[ -f $bare/.complete ]] && return 0
  echo "install: making a Debian 12 root in $bare (once)"
  mkdir -p "$cache"
  rm -rf "$bare"
  if ! debootstrap --variant=minbase bookworm "$bare" "$mirror" >"$cache/debootstrap.log" 2>&1; then
    tail -5 "$cache/debootstrap.log"
    rm -rf "$bare"
    return 1
  fi
  touch "$bare/.complete"
}

if chroot_possible && make_root; then
  mkdir -p "$cache/archives/partial"
  root=$(mktemp -d /tmp/sbroot-XXXXXX)
  mounts=()
  cleanup() {
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount -l "${mounts[i]}" 2>/dev/null || true; done
    rm -rf --one-file-system "$root"
  }
  trap cleanup EXIT
  cp -a "$bare/." "$root/"
  for m in proc dev sys; do mount --rbind "/$m" "$root/$m"; mounts+=("$root/$m"); done
  mount --bind "$cache/archives" "$root/var/cache/apt/archives"; mounts+=("$root/var/cache/apt/archives")
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  # The machine's apt proxy, if it uses one; nothing else of its apt settings (the root installs
  # Recommends, as a fresh Debian does).
  grep -hi 'Acquire::.*Proxy' /etc/apt/apt.conf /etc/apt/apt.conf.d/* >"$root/etc/apt/apt.conf.d/01proxy" 2>/dev/null || true
  cat >"$root/etc/apt/sources.list" <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
SOURCES
  cp "$deb" "$root/tmp/"
  in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
  echo "install: apt-get install ./$(basename "$deb") in a fresh Debian 12 root"
  in_root apt-get update -qq || fail "apt-get update in the root failed"
  in_root apt-get install -y -qq "/tmp/$(basename "$deb")" >"$root/tmp/apt.log" 2>&1 ||
    { tail -30 "$root/tmp/apt.log"; fail "apt-get install of the package failed in a fresh Debian 12 root"; }
  in_root dpkg-query -W -f='${Status} ${Version}\n' switchboard nats-server
  check_installed in_root
  # nats-server is only recommended: without it the app must say how to install it.
  in_root apt-get remove -y -qq nats-server >/dev/null
  out=$(in_root timeout 60 /usr/bin/switchboard --demo --screenshot /tmp/no-nats.png 2>&1) && fail "the demo 'started' without nats-server"
  grep -q "sudo apt install nats-server" <<<"$out" || fail "without nats-server the app said: $out"
  echo "installed, without nats-server: $(grep -o 'the demo needs nats-server[^;]*' <<<"$out" | head -1)"
  echo "install: ok (fresh Debian 12 root)"
else
  echo "install: no fresh root here (needs root, mounts and debootstrap); installing on this machine, removed after"
  [[ $(id -u) == 0 ]] && sudo= || sudo=sudo
  if dpkg-query -W -f='${Status}' switchboard 2>/dev/null | grep -q "install ok installed"; then
    fail "switchboard is already installed on this machine; this test would remove it"
  fi
  home=$(mktemp -d /tmp/sbinstall-home-XXXXXX) # the installed app's settings, not the user's
  trap '$sudo apt-get purge -y -qq switchboard >/dev/null 2>&1 || true; rm -rf "$home"' EXIT
  $sudo apt-get install -y -qq "$deb" >/tmp/sb-install-apt.log 2>&1 || { tail -30 /tmp/sb-install-apt.log; fail "apt-get install failed"; }
  check_installed env HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share"
  $sudo apt-get purge -y -qq switchboard >/dev/null
  [[ ! -e /usr/bin/switchboard && ! -e /usr/share/applications/io.github.switchboard.Switchboard.desktop ]] ||
    fail "files are left after apt-get purge switchboard"
  echo "install: ok (installed on this machine and removed)"
fi
