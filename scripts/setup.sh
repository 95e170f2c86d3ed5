#!/usr/bin/env bash
# Installs the Debian 12 packages Switchboard needs, only when one is missing.
# `apt-get update` runs only when something has to be installed. Safe to run repeatedly.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config ccache
  qt6-base-dev
  libnats-dev libssl-dev openssl nats-server
  nlohmann-json3-dev libsimdjson-dev
  libbenchmark-dev
  clang-14 libclang-rt-14-dev
  # The desktop app: Qt Quick, Controls (Fusion), Charts; the QML runtime modules it imports;
  # the offscreen/xcb platform plugins; a monospace font for subjects, ids and JSON.
  qt6-declarative-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools
  qml6-module-qtqml qml6-module-qtqml-workerscript qml6-module-qtquick qml6-module-qtquick-controls
  qml6-module-qtquick-layouts qml6-module-qtquick-templates qml6-module-qtquick-window
  qml6-module-qtcharts qml6-module-qttest qt6-qpa-plugins fonts-dejavu-core
  xvfb xauth
  # The zh_CN translation: Qt's own strings (dialog buttons) and a CJK font to draw it with.
  qt6-translations-l10n fonts-noto-cjk
  # Secrets of connection profiles in the Secret Service (GNOME Keyring, KWallet) when there is one.
  qtkeychain-qt6-dev
  # The journal of changes: SQLite through Qt SQL's QSQLITE driver.
  libqt6sql6-sqlite
  # Alert notifications over D-Bus (org.freedesktop.Notifications); the tests run a private
  # session bus with a notification service of their own.
  dbus-daemon dbus-bin
  # Protobuf schemas (core/proto): Google's own .proto importer, DynamicMessage and JSON mapping;
  # protoc compiles the tests' fixture .proto at build time.
  libprotobuf-dev libprotoc-dev protobuf-compiler
  # The .deb and its checks (tests/package): icon rendering, validators, lintian, the install
  # test's fresh Debian root, the man pages and completions run as installed.
  librsvg2-bin desktop-file-utils appstream lintian debootstrap man-db bash-completion zsh
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "setup: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    SUDO="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
