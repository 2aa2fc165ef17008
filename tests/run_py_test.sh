#!/usr/bin/env bash
# Runs one conformance script under an interpreter and compares what it prints
# with the CPython 3.11 output committed beside it.
#
#   tests/run_py_test.sh KLASS SCRIPT [--xfail]   compare with SCRIPT's .expected
#   tests/run_py_test.sh --print KLASS SCRIPT     only print the normalised output
#                                                 (tools/regen_expected.sh uses this,
#                                                 so .expected files are produced by
#                                                 exactly the same code path)
#
# How the output is produced (both modes):
#   - KLASS runs `<basename of SCRIPT>` with SCRIPT's folder as the working
#     directory, stdin from /dev/null, under a 60 s timeout;
#   - the output is stdout followed by stderr. They are captured separately and
#     concatenated rather than interleaved, because interleaving depends on each
#     interpreter's buffering (CPython flushes a redirected stdout only at exit,
#     after printing the traceback), which is not what the tests are about;
#   - a line `[exit N]` is appended when the exit code N is not 0;
#   - masking: `0x<hex digits>` becomes `0x?` (object addresses), and the
#     absolute path of the script's folder followed by `/` is removed, so that
#     `File "/abs/dir/x.py"` and `File "x.py"` both read `File "x.py"`.
#
# Verdict (compare mode):
#   - a crash always fails: killed by a signal / exit code >= 128, a timeout,
#     or a sanitizer report in the output;
#   - otherwise the test passes when the output equals the expected file
#     (a unified diff is printed when it does not);
#   - with --xfail the verdict is inverted: a differing output passes, a
#     matching one fails ("unexpectedly passed: remove it from tests/py/xfail.txt").
set -u

readonly TIMEOUT_SECONDS=60

usage() {
    echo "usage: $0 KLASS SCRIPT [--xfail]" >&2
    echo "       $0 --print KLASS SCRIPT" >&2
    exit 2
}

print_only=0
if [[ ${1:-} == --print ]]; then
    print_only=1
    shift
fi
[[ $# -ge 2 ]] || usage
interpreter=$1
script=$2
expect_failure=0
if [[ $# -ge 3 ]]; then
    [[ $3 == --xfail && $print_only == 0 ]] || usage
    expect_failure=1
fi

[[ -f $script ]] || { echo "error: no such script: $script" >&2; exit 2; }
# The interpreter runs in another directory: a relative path to it must be made
# absolute first; a bare command name (e.g. python3) is looked up in PATH.
if [[ $interpreter == */* ]]; then
    [[ -x $interpreter ]] || { echo "error: interpreter not found or not executable: $interpreter" >&2; exit 2; }
    interpreter=$(cd "$(dirname "$interpreter")" && pwd)/$(basename "$interpreter")
elif ! command -v "$interpreter" >/dev/null; then
    echo "error: interpreter not found in PATH: $interpreter" >&2
    exit 2
fi

script_dir=$(cd "$(dirname "$script")" && pwd)
script_dir_physical=$(cd "$script_dir" && pwd -P)
script_name=$(basename "$script")
expected_file=$script_dir/${script_name%.py}.expected

scratch=$(mktemp -d "${TMPDIR:-/tmp}/run_py_test.XXXXXX") || exit 2
trap 'rm -rf "$scratch"' EXIT

# PYTHONDONTWRITEBYTECODE only matters when the interpreter is CPython (checking
# the corpus, regenerating .expected): it keeps __pycache__ out of the source
# tree. PYTHONHASHSEED is deliberately left alone, so that running the corpus
# under python3 reveals scripts whose output depends on str hash order.
(
    cd "$script_dir" &&
    PYTHONDONTWRITEBYTECODE=1 \
        timeout -k 5 "$TIMEOUT_SECONDS" "$interpreter" "$script_name" \
        </dev/null >"$scratch/stdout" 2>"$scratch/stderr"
)
exit_code=$?

# Escapes a string for use as a literal inside a sed regular expression.
sed_literal() { printf '%s' "$1" | sed -e 's/[][\/$*.^+?(){}|]/\\&/g'; }

# Masks what legitimately differs between runs and machines (see header).
normalise() {
    sed -E \
        -e "s/$(sed_literal "$script_dir")\///g" \
        -e "s/$(sed_literal "$script_dir_physical")\///g" \
        -e 's/0x[0-9a-fA-F]+/0x?/g'
}

cat "$scratch/stdout" "$scratch/stderr" >"$scratch/combined"
if [[ $exit_code -ne 0 ]]; then
    # The marker starts its own line even when the output did not end with one.
    if [[ -s $scratch/combined && -n $(tail -c 1 "$scratch/combined") ]]; then
        echo >>"$scratch/combined"
    fi
    echo "[exit $exit_code]" >>"$scratch/combined"
fi
normalise <"$scratch/combined" >"$scratch/actual"

if [[ $print_only == 1 ]]; then
    cat "$scratch/actual"
    exit 0
fi

crash=""
if [[ $exit_code -eq 124 ]]; then
    crash="timed out after ${TIMEOUT_SECONDS} s"
elif [[ $exit_code -ge 128 ]]; then
    crash="killed by signal $((exit_code - 128)) (exit code $exit_code)"
elif grep -qE '^==[0-9]+==ERROR: |^SUMMARY: [A-Za-z]+Sanitizer|: runtime error: ' "$scratch/actual"; then
    crash="sanitizer report in the output"
fi
if [[ -n $crash ]]; then
    echo "FAIL (crash: $crash): $script"
    echo "--- output ---"
    cat "$scratch/actual"
    exit 1
fi

if [[ ! -f $expected_file ]]; then
    echo "FAIL: missing expected output $expected_file (run tools/regen_expected.sh $script)"
    exit 1
fi
normalise <"$expected_file" >"$scratch/expected"

if cmp -s "$scratch/expected" "$scratch/actual"; then
    if [[ $expect_failure == 1 ]]; then
        echo "FAIL: unexpectedly passed: remove it from tests/py/xfail.txt ($script)"
        exit 1
    fi
    exit 0
fi
if [[ $expect_failure == 1 ]]; then
    echo "expected failure (output differs): $script"
    exit 0
fi
echo "FAIL: output differs from $expected_file"
diff -u --label "expected ($script_name)" --label "actual ($script_name)" "$scratch/expected" "$scratch/actual"
exit 1
