#!/usr/bin/env bash
# The man pages and shell completions agree with the programs (issue 13): every option that
# `switchboard --help` and `switchboard-cli --help` list is in the man page, and every command and
# option of switchboard-cli is in the bash and zsh completions. The bash completion is then run as
# bash would run it, and the zsh one is parsed by zsh.
# Usage: check-docs.sh SOURCE_DIR SWITCHBOARD SWITCHBOARD_CLI
set -euo pipefail
src=${1:?usage: check-docs.sh SOURCE_DIR SWITCHBOARD SWITCHBOARD_CLI} app=${2:?} cli=${3:?}
pkg=$src/packaging
failures=0
fail() { echo "docs: FAIL: $*" >&2; failures=$((failures + 1)); }
options_of() { grep -oE -- '(^|[ [,])--[a-z][a-z0-9-]*' | grep -oE -- '--[a-z0-9-]+' | sort -u; }
# In troff a hyphen is written \-.
in_man() { grep -qF -- "${2//-/\\-}" "$1"; }

app_options=$(QT_QPA_PLATFORM=offscreen "$app" --help | options_of)
cli_help=$("$cli" --help)
cli_options=$(options_of <<<"$cli_help")
cli_commands=$(sed -nE '/^Commands:/,/^$/ s/^  ([a-z]+) .*/\1/p' <<<"$cli_help" | sort -u)
[[ $(wc -l <<<"$app_options") -ge 15 && $(wc -l <<<"$cli_options") -ge 25 && $(wc -l <<<"$cli_commands") -ge 8 ]] ||
  fail "could not read the options from --help"

for o in $app_options; do in_man "$pkg/man/switchboard.1" "$o" || fail "switchboard.1 does not describe $o"; done
for o in $cli_options; do in_man "$pkg/man/switchboard-cli.1" "$o" || fail "switchboard-cli.1 does not describe $o"; done
for c in $cli_commands; do
  grep -qE "^\\\\fB$c\\\\fR|^\.B[IR]? $c\b|^\.BI \"?$c" "$pkg/man/switchboard-cli.1" || fail "switchboard-cli.1 has no entry for the command $c"
  grep -qw -- "$c" "$pkg/completions/switchboard-cli.bash" || fail "the bash completion lacks the command $c"
  grep -q -- "'$c:" "$pkg/completions/_switchboard-cli" || fail "the zsh completion lacks the command $c"
done
for o in $cli_options; do
  grep -qw -- "$o" "$pkg/completions/switchboard-cli.bash" || fail "the bash completion lacks $o"
  grep -q -- "$o" "$pkg/completions/_switchboard-cli" || fail "the zsh completion lacks $o"
done

# The bash completion, run the way bash runs it on <Tab>.
complete_words() { # words... → what <Tab> offers after them
  bash -c '
    source /usr/share/bash-completion/bash_completion
    source "$1"; shift
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
    _switchboard_cli switchboard-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    printf "%s\n" "${COMPREPLY[@]}"' _ "$pkg/completions/switchboard-cli.bash" "$@"
}
expect() { # expected -- words...
  local want=$1; shift
  local got; got=$(complete_words "$@" | sort | tr '\n' ' ' | sed 's/ $//')
  [[ $got == "$want" ]] || fail "bash: '$*' completes to '$got', expected '$want'"
}
if [[ -f /usr/share/bash-completion/bash_completion ]]; then
  expect "call cluster collect" switchboard-cli c
  expect "call cluster collect" switchboard-cli --server nats://x:4222 c
  expect "--timeout" switchboard-cli call --ti
  expect "--rates" switchboard-cli subscribe 'orders.>' --ra
  expect "--tlsca --tlscert --tlskey" switchboard-cli --tls
  expect "" switchboard-cli call --timeout ""
else
  fail "bash-completion is not installed (scripts/setup.sh installs it)"
fi

# The zsh completion: zsh parses it.
if command -v zsh >/dev/null; then
  zsh -n "$pkg/completions/_switchboard-cli" || fail "zsh cannot parse _switchboard-cli"
else
  fail "zsh is not installed (scripts/setup.sh installs it)"
fi

# Both man pages render without warnings.
for page in switchboard.1 switchboard-cli.1; do
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$pkg/man/$page" 2>&1 >/dev/null || true)
  [[ -z $warnings ]] || fail "$page: $warnings"
done

((failures == 0)) || { echo "docs: $failures problem(s)" >&2; exit 1; }
echo "docs: ok: $(wc -l <<<"$app_options") app options, $(wc -l <<<"$cli_options") CLI options, $(wc -l <<<"$cli_commands") commands"
