"""Replays one module's CPython doctests and reports which examples match.

Usage: runner.py [--verbose | --all-output] DATA_FILE

DATA_FILE is written by tools/doctests/extract.py: one Python literal holding
the module's tests, their examples and the module-level code ("prelude") the
examples rely on. Every example is judged the way doctest judges it: same
output checker (ELLIPSIS, NORMALIZE_WHITESPACE, <BLANKLINE>, True for 1), same
exception matching (only the final `Type: message` of a traceback counts,
IGNORE_EXCEPTION_DETAIL drops module path and message).

Output: one line per example, `pass NAME` or `FAIL NAME (FILE:LINE): FIRST
SOURCE LINE`, then `MODULE: N/M examples match (P%)`.
  --verbose     after each failing example, what it expected and what it got;
  --all-output  after every example, what it got (used for the .baseline files).

klass runs this script while it is still growing, so it sticks to builtins
and `sys`, plain functions, loops and string methods, and wraps everything an
example touches: no example can stop the run.
"""

import sys

USAGE = "usage: runner.py [--verbose | --all-output] DATA_FILE\n"

TRACEBACK_HEADER = "Traceback (most recent call last):\n"
BLANKLINE_MARKER = "<BLANKLINE>"
ELLIPSIS_MARKER = "..."


class OutputCollector:
    """Stands in for sys.stdout while an example runs: keeps what print() and
    the display hook (the echo of an expression's repr) write."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass

    def take(self):
        """What was written since the last take(), newline-terminated as doctest sees it."""
        text = "".join(self.parts)
        self.parts = []
        if text and not text.endswith("\n"):
            text = text + "\n"
        return text


# --- doctest's output checker ----------------------------------------------

def output_matches(want, got, options):
    """Whether doctest would accept `got` for an example that expects `want`."""
    if got == want:
        return True
    if "DONT_ACCEPT_TRUE_FOR_1" not in options:
        if (got == "True\n" and want == "1\n") or (got == "False\n" and want == "0\n"):
            return True
    if "DONT_ACCEPT_BLANKLINE" not in options:
        want = without_blankline_markers(want)
        got = without_whitespace_only_lines(got)
        if got == want:
            return True
    if "NORMALIZE_WHITESPACE" in options:
        got = " ".join(got.split())
        want = " ".join(want.split())
        if got == want:
            return True
    if "ELLIPSIS" in options:
        if ellipsis_matches(want, got):
            return True
    return False


def without_blankline_markers(want):
    """Turns each `<BLANKLINE>` line (marker plus trailing blanks) into an empty line."""
    lines = want.split("\n")
    for i in range(len(lines)):
        line = lines[i]
        if line.startswith(BLANKLINE_MARKER):
            rest = line[len(BLANKLINE_MARKER):]
            if rest == "" or rest.isspace():
                lines[i] = ""
    return "\n".join(lines)


def without_whitespace_only_lines(got):
    """Empties lines made only of blanks, which an expected output cannot show."""
    lines = got.split("\n")
    for i in range(len(lines)):
        if lines[i].isspace():
            lines[i] = ""
    return "\n".join(lines)


def ellipsis_matches(want, got):
    """Whether `got` matches `want` where each `...` in `want` stands for any text.

    The pieces between markers must appear in order; the first piece must
    start `got` and the last must end it. Scanning leftmost is enough: an
    earlier match never prevents a later piece from matching.
    """
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    head = pieces[0]
    tail = pieces[-1]
    if not got.startswith(head) or not got.endswith(tail):
        return False
    start = len(head)
    end = len(got) - len(tail)
    if start > end:
        return False  # head and tail overlap in got
    for piece in pieces[1:-1]:
        found = got.find(piece, start, end)
        if found < 0:
            return False
        start = found + len(piece)
    return True


def without_exception_detail(message):
    """An exception message reduced to the bare class name (IGNORE_EXCEPTION_DETAIL):
    no module path, no text after the colon."""
    end = message.find("\n")
    if end < 0:
        end = len(message)
    colon = message.find(":", 0, end)
    if colon >= 0:
        end = colon
    start = message.rfind(".", 0, end) + 1
    return message[start:end]


# --- rendering exceptions as doctest compares them -------------------------

def safe_str(value, what):
    try:
        return str(value)
    except BaseException:
        return "<" + what + " str() failed>"


def describe_exception(error):
    """What doctest compares with an example's expected exception: the final
    `Type: message` line of the traceback (module-qualified unless builtin),
    followed by the exception's notes."""
    kind = type(error)
    name = kind.__qualname__
    module = kind.__module__
    if module != "__main__" and module != "builtins":
        if not isinstance(module, str):
            module = "<unknown>"
        name = module + "." + name
    if isinstance(error, SyntaxError):
        # Only the message counts, not the source line and caret above it.
        suffix = ""
        if error.lineno is None and error.filename is not None:
            suffix = " (" + safe_str(error.filename, "filename") + ")"
        text = name + ": " + safe_str(error.msg or "<no detail available>", "msg") + suffix + "\n"
    else:
        detail = safe_str(error, "exception")
        if detail:
            text = name + ": " + detail + "\n"
        else:
            text = name + "\n"
    notes = getattr(error, "__notes__", None)
    if isinstance(notes, (list, tuple)):
        for note in notes:
            text = text + safe_str(note, "note") + "\n"
    elif notes is not None:
        try:
            text = text + repr(notes)
        except BaseException:
            text = text + "<__notes__ repr() failed>"
    return text


# --- running -----------------------------------------------------------------

def execute(source, filename, mode, namespace, collector):
    """Compiles and runs `source` with stdout collected; returns the exception it raised, or None."""
    saved_stdout = sys.stdout
    sys.stdout = collector
    try:
        exec(compile(source, filename, mode), namespace)
    except KeyboardInterrupt:
        raise
    except BaseException as error:
        return error
    finally:
        sys.stdout = saved_stdout
    return None


def active_options(base, overrides):
    """The option names in force for an example: the module's, adjusted by its directives."""
    options = {}
    for name in base:
        if base[name]:
            options[name] = True
    for name in overrides:
        if overrides[name]:
            options[name] = True
        elif name in options:
            del options[name]
    return options


def judge(example, name, namespace, module_options, collector):
    """Runs one example; returns (verdict, expected text, got text) with verdict "pass", "FAIL" or "skip"."""
    source, want, expected_exception, overrides, line = example
    options = active_options(module_options, overrides)
    if "SKIP" in options:
        return "skip", "", ""
    error = execute(source, "<doctest " + name + ">", "single", namespace, collector)
    got = collector.take()
    if error is None:
        return verdict(output_matches(want, got, options)), want, got
    actual = describe_exception(error)
    shown = got + TRACEBACK_HEADER + "  ...\n" + actual
    if expected_exception is None:
        return "FAIL", want, shown
    if output_matches(expected_exception, actual, options):
        return "pass", want, shown
    if "IGNORE_EXCEPTION_DETAIL" in options:
        if output_matches(without_exception_detail(expected_exception),
                          without_exception_detail(actual), options):
            return "pass", want, shown
    return "FAIL", want, shown


def verdict(matched):
    if matched:
        return "pass"
    return "FAIL"


class ModuleRun:
    """Runs a module's tests one after the other and writes the report."""

    def __init__(self, data, out, mode):
        self.data = data
        self.out = out
        self.mode = mode
        self.collector = OutputCollector()
        self.reported_prelude_errors = {}
        self.passed = 0
        self.failed = 0

    def say(self, text):
        self.out.write(text + "\n")
        try:
            self.out.flush()
        except BaseException:
            pass

    def show(self, label, text):
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        if not lines:
            self.say("    " + label + " (nothing)")
        for line in lines:
            self.say("    " + label + " | " + line)

    def run(self):
        for test in self.data["tests"]:
            judged_before = self.passed + self.failed
            try:
                self.run_test(test)
            except KeyboardInterrupt:
                raise
            except BaseException as error:
                # The runner itself broke on this interpreter: whatever was not judged counts as failed.
                unjudged = len(test["examples"]) - (self.passed + self.failed - judged_before)
                self.failed = self.failed + unjudged
                self.say("runner error in " + test["name"] + ", " + str(unjudged) + " examples not run: "
                         + safe_str(error, "exception"))

    def run_test(self, test):
        """Like doctest: a fresh namespace, the plain display hook, and a cleared namespace afterwards."""
        namespace = self.fresh_namespace(test)
        saved_hook = swap_display_hook(getattr(sys, "__displayhook__", None))
        try:
            examples = test["examples"]
            for index in range(len(examples)):
                self.run_example(examples[index], test["name"] + "[" + str(index) + "]", namespace)
        finally:
            swap_display_hook(saved_hook)
            self.clear(namespace)

    def fresh_namespace(self, test):
        """The test's globals: the module's name (so classes get the right __module__) and its prelude."""
        namespace = {"__name__": self.data["module"]}
        for index in test["prelude"]:
            chunk = self.data["prelude"][index]
            try:
                error = execute(chunk["source"], "<prelude of " + self.data["module"] + ">",
                                "exec", namespace, self.collector)
                self.collector.take()
                if error is not None and index not in self.reported_prelude_errors:
                    self.reported_prelude_errors[index] = True
                    self.say("prelude error (" + self.data["file"] + ":" + str(chunk["line"]) + ", "
                             + first_line(chunk["source"]) + "): " + describe_exception(error).rstrip("\n"))
            except KeyboardInterrupt:
                raise
            except BaseException as error:
                self.say("prelude error (runner): " + safe_str(error, "exception"))
        return namespace

    def run_example(self, example, name, namespace):
        try:
            outcome, want, got = judge(example, name, namespace, self.data["options"], self.collector)
        except KeyboardInterrupt:
            raise
        except BaseException as error:
            # The runner's own code failed on this interpreter: the example cannot count as a match.
            outcome, want, got = "FAIL", example[1], "runner error: " + safe_str(error, "exception") + "\n"
        if outcome == "skip":
            self.say("skip " + name)
            return
        if outcome == "pass":
            self.passed = self.passed + 1
            self.say("pass " + name)
        else:
            self.failed = self.failed + 1
            where = self.data["file"] + ":" + str(example[4])
            self.say("FAIL " + name + " (" + where + "): " + first_line(example[0]))
            if self.mode == "--verbose":
                self.show("want", want)
                self.show("got ", got)
        if self.mode == "--all-output":
            self.show("got", got)

    def clear(self, namespace):
        """Drops the test's globals as doctest does; finalizers' output is not part of any example."""
        saved_stdout = sys.stdout
        sys.stdout = self.collector
        try:
            namespace.clear()
            import builtins
            builtins._ = None
        except BaseException:
            pass
        finally:
            sys.stdout = saved_stdout
            self.collector.take()

    def summary(self):
        total = self.passed + self.failed
        percent = 0
        if total:
            percent = self.passed * 100 // total
        short_name = self.data["module"].split(".")[-1]
        return (short_name + ": " + str(self.passed) + "/" + str(total)
                + " examples match (" + str(percent) + "%)")


def swap_display_hook(hook):
    """Installs `hook` (unless None) as sys.displayhook; returns the previous one, None if unknown."""
    try:
        previous = sys.displayhook
        if hook is not None:
            sys.displayhook = hook
        return previous
    except BaseException:
        return None


def first_line(source):
    return source.split("\n")[0]


# --- test.support stand-in ---------------------------------------------------

class CatchUnraisableException:
    """Context manager that records the exception a finalizer could not raise
    (sys.unraisablehook) instead of printing it; `.unraisable` holds it."""

    def __init__(self):
        self.unraisable = None
        self.saved_hook = None

    def record(self, unraisable):
        self.unraisable = unraisable

    def __enter__(self):
        self.saved_hook = sys.unraisablehook
        sys.unraisablehook = self.record
        return self

    def __exit__(self, *exc_info):
        sys.unraisablehook = self.saved_hook
        del self.unraisable


def sortdict(mapping):
    """A dict's repr with its items sorted by key, for output that does not depend on insertion order."""
    items = []
    for key in sorted(mapping):
        items.append(repr(key) + ": " + repr(mapping[key]))
    return "{" + ", ".join(items) + "}"


def gc_collect():
    """Collects garbage thoroughly: a few passes, since finalizers may free more."""
    import gc
    gc.collect()
    gc.collect()
    gc.collect()


def docstrings_kept():
    """Whether this interpreter keeps docstrings (it does not under python -OO)."""
    return docstrings_kept.__doc__ is not None


def install_test_support():
    """Makes `test.support` importable with the few helpers the examples use.

    The examples (and their modules) import them from CPython's test package,
    which klass does not have; the same stand-in serves under python3 so that
    both interpreters run the same code.
    """
    module_type = type(sys)
    support = module_type("test.support")
    support.sortdict = sortdict
    support.gc_collect = gc_collect
    support.catch_unraisable_exception = CatchUnraisableException
    support.HAVE_DOCSTRINGS = docstrings_kept()
    package = module_type("test")
    package.__path__ = []
    package.support = support
    sys.modules["test"] = package
    sys.modules["test.support"] = support


# --- main --------------------------------------------------------------------

def read_data(path):
    with open(path) as f:
        text = f.read()
    return eval(text, {"__builtins__": {}})


def main(arguments):
    mode = ""
    paths = []
    for argument in arguments:
        if argument == "--verbose" or argument == "--all-output":
            mode = argument
        else:
            paths.append(argument)
    if len(paths) != 1 or paths[0].startswith("-"):
        sys.stderr.write(USAGE)
        return 2
    try:
        data = read_data(paths[0])
    except KeyboardInterrupt:
        raise
    except BaseException as error:
        sys.stderr.write("runner.py: cannot read " + paths[0] + ": " + describe_exception(error))
        return 2
    try:
        install_test_support()
    except BaseException as error:
        sys.stdout.write("note: no test.support stand-in: " + safe_str(error, "exception") + "\n")
    run = ModuleRun(data, sys.stdout, mode)
    run.run()
    run.say(run.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
