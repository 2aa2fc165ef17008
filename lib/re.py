"""Regular expressions with Python's syntax, for str and bytes.

klass compiles Python's pattern syntax to PCRE2 in the native _re module;
this module holds the flags, the module-level functions and the cache of
compiled patterns.
"""

import _re
from _re import error, Pattern, Match

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


# ---- flags ----

# Canonical flags in the order CPython's RegexFlag defines them; the order
# decides how a combination prints (re.ASCII|re.IGNORECASE).
_FLAG_MEMBERS = (
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
    ("DEBUG", 128),
)
_ALIASES = (("A", 256), ("I", 2), ("L", 4), ("U", 32), ("M", 8), ("S", 16),
            ("X", 64), ("T", 1))
_ALL_FLAG_BITS = 0
for _name, _bit in _FLAG_MEMBERS:
    _ALL_FLAG_BITS |= _bit


class _RegexFlagType(type):
    """Lets RegexFlag be used like an enum class: iteration, lookup by name."""

    def __iter__(cls):
        return iter([cls._by_value[bit] for _name, bit in _FLAG_MEMBERS])

    def __len__(cls):
        return len(_FLAG_MEMBERS)

    def __getitem__(cls, name):
        return cls.__members__[name]

    def __contains__(cls, value):
        return isinstance(value, cls)

    def __repr__(cls):
        return "<flag 'RegexFlag'>"


class RegexFlag(int, metaclass=_RegexFlagType):
    """The flags of the re module; they combine with | like ints."""

    _by_value = {}
    __members__ = {}

    def __new__(cls, value=0):
        member = cls._by_value.get(value)
        if member is not None:
            return member
        if not isinstance(value, int):
            raise ValueError("%r is not a valid RegexFlag" % (value,))
        return int.__new__(cls, value)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        value = int(self)
        if value == 0:
            return "NOFLAG"
        names = [name for name, bit in _FLAG_MEMBERS if value & bit]
        return "|".join(names) if names else None

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        names = ["re." + name for name, bit in _FLAG_MEMBERS if value & bit]
        if not names:
            return "re.RegexFlag(%d)" % value
        rest = value & ~_ALL_FLAG_BITS
        if rest:
            names.append(hex(rest))
        return "|".join(names)

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return str(self)
        return format(int(self), spec)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_FLAG_BITS & ~int(self))

    def __iter__(self):
        value = int(self)
        return iter([RegexFlag(bit) for _name, bit in _FLAG_MEMBERS if value & bit])

    def __len__(self):
        value = int(self)
        return sum(1 for _name, bit in _FLAG_MEMBERS if value & bit)

    def __contains__(self, other):
        if not isinstance(other, RegexFlag):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r"
                % (type(other).__qualname__, type(self).__qualname__))
        return int(other) & int(self) == int(other)

    def __reduce__(self):
        return (RegexFlag, (int(self),))


def _make_flag(value):
    member = int.__new__(RegexFlag, value)
    RegexFlag._by_value[value] = member
    return member


NOFLAG = _make_flag(0)
RegexFlag.__members__["NOFLAG"] = NOFLAG
for _name, _bit in _FLAG_MEMBERS:
    _member = _make_flag(_bit)
    RegexFlag.__members__[_name] = _member
    setattr(RegexFlag, _name, _member)
    globals()[_name] = _member
    for _alias, _alias_bit in _ALIASES:
        if _alias_bit == _bit:
            RegexFlag.__members__[_alias] = _member
            globals()[_alias] = _member
RegexFlag.NOFLAG = NOFLAG
del _name, _bit, _member, _alias, _alias_bit


# ---- module-level functions ----

def match(pattern, string, flags=0):
    """Match the pattern at the start of string: a Match object, or None."""
    return _compile(pattern, flags).match(string)

def fullmatch(pattern, string, flags=0):
    """Match the pattern against the whole of string: a Match object, or None."""
    return _compile(pattern, flags).fullmatch(string)

def search(pattern, string, flags=0):
    """Find the first place in string where the pattern matches: a Match object, or None."""
    return _compile(pattern, flags).search(string)

def sub(pattern, repl, string, count=0, flags=0):
    """Replace the leftmost non-overlapping matches of the pattern in string
    with repl (a template string whose backslash escapes and group references
    are expanded, or a function of the Match object returning the text)."""
    return _compile(pattern, flags).sub(repl, string, count)

def subn(pattern, repl, string, count=0, flags=0):
    """Like sub(), but return a tuple (new_string, number_of_substitutions)."""
    return _compile(pattern, flags).subn(repl, string, count)

def split(pattern, string, maxsplit=0, flags=0):
    """Split string at the matches of the pattern. The text of the groups, if the
    pattern has any, is included between the pieces; with maxsplit > 0 at most
    that many splits are made."""
    return _compile(pattern, flags).split(string, maxsplit)

def findall(pattern, string, flags=0):
    """All non-overlapping matches in string, as a list: the matched text when
    the pattern has no group, the text of the group when it has one, tuples of
    the groups otherwise. Empty matches are included."""
    return _compile(pattern, flags).findall(string)

def finditer(pattern, string, flags=0):
    """An iterator over Match objects for all non-overlapping matches in
    string. Empty matches are included."""
    return _compile(pattern, flags).finditer(string)

def compile(pattern, flags=0):
    """Compile pattern (with flags) into a Pattern object."""
    return _compile(pattern, flags)

def purge():
    """Forget the compiled patterns kept for reuse."""
    _cache.clear()

def template(pattern, flags=0):
    """Deprecated: compile pattern with the TEMPLATE flag."""
    _deprecated("The re.template() function is deprecated "
                "as it is an undocumented function "
                "without an obvious purpose. "
                "Use re.compile() instead.")
    return _compile(pattern, flags | TEMPLATE)


# Characters escape() puts a backslash before: those with a meaning in
# patterns, and whitespace (which VERBOSE patterns would ignore).
_ESCAPE_TABLE = {ord(c): "\\" + c for c in "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}

def escape(pattern):
    """Put a backslash before every character of pattern that regular
    expressions treat specially."""
    if isinstance(pattern, str):
        return pattern.translate(_ESCAPE_TABLE)
    return str(pattern, "latin1").translate(_ESCAPE_TABLE).encode("latin1")


def _deprecated(message):
    try:
        import warnings
    except ImportError:  # a build without the warnings module
        return
    warnings.warn(message, DeprecationWarning, stacklevel=3)


# ---- Scanner: a simple lexer (undocumented, kept for programs that use it) ----

class Scanner:
    """Splits text into tokens: lexicon is a list of (pattern, action)
    pairs; scan() tries them in order at each position and collects what
    the actions return (an action that is a function is called with the
    scanner and the matched text; None drops the token)."""

    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = flags.value
        self.lexicon = lexicon
        # Each phrase becomes one group of an alternation; the group that
        # matched (Match.lastindex) tells which action to take.
        self._actions = {}
        alternatives = []
        group = 1
        for phrase, action in lexicon:
            inner = _compile(phrase, flags).groups
            self._actions[group] = action
            alternatives.append("(" + phrase + ")")
            group += 1 + inner
        self.scanner = _compile("|".join(alternatives), flags)

    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self._actions[m.lastindex]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]


# ---- the cache of compiled patterns ----

# Keyed by (type(pattern), pattern, flags); the oldest entry goes first when
# the cache is full.
_cache = {}
_MAXCACHE = 512

def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(
                "cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if flags & TEMPLATE:
        _deprecated("The re.TEMPLATE/re.T flag is deprecated "
                    "as it is an undocumented flag "
                    "without an obvious purpose. "
                    "Don't use it.")
    compiled = _re.compile(pattern, flags)
    if not flags & DEBUG:
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[type(pattern), pattern, flags] = compiled
    return compiled
