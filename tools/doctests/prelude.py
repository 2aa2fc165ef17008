"""The module-level code that a test module's doctest examples rely on.

doctest runs every test with a copy of its module's globals, so examples may
use anything the module defines: helper functions, classes, imported modules.
klass cannot import CPython's test modules, so the extractor copies the parts
of the module source that the examples need into the data file as a
"prelude", which the runner executes into each test's fresh globals.

The prelude is cut from the module source with `ast`, one top-level statement
per chunk, and is selected by name: a chunk is kept for a test when it binds a
name the test's examples mention, or a name a kept chunk mentions. Matching
names lexically over-approximates what the examples use, which is harmless:
an extra chunk defines something the examples never look at, exactly as the
module's globals would.

Left out on purpose: the test-runner machinery (imports of `doctest` and
`unittest`, `load_tests`, `unittest.TestCase` classes, the `__main__` block and
`__test__`). Imports of ordinary modules stay, so that a run under klass shows
which modules klass still lacks. Imports from `test.support` stay too: the
runner installs a small stand-in for the few helpers the examples use.
"""

import ast
import io
import re
import tokenize
from dataclasses import dataclass, field

# Modules that only serve to run the tests, never the examples themselves.
RUNNER_MODULES = frozenset({"doctest", "unittest"})

# Module-level functions that unittest's loader calls, not the examples.
RUNNER_FUNCTIONS = frozenset({"load_tests", "test_main", "setUpModule", "tearDownModule"})


@dataclass
class Chunk:
    """One top-level statement of the module, ready to be executed on its own."""

    line: int  # first line in the module source (1-based, decorators included)
    source: str
    binds: set = field(default_factory=set)  # names the statement assigns at module level
    uses: set = field(default_factory=set)  # every name it mentions


def module_chunks(source):
    """Splits a module's source into the chunks a prelude may be made of."""
    lines = source.splitlines(keepends=True)
    chunks = []
    for statement in ast.parse(source).body:
        node = _without_runner_parts(statement)
        if node is None:
            continue
        binds = _bound_names(node)
        if binds == {"__test__"}:
            continue  # the doctest strings themselves, for the test finder
        first = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
        if node is statement:
            text = "".join(lines[first - 1 : node.end_lineno])  # verbatim, comments and all
        else:
            text = ast.unparse(node) + "\n"
        uses = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
        chunks.append(Chunk(first, text, binds, uses))
    return chunks


def names_mentioned(example_source):
    """Every identifier in an example's code (comments and strings excluded where possible).

    Some examples are deliberately not valid Python (they test SyntaxError);
    for those the tokenizer may give up, and a plain scan for identifiers
    takes over.
    """
    names = set()
    try:
        for token in tokenize.generate_tokens(io.StringIO(example_source).readline):
            if token.type == tokenize.NAME:
                names.add(token.string)
    except (tokenize.TokenError, SyntaxError):
        code = re.sub(r"#[^\n]*", "", example_source)
        names.update(re.findall(r"[^\W\d]\w*", code))
    return names


def chunks_needed(chunks, names):
    """Indices (in module order) of the chunks that bind `names`, and of what those need in turn."""
    wanted = set(names)
    chosen = set()
    changed = True
    while changed:
        changed = False
        for index, chunk in enumerate(chunks):
            # A chunk that binds nothing is there for its side effect: always run it.
            if index not in chosen and (chunk.binds & wanted or not chunk.binds):
                chosen.add(index)
                wanted |= chunk.uses
                changed = True
    return sorted(chosen)


# --- internals -------------------------------------------------------------

def _without_runner_parts(node):
    """The statement minus test-runner machinery; None if nothing else is left.

    Returns the statement itself when it is kept whole (so its text can be
    copied verbatim), a new node when only part of it is kept.
    """
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
        return None  # a docstring or a bare string: doctest material, not code
    if isinstance(node, ast.If) and _is_main_guard(node.test):
        return None
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name in RUNNER_FUNCTIONS:
        return None
    if isinstance(node, ast.ClassDef) and any(_mentions_unittest(base) for base in node.bases):
        return None
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        if isinstance(node, ast.ImportFrom):
            if (node.module or "").split(".")[0] in RUNNER_MODULES:
                return None
            return node
        kept = [a for a in node.names if a.name.split(".")[0] not in RUNNER_MODULES]
        if not kept:
            return None
        if len(kept) == len(node.names):
            return node
        return ast.Import(names=kept, lineno=node.lineno, end_lineno=node.end_lineno,
                          col_offset=node.col_offset, end_col_offset=node.end_col_offset)
    return node


def _is_main_guard(test):
    return (isinstance(test, ast.Compare) and isinstance(test.left, ast.Name)
            and test.left.id == "__name__" and len(test.comparators) == 1
            and isinstance(test.comparators[0], ast.Constant)
            and test.comparators[0].value == "__main__")


def _mentions_unittest(expr):
    return any(isinstance(n, ast.Name) and n.id in ("unittest", "TestCase") for n in ast.walk(expr))


def _bound_names(node):
    """Names a top-level statement binds in the module namespace (not in nested scopes)."""
    names = set()

    def visit(n):
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(n.name)
            return  # their bodies are other scopes
        if isinstance(n, (ast.Lambda, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            return
        if isinstance(n, (ast.Import, ast.ImportFrom)):
            for alias in n.names:
                names.add(alias.asname or alias.name.split(".")[0])
            return
        if isinstance(n, ast.Name) and isinstance(n.ctx, (ast.Store, ast.Del)):
            names.add(n.id)
        if isinstance(n, ast.ExceptHandler) and n.name:
            names.add(n.name)
        for child in ast.iter_child_nodes(n):
            visit(child)

    visit(node)
    return names
