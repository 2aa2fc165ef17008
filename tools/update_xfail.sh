#!/usr/bin/env bash
# Runs every conformance script under KLASS (default build/klass) and rewrites
# tests/py/xfail.txt with the scripts whose output differs from CPython's.
# Crashes are never listed: they are printed and make this script fail, since
# a crash on any input is a bug to fix, not an expected failure.
#
#   tools/update_xfail.sh [KLASS]
set -u
cd "$(dirname "$0")/.."
klass=${1:-build/klass}
runner=tests/run_py_test.sh
xfail=tests/py/xfail.txt
tmp=$(mktemp)
crashed=0
passed=0
failed=0
{
  echo "# Conformance scripts that klass is known not to pass yet, one path a line,"
  echo "# relative to tests/py (e.g. \`match/class_patterns.py\`). \`#\` starts a comment."
  echo "# A listed script passes while its output differs from the .expected file and"
  echo "# fails (\"unexpectedly passed\") once it matches: then delete its line here."
  echo "# Regenerate with tools/update_xfail.sh."
} > "$tmp"
for script in $(cd tests/py && ls */*.py | sort); do
  out=$(bash "$runner" "$klass" "tests/py/$script" 2>&1)
  rc=$?
  if [ $rc -eq 0 ]; then
    passed=$((passed + 1))
  elif echo "$out" | grep -q "CRASH\|crash\|signal\|timed out\|Sanitizer"; then
    crashed=$((crashed + 1))
    echo "CRASH: $script"
    echo "$out" | tail -3 | sed 's/^/    /'
  else
    failed=$((failed + 1))
    echo "$script" >> "$tmp"
  fi
done
mv "$tmp" "$xfail"
echo "passed: $passed, differing (now in $xfail): $failed, crashed: $crashed"
[ $crashed -eq 0 ]
