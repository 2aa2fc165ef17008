"""A collection of string constants.

Public module variables:

whitespace -- a string containing all ASCII whitespace
ascii_lowercase -- a string containing all ASCII lowercase letters
ascii_uppercase -- a string containing all ASCII uppercase letters
ascii_letters -- a string containing all ASCII letters
digits -- a string containing all ASCII decimal digits
hexdigits -- a string containing all ASCII hexadecimal digits
octdigits -- a string containing all ASCII octal digits
punctuation -- a string containing all ASCII punctuation characters
printable -- a string containing all ASCII characters considered printable

"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


# Template ---------------------------------------------------------------------------------

_IDENTIFIER_START = frozenset('_' + ascii_letters)
_IDENTIFIER_CHARS = frozenset('_' + ascii_letters + digits)


class _Placeholder:
    """One delimiter occurrence in a template: its kind, name and source text."""

    __slots__ = ('kind', 'name', 'start', 'end')

    def __init__(self, kind, name, start, end):
        self.kind = kind      # 'escaped', 'named', 'braced' or 'invalid'
        self.name = name
        self.start = start
        self.end = end


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    # The default placeholder syntax (ASCII identifiers, any case) is scanned by
    # hand; a subclass that sets idpattern, braceidpattern, flags or pattern gets
    # a regular expression built from them instead.
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None  # re.IGNORECASE unless a subclass says otherwise
    _uses_regex = False

    def __init_subclass__(cls):
        super().__init_subclass__()
        customised = any(name in cls.__dict__
                         for name in ('idpattern', 'braceidpattern', 'flags', 'pattern'))
        if customised:
            cls._uses_regex = True
            if 'pattern' not in cls.__dict__:
                cls.pattern = None  # compiled on first use

    def __init__(self, template):
        self.template = template

    # Finding placeholders -----------------------------------------------------------

    def _placeholders(self):
        if self._uses_regex:
            return self._regex_placeholders()
        return self._scan_placeholders()

    def _scan_placeholders(self):
        text = self.template
        delim = self.delimiter
        width = len(delim)
        n = len(text)
        i = text.find(delim)
        while i >= 0:
            after = i + width
            if text.startswith(delim, after):
                yield _Placeholder('escaped', None, i, after + width)
                i = text.find(delim, after + width)
                continue
            if after < n and text[after] in _IDENTIFIER_START:
                end = after + 1
                while end < n and text[end] in _IDENTIFIER_CHARS:
                    end += 1
                yield _Placeholder('named', text[after:end], i, end)
                i = text.find(delim, end)
                continue
            if after + 1 < n and text[after] == '{' and text[after + 1] in _IDENTIFIER_START:
                end = after + 2
                while end < n and text[end] in _IDENTIFIER_CHARS:
                    end += 1
                if end < n and text[end] == '}':
                    yield _Placeholder('braced', text[after + 1:end], i, end + 1)
                    i = text.find(delim, end + 1)
                    continue
            yield _Placeholder('invalid', None, i, after)
            i = text.find(delim, after)

    def _regex_placeholders(self):
        import re
        cls = type(self)
        pattern = cls.__dict__.get('pattern') if 'pattern' in cls.__dict__ else getattr(cls, 'pattern', None)
        if pattern is None:
            pattern = _compile_pattern(cls)
            cls.pattern = pattern
        elif isinstance(pattern, str):
            pattern = re.compile(pattern, cls.flags if cls.flags is not None else re.IGNORECASE | re.VERBOSE)
        for mo in pattern.finditer(self.template):
            for kind in ('escaped', 'named', 'braced', 'invalid'):
                value = mo.group(kind)
                if value is not None:
                    name = value if kind in ('named', 'braced') else None
                    yield _Placeholder(kind, name, mo.start(), mo.end())
                    break
            else:
                raise ValueError('Unrecognized named group in pattern', pattern)

    def _invalid(self, placeholder):
        # CPython reports the position just after the delimiter.
        i = placeholder.end
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    # Substitution ---------------------------------------------------------------------

    def _mapping(self, mapping, kws):
        if mapping is _NO_MAPPING:
            return kws
        if kws:
            from collections import ChainMap
            return ChainMap(kws, mapping)
        return mapping

    def substitute(self, mapping=None, /, **kws):
        mapping = self._mapping(_NO_MAPPING if mapping is None else mapping, kws)
        pieces = []
        text = self.template
        pos = 0
        for ph in self._placeholders():
            pieces.append(text[pos:ph.start])
            pos = ph.end
            if ph.kind == 'escaped':
                pieces.append(self.delimiter)
            elif ph.kind == 'invalid':
                self._invalid(ph)
            else:
                pieces.append('%s' % (mapping[ph.name],))
        pieces.append(text[pos:])
        return ''.join(pieces)

    def safe_substitute(self, mapping=None, /, **kws):
        mapping = self._mapping(_NO_MAPPING if mapping is None else mapping, kws)
        pieces = []
        text = self.template
        pos = 0
        for ph in self._placeholders():
            pieces.append(text[pos:ph.start])
            pos = ph.end
            if ph.kind == 'escaped':
                pieces.append(self.delimiter)
            elif ph.kind == 'invalid':
                pieces.append(text[ph.start:ph.end])
            else:
                try:
                    pieces.append('%s' % (mapping[ph.name],))
                except KeyError:
                    pieces.append(text[ph.start:ph.end])
        pieces.append(text[pos:])
        return ''.join(pieces)

    def is_valid(self):
        for ph in self._placeholders():
            if ph.kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for ph in self._placeholders():
            if ph.kind == 'invalid':
                raise ValueError('Unrecognized named group in pattern', self.template)
            if ph.name is not None and ph.name not in ids:
                ids.append(ph.name)
        return ids


_NO_MAPPING = {}


def _compile_pattern(cls):
    import re
    delim = re.escape(cls.delimiter)
    id_pattern = cls.idpattern
    brace_pattern = cls.braceidpattern or cls.idpattern
    source = fr"""
    {delim}(?:
      (?P<escaped>{delim})  |   # Escape sequence of two delimiters
      (?P<named>{id_pattern})       |   # delimiter and a Python identifier
      {{(?P<braced>{brace_pattern})}} |   # delimiter and a braced identifier
      (?P<invalid>)             # Other ill-formed delimiter exprs
    )
    """
    flags = cls.flags if cls.flags is not None else re.IGNORECASE
    return re.compile(source, flags | re.VERBOSE)


# Formatter --------------------------------------------------------------------------------

def _parse_format(text):
    """Yield (literal_text, field_name, format_spec, conversion) like str.format's parser."""
    n = len(text)
    i = 0
    while i < n:
        literal_start = i
        while i < n and text[i] not in '{}':
            i += 1
        if i >= n:
            yield (text[literal_start:], None, None, None)
            return
        c = text[i]
        i += 1
        doubled = i < n and text[i] == c
        if c == '}' and not doubled:
            raise ValueError("Single '}' encountered in format string")
        if c == '{' and i >= n:
            raise ValueError("Single '{' encountered in format string")
        if doubled:
            # '{{' or '}}': the literal so far plus one brace, no field.
            i += 1
            yield (text[literal_start:i - 1], None, None, None)
            continue
        literal = text[literal_start:i - 1]
        field_name, conversion, format_spec, i = _parse_field(text, i)
        yield (literal, field_name, format_spec, conversion)


def _parse_field(text, i):
    # text[i:] starts just after a field's '{'; returns (name, conversion, spec, next index).
    n = len(text)
    start = i
    c = None
    while i < n:
        c = text[i]
        i += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while i < n and text[i] != ']':
                i += 1
            continue
        if c in '}:!':
            break
    else:
        c = None
    if c not in ('}', ':', '!'):
        raise ValueError("expected '}' before end of string")
    field_name = text[start:i - 1]
    if c == '}':
        return field_name, None, '', i
    conversion = None
    if c == '!':
        if i >= n:
            raise ValueError('end of string while looking for conversion specifier')
        conversion = text[i]
        i += 1
        if i < n:
            c = text[i]
            i += 1
            if c == '}':
                return field_name, conversion, '', i
            if c != ':':
                raise ValueError("expected ':' after conversion specifier")
    spec_start = i
    depth = 1
    while i < n:
        c = text[i]
        i += 1
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return field_name, conversion, text[spec_start:i - 1], i
    raise ValueError("unmatched '{' in format spec")


def _split_field_name(field_name):
    """('first', [(is_attribute, key), ...]) for a field name like 'a.b[0]'."""
    n = len(field_name)
    i = 0
    while i < n and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        c = field_name[i]
        i += 1
        if c == '.':
            start = i
            while i < n and field_name[i] not in '.[':
                i += 1
            name = field_name[start:i]
            if not name:
                raise ValueError('Empty attribute in format string')
            rest.append((True, name))
        elif c == '[':
            start = i
            while i < n and field_name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            key = field_name[start:i]
            i += 1
            if not key:
                raise ValueError('Empty attribute in format string')
            rest.append((False, int(key) if key.isdigit() else key))
            if i < n and field_name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # Automatic numbering ('{}') and manual numbers ('{0}') cannot be mixed.
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification '
                                     'to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification '
                                     'to automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        """Return an iterable of (literal_text, field_name, format_spec, conversion)."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first
