#!/usr/bin/env bash
# Prints the Debian packages of the QML modules the app loads at run time, one per line, sorted.
# Roots: every `import` of the app's .qml files (qml/), except its own module, plus the Controls
# style main.cpp sets (Fusion). Each root is followed through its qmldir (`import`, `depends`,
# `default import`; not `optional`) and the imports of the module's own .qml files. Each module's
# folder is mapped to its package with dpkg -S.
# Usage: qml-runtime-packages.sh SOURCE_DIR [QML_DIR]
set -euo pipefail
src=${1:?usage: qml-runtime-packages.sh SOURCE_DIR [QML_DIR]}
qmldir_root=${2:-$(qtpaths6 --query QT_INSTALL_QML 2>/dev/null || echo /usr/lib/x86_64-linux-gnu/qt6/qml)}

imports_of() { # .qml files → module names they import (not quoted paths)
  sed -nE 's/^[[:space:]]*import[[:space:]]+([A-Za-z][A-Za-z0-9_.]*).*/\1/p' "$@" 2>/dev/null | sort -u
}

declare -A seen=()
roots=($(imports_of $(find "$src/qml" -name '*.qml') | grep -vx 'Switchboard'))
roots+=(QtQuick.Controls.Fusion) # QQuickStyle::setStyle("Fusion") in app/gui/main.cpp
for module in "${roots[@]}"; do
  [[ -f $qmldir_root/${module//.//}/qmldir ]] ||
    { echo "qml-runtime-packages: the app imports $module, which is not installed here" >&2; exit 1; }
done
queue=("${roots[@]}")
while ((${#queue[@]})); do
  module=${queue[0]}; queue=("${queue[@]:1}")
  [[ -n ${seen[$module]:-} ]] && continue
  seen[$module]=1
  dir=$qmldir_root/${module//.//}
  [[ -f $dir/qmldir ]] || continue # a dependency built into a library (QtQml.Models in 6.4)
  queue+=($(sed -nE 's/^(default[[:space:]]+)?(import|depends)[[:space:]]+([A-Za-z][A-Za-z0-9_.]*).*/\3/p' "$dir/qmldir"))
  queue+=($(imports_of $(find "$dir" -maxdepth 1 -name '*.qml')))
done

for module in "${!seen[@]}"; do
  dir=$qmldir_root/${module//.//}
  [[ -f $dir/qmldir ]] || continue
  dpkg -S "$dir/qmldir" | sed -E 's/:.*//'
done | sort -u
