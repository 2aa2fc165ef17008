#!/usr/bin/env python3
"""Regenerates the expected outputs of the parser tests with CPython (dev tool).

  tests/parse/cases/NAME.py   -> NAME.ast: ast.dump(ast.parse(src), include_attributes=True)
  tests/parse/errors/NAME.py  -> NAME.err: "TYPE|MSG|LINENO|OFFSET|END_LINENO|END_OFFSET"
                                 of the SyntaxError compile(src, NAME, 'exec') raises

Run: python3 tools/regen_ast.py
"""
import ast
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tests", "parse")


def main():
    count = 0
    for name in sorted(os.listdir(os.path.join(ROOT, "cases"))):
        if not name.endswith(".py"):
            continue
        path = os.path.join(ROOT, "cases", name)
        with open(path, "rb") as f:
            tree = ast.parse(f.read())
        with open(path[:-3] + ".ast", "w") as out:
            out.write(ast.dump(tree, include_attributes=True) + "\n")
        count += 1
    for name in sorted(os.listdir(os.path.join(ROOT, "errors"))):
        if not name.endswith(".py"):
            continue
        path = os.path.join(ROOT, "errors", name)
        with open(path, "rb") as f:
            source = f.read()
        try:
            compile(source, name, "exec", ast.PyCF_ONLY_AST)
        except SyntaxError as e:
            line = "|".join(str(x) for x in (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset))
        else:
            sys.exit(f"{path}: CPython parses it; error cases must fail")
        with open(path[:-3] + ".err", "w") as out:
            out.write(line + "\n")
        count += 1
    print(f"regenerated {count} expected files under {ROOT}")


if __name__ == "__main__":
    main()
