#!/usr/bin/env python3
"""Checks the doctest yardstick against doctest itself (run with python3).

  - the runner's output checker and exception matching agree with
    doctest.OutputChecker and doctest's exception handling on many generated
    cases;
  - the runner renders exceptions the way doctest compares them;
  - the runner reports passes, failures, prelude errors and a summary on a
    small synthetic data file, and survives examples that misbehave;
  - the committed data files are what the extractor writes today.

Usage: python3 tools/doctests/selftest.py   (exit status 0 when all checks pass)
"""

import doctest
import importlib.util
import os
import random
import subprocess
import sys
import tempfile
import traceback
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import extract  # noqa: E402  (after the path tweak)

RUNNER_PATH = os.path.join(extract.OUTPUT_DIR, "runner.py")


def load_runner():
    spec = importlib.util.spec_from_file_location("doctest_runner", RUNNER_PATH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


runner = load_runner()

CHECKED_OPTIONS = ["ELLIPSIS", "NORMALIZE_WHITESPACE", "DONT_ACCEPT_TRUE_FOR_1", "DONT_ACCEPT_BLANKLINE"]
FRAGMENTS = ["a", "b", "ab", " ", "  ", "\t", "\n", "...", "<BLANKLINE>", "True", "False", "1", "0", ".", ":"]


def random_text(rng):
    text = "".join(rng.choice(FRAGMENTS) for _ in range(rng.randrange(0, 7)))
    if rng.random() < 0.7 and text and not text.endswith("\n"):
        text += "\n"
    return text


def doctest_flags(options):
    flags = 0
    for name in options:
        flags |= doctest.OPTIONFLAGS_BY_NAME[name]
    return flags


def doctest_exception_text(error):
    """What doctest 3.11 compares with an expected exception (see DocTestRunner.__run)."""
    lines = traceback.format_exception_only(type(error), error)
    if isinstance(error, SyntaxError):
        prefixes = (f"{type(error).__qualname__}:", f"{type(error).__module__}.{type(error).__qualname__}:")
        start = next(i for i, line in enumerate(lines) if line.startswith(prefixes))
        lines = lines[start:]
    return "".join(lines)


class CheckerAgreesWithDoctest(unittest.TestCase):
    def test_output_matching(self):
        rng = random.Random(3_11)
        checker = doctest.OutputChecker()
        for _ in range(60_000):
            want, got = random_text(rng), random_text(rng)
            if rng.random() < 0.1:
                got = want
            options = {name: True for name in CHECKED_OPTIONS if rng.random() < 0.4}
            expected = checker.check_output(want, got, doctest_flags(options))
            self.assertEqual(runner.output_matches(want, got, options), expected,
                             f"want={want!r} got={got!r} options={sorted(options)}")

    def test_exception_detail_stripping(self):
        rng = random.Random(7)
        pieces = ["a", "b", ".", ":", " ", "\n", "Error"]
        for _ in range(20_000):
            message = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 9)))
            self.assertEqual(runner.without_exception_detail(message),
                             doctest._strip_exception_details(message), repr(message))

    def test_options_from_directives(self):
        self.assertEqual(runner.active_options({"ELLIPSIS": True}, {"ELLIPSIS": False}), {})
        self.assertEqual(runner.active_options({}, {"SKIP": True}), {"SKIP": True})


class NoisyStr(Exception):
    def __str__(self):
        raise RuntimeError("no text for you")


class ExceptionsRenderLikeDoctest(unittest.TestCase):
    def examples(self):
        errors = [ValueError("bad value"), ValueError(), KeyError("k"), StopIteration(),
                  NoisyStr(), OSError(2, "No such file"), TypeError("two\nlines")]
        noted = ValueError("with notes")
        noted.add_note("first note")
        noted.add_note("second\nnote")
        errors.append(noted)
        for source in ["x = (", "def f(:\n", "  x = 1", "f(**x, *y)", "[x for x in 1] = 2", "return"]:
            try:
                compile(source, "<doctest t[0]>", "single")
            except SyntaxError as error:
                errors.append(error)
        errors.append(SyntaxError("no location"))
        errors.append(SyntaxError("file only", ("somefile.py", None, None, None)))
        foreign = type("ForeignError", (Exception,), {"__module__": "test.test_metaclass"})
        errors.append(foreign("raised elsewhere"))
        return errors

    def test_rendering(self):
        for error in self.examples():
            self.assertEqual(runner.describe_exception(error), doctest_exception_text(error), repr(error))


SYNTHETIC = {
    "module": "test.test_synthetic",
    "file": "test_synthetic.py",
    "python": "3.11",
    "options": {},
    "prelude": [
        {"line": 1, "binds": ["sortdict"], "source": "from test.support import sortdict\n"},
        {"line": 2, "binds": ["missing"], "source": "import no_such_module_anywhere\n"},
        {"line": 3, "binds": ["helper"], "source": "def helper(x):\n    return x * 2\n"},
    ],
    "tests": [
        {"name": "t.a", "prelude": [0, 1, 2], "examples": [
            ("helper(21)\n", "42\n", None, {}, 10),                          # pass: echoed repr
            ("print(sortdict({'b': 1, 'a': 2}))\n", "{'a': 2, 'b': 1}\n", None, {}, 11),  # pass
            ("helper(1)\n", "3\n", None, {}, 12),                            # FAIL: wrong output
            ("1/0\n", "Traceback...", "ZeroDivisionError: division by zero\n", {}, 13),  # pass
            ("1/0\n", "Traceback...", "ZeroDivisionError: nope\n", {}, 14),  # FAIL: detail differs
            ("1/0\n", "Traceback...", "ZeroDivisionError: nope\n",
             {"IGNORE_EXCEPTION_DETAIL": True}, 15),                          # pass
            ("x = (\n", "Traceback...", "SyntaxError: '(' was never closed\n", {}, 16),  # pass
            ("import sys; sys.stdout = None\n", "", None, {}, 17),          # pass; must not break the run
            ("print('after')\n", "after\n", None, {}, 18),                   # pass
            ("raise SystemExit(3)\n", "", None, {}, 19),                     # FAIL: unexpected exception
            ("print(list(range(30)))\n", "[0, 1, ..., 29]\n", None, {"ELLIPSIS": True}, 20),  # pass
            ("print('skipped')\n", "no\n", None, {"SKIP": True}, 21),      # skip
            ("helper\n", "", None, {}, 22),                                  # FAIL: output not expected
        ]},
        {"name": "t.b", "prelude": [], "examples": [
            ("helper\n", "Traceback...", "NameError: name 'helper' is not defined\n", {}, 30),  # pass: fresh globals
            ("class C: pass\n", "", None, {}, 31),                           # pass
            ("C\n", "<class 'test.test_synthetic.C'>\n", None, {}, 32),     # pass: __name__ set
        ]},
    ],
}


class RunnerEndToEnd(unittest.TestCase):
    def run_runner(self, *arguments):
        return subprocess.run([sys.executable, RUNNER_PATH, *arguments], capture_output=True, text=True)

    def test_synthetic_module(self):
        with tempfile.TemporaryDirectory() as directory:
            path = os.path.join(directory, "synthetic.py")
            with open(path, "w") as f:
                f.write(repr(SYNTHETIC))
            result = self.run_runner("--verbose", path)
        self.assertEqual(result.returncode, 0, result.stderr)
        lines = result.stdout.splitlines()
        verdicts = [line.split()[0] + " " + line.split()[1] for line in lines
                    if line.startswith(("pass ", "FAIL ", "skip "))]
        self.assertEqual(verdicts, [
            "pass t.a[0]", "pass t.a[1]", "FAIL t.a[2]", "pass t.a[3]", "FAIL t.a[4]", "pass t.a[5]",
            "pass t.a[6]", "pass t.a[7]", "pass t.a[8]", "FAIL t.a[9]", "pass t.a[10]", "skip t.a[11]",
            "FAIL t.a[12]", "pass t.b[0]", "pass t.b[1]", "pass t.b[2]",
        ])
        self.assertIn("FAIL t.a[2] (test_synthetic.py:12): helper(1)", lines)
        self.assertIn("    want | 3", lines)
        self.assertIn("    got  | 2", lines)
        self.assertEqual(sum(line.startswith("prelude error") for line in lines), 1)
        self.assertIn("test_synthetic.py:2, import no_such_module_anywhere", result.stdout)
        self.assertEqual(lines[-1], "test_synthetic: 11/15 examples match (73%)")

    def test_bad_arguments(self):
        self.assertEqual(self.run_runner().returncode, 2)
        self.assertEqual(self.run_runner("/no/such/file.py").returncode, 2)


class DataFilesAreCurrent(unittest.TestCase):
    def test_data_files(self):
        for name in extract.MODULES:
            with self.subTest(module=name):
                with open(os.path.join(extract.OUTPUT_DIR, name + ".py"), encoding="utf-8") as f:
                    self.assertEqual(f.read(), extract.render(extract.module_data(name)),
                                     "stale: re-run tools/doctests/extract.py")

    def test_python3_matches_everything(self):
        for name in extract.MODULES:
            with self.subTest(module=name):
                result = subprocess.run([sys.executable, RUNNER_PATH, os.path.join(extract.OUTPUT_DIR, name + ".py")],
                                        capture_output=True, text=True)
                last = result.stdout.splitlines()[-1]
                self.assertRegex(last, r"^%s: (\d+)/\1 examples match \(100%%\)$" % name, result.stdout[-2000:])


if __name__ == "__main__":
    unittest.main()
