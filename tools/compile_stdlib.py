#!/usr/bin/env python3
"""Dev check: compile every file of CPython's standard library with klass.

    tools/compile_stdlib.py BUILD_DIR/klass-dis [STDLIB_DIR]

klass must never crash or report an internal error, and may refuse a file
only where python3 refuses it too. Prints every disagreement and a summary;
exits 1 when there is any.
"""
import subprocess
import sys
import sysconfig
from pathlib import Path


def python_refuses(path):
    try:
        source = path.read_bytes()
        compile(source, str(path), "exec", dont_inherit=True)
        return None
    except (SyntaxError, ValueError, UnicodeDecodeError) as e:
        return f"{type(e).__name__}: {e}"


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    tool = sys.argv[1]
    root = Path(sys.argv[2] if len(sys.argv) > 2 else sysconfig.get_paths()["stdlib"])
    files = sorted(p for p in root.rglob("*.py") if "site-packages" not in p.parts)
    failures = {}
    crashes = []
    for start in range(0, len(files), 200):
        chunk = [str(p) for p in files[start:start + 200]]
        run = subprocess.run([tool, "--check", *chunk], capture_output=True, text=True, errors="replace")
        if run.returncode not in (0, 1):
            crashes.append(f"chunk starting at {chunk[0]}: exit {run.returncode} {run.stderr[-500:]}")
        for line in run.stdout.splitlines():
            name, _, message = line.partition(": ")
            failures[name] = message
    agree = disagree = 0
    not_supported = []
    for name, message in sorted(failures.items()):
        refused = python_refuses(Path(name))
        if "not supported yet" in message:
            not_supported.append(f"{name}: {message}")
        elif refused and "internal" not in message:
            agree += 1
        else:
            disagree += 1
            print(f"DISAGREE {name}: klass says {message}; python3 says {refused or 'ok'}")
    for line in not_supported:
        print(f"NOT YET  {line}")
    for line in crashes:
        print(f"CRASH    {line}")
    print(f"{len(files)} files: {len(files) - len(failures)} compiled, {agree} refused like python3, "
          f"{len(not_supported)} use unsupported features, {disagree} disagreements, {len(crashes)} crashes")
    sys.exit(1 if disagree or crashes else 0)


if __name__ == "__main__":
    main()
