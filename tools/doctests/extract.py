#!/usr/bin/env python3
"""Extracts CPython 3.11's own doctest suites into data files that klass can run.

For each measured module of CPython's `test` package this writes, under
tests/doctest/:

  <module>.py        the module's doctests as one Python literal (a dict), which
                     tests/doctest/runner.py reads with nothing but eval();
  <module>.baseline  what CPython itself produces for every example, i.e. the
                     runner's `--all-output` report under this python3.

Tests are found by doctest.DocTestFinder itself (module docstring, `__test__`
entries, function and class docstrings), in the order DocTestSuite runs them.
The module-level code the examples rely on becomes the "prelude" (see
prelude.py).

Usage: python3 tools/doctests/extract.py [--no-baseline] [MODULE ...]
Run it again after changing the runner or moving to a new CPython 3.11 release.
"""

import argparse
import ast
import doctest
import importlib
import os
import re
import subprocess
import sys

import prelude

# The suites we measure: the language core first, then the class machinery.
MODULES = [
    "test_extcall",
    "test_unpack",
    "test_unpack_ex",
    "test_genexps",
    "test_listcomps",
    "test_setcomps",
    "test_generators",
    "test_metaclass",
    "test_descrtut",
]

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUTPUT_DIR = os.path.join(REPO_ROOT, "tests", "doctest")
RUNNER = os.path.join(OUTPUT_DIR, "runner.py")

OPTION_NAMES = {flag: name for name, flag in doctest.OPTIONFLAGS_BY_NAME.items()}


def module_data(name):
    """Everything the runner needs to replay module `test.<name>`'s doctests."""
    module = importlib.import_module("test." + name)
    with open(module.__file__, encoding="utf-8") as f:
        source = f.read()
    # DocTestSuite skips tests without examples; find() already sorts by name.
    tests = [t for t in doctest.DocTestFinder().find(module) if t.examples]
    if not tests:
        raise SystemExit(f"{name}: doctest finds no examples")
    chunks = prelude.module_chunks(source)
    string_lines = _string_start_lines(source)
    test_data = [_test_data(t, chunks, string_lines) for t in tests]
    # Keep only the chunks some test needs, renumbered in module order.
    used = sorted({index for t in test_data for index in t["prelude"]})
    renumber = {old: new for new, old in enumerate(used)}
    for t in test_data:
        t["prelude"] = [renumber[index] for index in t["prelude"]]
    return {
        "module": module.__name__,
        "file": os.path.basename(module.__file__),
        "python": sys.version.split()[0],
        # Option flags every example starts from (DocTestSuite() passes none).
        "options": {},
        "prelude": [
            {"line": chunks[i].line, "binds": sorted(chunks[i].binds), "source": chunks[i].source}
            for i in used
        ],
        "tests": test_data,
    }


def _test_data(test, chunks, string_lines):
    mentioned = set()
    for example in test.examples:
        mentioned |= prelude.names_mentioned(example.source)
    start = string_lines.get(test.docstring)
    examples = []
    for example in test.examples:
        options = {OPTION_NAMES[flag]: enabled for flag, enabled in sorted(example.options.items())}
        line = start + example.lineno if start is not None else None
        examples.append((example.source, example.want, example.exc_msg, options, line))
    return {
        "name": test.name,
        "prelude": prelude.chunks_needed(chunks, mentioned),
        "examples": examples,
    }


def _string_start_lines(source):
    """Maps each string literal of the module to the line its text starts on."""
    lines = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            lines.setdefault(node.value, node.lineno)
    return lines


def render(data):
    """The data file's text: a header comment, then the literal, laid out for reading."""
    header = (
        f"# {data['module']}'s doctests, extracted from CPython {data['python']}'s {data['file']}\n"
        "# by tools/doctests/extract.py: do not edit, re-run the extractor.\n"
        "# One Python literal, read by tests/doctest/runner.py with eval().\n"
        "# prelude: the module-level code the examples use, one top-level statement each.\n"
        "# tests[i]['prelude']: which of those statements that test's globals need.\n"
        "# Each example: (source, want, expected exception message or None, options, line in file).\n"
    )
    lines = ["{"]
    for key in ("module", "file", "python", "options"):
        lines.append(f"    {key!r}: {data[key]!r},")
    lines.append("    'prelude': [")
    for chunk in data["prelude"]:
        lines.append(f"        {chunk!r},")
    lines.append("    ],")
    lines.append("    'tests': [")
    for test in data["tests"]:
        lines.append("        {")
        lines.append(f"            'name': {test['name']!r},")
        lines.append(f"            'prelude': {test['prelude']!r},")
        lines.append("            'examples': [")
        for example in test["examples"]:
            lines.append(f"                {example!r},")
        lines.append("            ],")
        lines.append("        },")
    lines.append("    ],")
    lines.append("}")
    text = header + "\n".join(lines) + "\n"
    if ast.literal_eval(text) != data:
        raise SystemExit(f"{data['module']}: rendered data does not read back as written")
    return text


def baseline(data_path):
    """CPython's own report on every example, with object addresses masked so reruns compare equal."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    result = subprocess.run([sys.executable, RUNNER, "--all-output", data_path],
                            capture_output=True, text=True, env=env, timeout=600)
    if result.returncode != 0:
        raise SystemExit(f"runner failed on {data_path}:\n{result.stderr}")
    return re.sub(r"0x[0-9a-fA-F]{4,}", "0x...", result.stdout)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", default=MODULES, help="default: all measured modules")
    parser.add_argument("--no-baseline", action="store_true", help="do not regenerate .baseline files")
    args = parser.parse_args()
    for name in args.modules:
        data = module_data(name)
        data_path = os.path.join(OUTPUT_DIR, name + ".py")
        with open(data_path, "w", encoding="utf-8") as f:
            f.write(render(data))
        count = sum(len(t["examples"]) for t in data["tests"])
        print(f"{name}: {len(data['tests'])} tests, {count} examples, "
              f"{len(data['prelude'])} prelude statements -> {os.path.relpath(data_path, REPO_ROOT)}")
        if not args.no_baseline:
            with open(os.path.join(OUTPUT_DIR, name + ".baseline"), "w", encoding="utf-8") as f:
                f.write(baseline(data_path))


if __name__ == "__main__":
    main()
