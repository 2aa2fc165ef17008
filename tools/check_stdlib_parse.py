#!/usr/bin/env python3
"""Parses every .py file of CPython's standard library with klass-astdump and
compares the dump with ast.dump(ast.parse(src), include_attributes=True).

    python3 tools/check_stdlib_parse.py path/to/klass-astdump [--show N] [--dir DIR]

Files CPython itself cannot parse are skipped. Prints the match figure and
the first differing files (with the first differing position).
"""
import ast
import os
import subprocess
import sys
import sysconfig


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        return 2
    tool = args[0]
    show = 10
    root = sysconfig.get_paths()["stdlib"]
    if "--show" in args:
        show = int(args[args.index("--show") + 1])
    if "--dir" in args:
        root = args[args.index("--dir") + 1]
    paths = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in ("site-packages", "__pycache__"))
        for name in sorted(filenames):
            if name.endswith(".py"):
                paths.append(os.path.join(dirpath, name))
    expected = {}
    skipped = 0
    for path in paths:
        try:
            with open(path, "rb") as f:
                source = f.read()
            expected[path] = ast.dump(ast.parse(source), include_attributes=True)
        except (SyntaxError, ValueError, UnicodeDecodeError):
            skipped += 1
    checked = [p for p in paths if p in expected]
    proc = subprocess.run([tool, "--batch"], input="\n".join(checked) + "\n", capture_output=True, text=True,
                          errors="surrogateescape")
    actual = {}
    current = None
    for line in proc.stdout.split("\n"):
        if line.startswith("=== "):
            current = line[4:]
            actual[current] = []
        elif current is not None:
            actual[current].append(line)
    matches = 0
    failures = []
    for path in checked:
        got = "\n".join(actual.get(path, [])).strip("\n")
        if got == expected[path]:
            matches += 1
        else:
            failures.append((path, got, expected[path]))
    print(f"stdlib parse check: {matches}/{len(checked)} files identical "
          f"({skipped} skipped: CPython cannot parse them)")
    for path, got, want in failures[:show]:
        i = 0
        while i < min(len(got), len(want)) and got[i] == want[i]:
            i += 1
        print(f"--- {os.path.relpath(path, root)}")
        print(f"  klass:   ...{got[max(0, i - 80):i + 80]}")
        print(f"  CPython: ...{want[max(0, i - 80):i + 80]}")
    if proc.returncode != 0:
        print("klass-astdump exited with", proc.returncode, proc.stderr[-2000:])
    return 0 if matches == len(checked) else 1


if __name__ == "__main__":
    sys.exit(main())
