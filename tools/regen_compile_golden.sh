#!/bin/sh
# Regenerates tests/compile/cases/*.dis from klass-dis. Review every diff by
# hand against `python3 -c 'import dis; dis.dis(compile(open(F).read(), F, "exec"))'`
# before committing: the golden files are only as right as that review.
#   tools/regen_compile_golden.sh BUILD_DIR/klass-dis
set -e
tool=$(realpath "$1")
cd "$(dirname "$0")/../tests/compile/cases"
for case in *.py; do
  "$tool" "$case" > "${case%.py}.dis"
done
