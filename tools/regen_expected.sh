#!/usr/bin/env bash
# Regenerates the .expected files of the conformance corpus with CPython 3.11.
#
#   tools/regen_expected.sh                 every test script under tests/py/
#   tools/regen_expected.sh PATH...         only these scripts, or the scripts under these folders
#
# The output is produced by tests/run_py_test.sh --print, i.e. by the very code
# that later compares klass's output (same working directory, stdout followed by
# stderr, `[exit N]` line, masking), so an .expected file never disagrees with
# the runner about formatting. Runs with PYTHONHASHSEED=0.
#
# Test scripts are the files tests/py/<area>/<name>.py; any .py deeper than that
# (packages and modules that tests import) is a helper and gets no .expected.
set -eu

repo=$(cd "$(dirname "$0")/.." && pwd)
corpus=$repo/tests/py
runner=$repo/tests/run_py_test.sh
python=${PYTHON:-python3}

version=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [[ $version != 3.11 ]]; then
    echo "error: $python is Python $version; the expected output must come from CPython 3.11" >&2
    exit 1
fi
export PYTHONHASHSEED=0

# Prints the test scripts (one per line) selected by the arguments.
select_scripts() {
    if [[ $# -eq 0 ]]; then
        set -- "$corpus"
    fi
    local path abs
    for path in "$@"; do
        abs=$(realpath "$path")
        if [[ -d $abs ]]; then
            find "$abs" -name '*.py' -type f
        elif [[ -f $abs ]]; then
            echo "$abs"
        else
            echo "error: no such file or folder: $path" >&2
            return 1
        fi
    done | while read -r file; do
        # Keep only tests/py/<area>/<name>.py.
        relative=${file#"$corpus"/}
        if [[ $relative != "$file" && $relative == */* && $relative != */*/* ]]; then
            echo "$file"
        fi
    done | sort -u
}

count=0
while read -r script; do
    expected=${script%.py}.expected
    "$runner" --print "$python" "$script" >"$expected.tmp"
    if [[ -f $expected ]] && cmp -s "$expected" "$expected.tmp"; then
        rm "$expected.tmp"
    else
        mv "$expected.tmp" "$expected"
        echo "updated ${expected#"$repo"/}"
    fi
    count=$((count + 1))
done < <(select_scripts "$@")
echo "$count scripts checked"
