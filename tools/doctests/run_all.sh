#!/usr/bin/env bash
# Measures how much of CPython 3.11's own doctest suites klass passes.
#
# usage: tools/doctests/run_all.sh [KLASS]     (default: build/klass)
#
# Runs tests/doctest/runner.py under KLASS for every module listed in
# tests/doctest/thresholds.txt, prints the failing examples (with the first
# line of their source) and each module's match figure, and exits non-zero if
# a module is below its threshold or its run did not complete. Any interpreter
# works as KLASS: `run_all.sh python3` checks the yardstick itself (~100%).
#
# Environment: KLASS_DOCTEST_TIMEOUT seconds allowed per module (default 300):
# an interpreter that loops forever must not hang the run.

set -u

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
data_dir="$root/tests/doctest"
klass=${1:-$root/build/klass}
time_limit=${KLASS_DOCTEST_TIMEOUT:-300}

if ! command -v "$klass" >/dev/null 2>&1; then
    echo "run_all.sh: no interpreter at '$klass' (pass its path as the first argument)" >&2
    exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

status=0
figures=()
while read -r module threshold _; do
    case "$module" in ''|'#'*) continue ;; esac
    report="$work/$module.out"
    timeout "$time_limit" "$klass" "$data_dir/runner.py" "$data_dir/$module.py" >"$report" 2>"$work/$module.err"
    code=$?

    echo "== $module"
    grep -E '^(prelude|runner) error' "$report" | sed 's/^/  /'
    grep '^FAIL ' "$report" | sed 's/^FAIL /  /'

    summary=$(grep -E "^$module: [0-9]+/[0-9]+ examples match \([0-9]+%\)$" "$report" | tail -n 1)
    if [ -n "$summary" ]; then
        percent=${summary##*(}
        percent=${percent%\%)}
        figure="$summary"
    else
        # The run died (crash, timeout, uncaught error): count what it reported before.
        percent=0
        judged=$(grep -cE '^(pass|FAIL) ' "$report")
        passed=$(grep -c '^pass ' "$report")
        if [ "$code" -eq 124 ]; then why="timed out after ${time_limit}s"; else why="exit status $code"; fi
        figure="$module: run did not complete ($why) after $judged examples, $passed matched"
        if [ -s "$work/$module.err" ]; then
            echo "  last lines of stderr:"
            tail -n 5 "$work/$module.err" | sed 's/^/    /'
        fi
        status=1
    fi
    if [ "$percent" -lt "$threshold" ]; then
        figure="$figure  BELOW THRESHOLD $threshold%"
        status=1
    fi
    figures+=("$figure")
done <"$data_dir/thresholds.txt"

echo
echo "== match figures (thresholds in tests/doctest/thresholds.txt)"
printf '%s\n' "${figures[@]}"
exit $status
