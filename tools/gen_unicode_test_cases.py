#!/usr/bin/env python3
"""Regenerate tests/unit/text/unicode_expected.inc, unicode_codec_expected.inc
and unicode_data_expected.inc: what CPython 3.11's str methods and codecs return
for a corpus of tricky inputs.  The C++ tests (unicode_methods_test.cpp,
unicode_codecs_test.cpp, unicode_data_test.cpp) run klass's functions on the same inputs and
compare.  The output is committed; python3 is only needed to
regenerate it.

Usage: python3 tools/gen_unicode_test_cases.py
"""
import os
import sys
import unicodedata

if sys.version_info[:2] != (3, 11):
    sys.exit("run this with CPython 3.11")

CORPUS = [
    "", "hello", "Hello World", "hello world", "HELLO", "  spaced  out  ", "mIxEd CaSe",
    "they're bill's friends", "abc123", "123", "_x1", "1x", "a-b", "abc\x00def",
    # German, ligatures and other full case mappings
    "ß", "straße", "ﬁne", "ﬃ", "ǰ", "ŉ", "ΐ", "ﬀ\u0301", "\u1e9e", "İstanbul", "\u0130",
    # Greek sigma in its contexts
    "Σ", "ΣΑΣ", "ὈΔΥΣΣΕΎΣ", "aΣ", "aΣb", "a'Σ", "AΣ\u0345", "Σ.", ".Σ", "aΣ.", "aΣ\u0301",
    "x\u0301Σ", "ΑΣ ΣΑ", "AΣ'B", "A\u00adΣ",
    # titlecase digraphs, Cherokee, other scripts
    "ǅungla", "ǆ", "ǄEMO", "ǈ", "ǲ", "Ꭰ", "ꭰ", "éclair", "ÉCLAIR", "Éclair", "ÿ", "ŸŸ",
    "ⓐⓑ", "Ⓐb", "ǅ ǅ", "aǅ", "\u0345", "ª", "变量", "変数", "ℌ", "ǅa b",
    # numbers
    "١٢٣", "²³", "½", "一二三", "Ⅻ", "Ⅰ", "①", "𝟘𝟙", "٣", "⑴", "¼x",
    # identifiers
    "℘", "·", "x·", "x\u0301", "\u0301x", "a\u200d", "℮", "⁀x", "x⁀", "ⅷ", "Ⅸx",
    # whitespace and lines
    "a\tb\tc", "\tx\n\ty\r\tz", "ab\tcd\tefg\th", "\x1c\x1d\x1e\x1f", "\u2028\u2029\x85",
    " \xa0\u3000", "\u200b\u2060\ufeff",
    "a\r\nb\rc\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l", "line\n", "\n\n", "\r\n\r",
    "\x85x\u2028", " a  b ", "\u3000a\u2003b\u2003", "x\x1f y\x1ez", "\x1f\x1e\x1d\x1c",
    # repr
    "it's", 'say "hi"', "both ' and \"", "\\back", "\x7f\x80\x9f\xa0\xad", "\x00\x01\x1b",
    "\ud800", "a\udcff", "\U0001F600 smile", "\U000E0001", "\U0010FFFF", "\U000F0000",
    "\u0378", "\ufffd\ufffe", "\u00e9\u0301", "tab\there", "\u2028", "\U0001d400",
]

UNARY = {
    "upper": str.upper, "lower": str.lower, "casefold": str.casefold, "title": str.title,
    "capitalize": str.capitalize, "swapcase": str.swapcase,
    "isalpha": str.isalpha, "isdecimal": str.isdecimal, "isdigit": str.isdigit,
    "isnumeric": str.isnumeric, "isalnum": str.isalnum, "isspace": str.isspace,
    "isupper": str.isupper, "islower": str.islower, "istitle": str.istitle,
    "isidentifier": str.isidentifier, "isprintable": str.isprintable, "isascii": str.isascii,
    "repr": repr, "ascii": ascii, "len": len,
    "split": str.split, "rsplit": str.rsplit,
    "split1": lambda s: s.split(None, 1), "rsplit1": lambda s: s.rsplit(None, 1),
    "split0": lambda s: s.split(None, 0),
    "splitlines": str.splitlines, "splitlines_keepends": lambda s: s.splitlines(True),
    "strip": str.strip, "lstrip": str.lstrip, "rstrip": str.rstrip,
    "expandtabs": str.expandtabs, "expandtabs4": lambda s: s.expandtabs(4),
    "expandtabs0": lambda s: s.expandtabs(0),
    "decimal_ascii": None,  # klass-only helper, checked by hand-written tests
}

# (method, receiver, string arguments, integer arguments)
CALLS = []
HAY = ["", "abcabc", "ab\u00e9ab\u00e9", "\u00e9\u00e9\u00e9", "a\U0001F600b\U0001F600",
       "x\ud800y\ud800", "mississippi"]
NEEDLES = ["", "a", "b", "ab", "\u00e9", "\U0001F600", "\ud800", "ss", "issi", "zz"]
BOUNDS = [(0, 2**63 - 1), (1, 2**63 - 1), (-3, 2**63 - 1), (0, -1), (2, 4), (4, 2), (-100, 100),
          (7, 2**63 - 1)]
for hay in HAY:
    for needle in NEEDLES:
        for start, end in BOUNDS:
            for m in ["find", "rfind", "count", "startswith", "endswith"]:
                CALLS.append((m, hay, [needle], [start, end]))
        if needle:
            for maxsplit in [-1, 0, 1, 2]:
                CALLS.append(("split", hay, [needle], [maxsplit]))
                CALLS.append(("rsplit", hay, [needle], [maxsplit]))
            CALLS.append(("partition", hay, [needle], []))
            CALLS.append(("rpartition", hay, [needle], []))
        for count in [-1, 0, 1, 2, 100]:
            CALLS.append(("replace", hay, [needle, "<\u00e8>"], [count]))
            CALLS.append(("replace", hay, [needle, ""], [count]))
for s in ["", "xxhixx", "\u00e9a\u00e9", "  \u00e9  ", "abcba", "\U0001F600a\U0001F600"]:
    for chars in ["", "x", "ax", "\u00e9", "\U0001F600", " ", "abc"]:
        for m in ["strip", "lstrip", "rstrip"]:
            CALLS.append((m, s, [chars], []))
for s in ["", "a", "ab", "abc", "\u00e9\u00e9", "-42", "+7", "-", "\U0001F600"]:
    for width in [-1, 0, 1, 2, 3, 4, 5, 6, 7]:
        for fill in [" ", "*", "\u00e9", "\U0001F600"]:
            for m in ["center", "ljust", "rjust"]:
                CALLS.append((m, s, [fill], [width]))
        CALLS.append(("zfill", s, [], [width]))
    for n in [-1, 0, 1, 3]:
        CALLS.append(("mul", s, [], [n]))
for s in ["", "abcdef", "a\u00e9b\U0001F600c\ud800d", "\u00e9" * 40 + "x" * 5 + "\U0001F600" * 30]:
    for start, stop, step in [(None, None, None), (1, None, None), (None, None, -1), (1, 5, 2),
                              (-2, None, None), (None, None, 3), (5, 0, -2), (100, None, None),
                              (None, None, 40), (None, None, -33), (3, 90, 7), (-1, -200, -45)]:
        CALLS.append(("slice", s, [], [start, stop, step]))

ENCODINGS = ["utf-8", "UTF8", "ascii", "latin-1", "iso-8859-1", "utf-16", "utf-16-le", "utf-16-be",
             "utf-32", "utf-32-le", "utf-32-be", "bogus"]
HANDLERS = ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass",
            "xmlcharrefreplace", "namereplace", "nonesuch"]
DECODE_INPUTS = [b"", b"plain", b"caf\xc3\xa9", b"\xff", b"a\xffb\xe2\x82", b"\xe2\x82", b"\xed\xa0\x80x",
                 b"\xed\xa0", b"\xf0\x90\x80", b"\xf4\x90\x80\x80", b"\xc0\x80", b"\x80abc\xe9",
                 b"\xff\xfea\x00", b"\xfe\xff\x00a", b"a\x00b", b"\x00\xd8", b"\x00\xdca\x00",
                 b"\x00\xd8a\x00", b"\x00\xd8\x00", b"=\xd8\x00\xde", b"\x00\x00\x11\x00",
                 b"\x00\xd8\x00\x00", b"\xff\xfe\x00\x00a\x00\x00\x00", b"\x00\x00\xfe\xff\x00\x00\x00a",
                 b"\xe9t\xe9"]
ENCODE_INPUTS = ["", "plain", "caf\u00e9", "\u20ac", "a\u20acb\u20ac\u20acc", "\U0001F600", "\ud800",
                 "\ud800\udc00x", "\udcff\udc80", "x\udcc1\u20ac\udcc2y", "\udc41", "\u00e9\u00ff\u0100",
                 "\x00\x7f\x80", "\U000E0001\u0378"]
CODECS = []
for data in DECODE_INPUTS:
    for enc in ENCODINGS:
        for h in HANDLERS:
            CODECS.append((False, data, enc, h))
for text in ENCODE_INPUTS:
    for enc in ENCODINGS:
        for h in HANDLERS:
            CODECS.append((True, text, enc, h))

SAMPLE_CPS = sorted(set(list(range(0, 0x110000, 331)) + [
    0, 0x41, 0x61, 0xA0, 0xAD, 0xB2, 0xBD, 0x3A3, 0x660, 0x663, 0x2028, 0x2160, 0x216B, 0x2460, 0x3007,
    0x4E00, 0x4E09, 0x9FFF, 0xAC00, 0xAC01, 0xD7A3, 0xD800, 0xF900, 0xFFFD, 0x1F600, 0x17000, 0x18B00,
    0x1B170, 0x20000, 0x2A6DF, 0x2A6E0, 0xE0001, 0x10FFFF, 0x1E030, 0x1D7CE, 0x2F800, 0x1FBF9]))
LOOKUPS = ["LATIN SMALL LETTER A", "latin small letter a", "Latin Small Letter A", "LINE FEED", "LF", "nbsp",
           "NULL", "BYTE ORDER MARK", "HANGUL SYLLABLE GAG", "hangul syllable gag", "HANGUL SYLLABLE GA",
           "HANGUL SYLLABLE", "HANGUL SYLLABLE HIH", "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-4e00",
           "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-AC00", "CJK UNIFIED IDEOGRAPH-2A6DF",
           "CJK COMPATIBILITY IDEOGRAPH-F900", "khitan small script character-18b00", "GRINNING FACE",
           "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "KEYCAP NUMBER SIGN", "nonsense", "",
           "LATIN SMALL LETTER", "LATIN  SMALL LETTER A", "EURO SIGN", "EURO SIGN ", "ZERO WIDTH SPACE",
           "LATIN CAPITAL LETTER GHA", "TANGUT IDEOGRAPH-17000", "SPACE", "DIGIT ZERO"]
NORMALIZE = ["", "abc", "e\u0301", "\u00e9", "\ufb01le", "\u2460\u00bd", "\u1e9b\u0323", "\uac00\u11a8",
             "\u1100\u1161\u11a8", "\ud800e\u0301", "a\u0301\ud800\u0327", "\u212b\u2126", "\U0001d400x",
             "\u0344", "q\u0307\u0323", "\U0001E030\u0301", "\u0958"]
BYTES_REPR = [b"", b"abc", b"it's", b'say "hi"', b"both ' and \"", b"\x00\t\n\r\x7f\x80\xff\\",
              bytes(range(256))]

METHODS = {
    "find": lambda s, a, n: s.find(a[0], *n), "rfind": lambda s, a, n: s.rfind(a[0], *n),
    "count": lambda s, a, n: s.count(a[0], *n), "startswith": lambda s, a, n: s.startswith(a[0], *n),
    "endswith": lambda s, a, n: s.endswith(a[0], *n),
    "split": lambda s, a, n: s.split(a[0], n[0]), "rsplit": lambda s, a, n: s.rsplit(a[0], n[0]),
    "partition": lambda s, a, n: list(s.partition(a[0])),
    "rpartition": lambda s, a, n: list(s.rpartition(a[0])),
    "replace": lambda s, a, n: s.replace(a[0], a[1], n[0]),
    "strip": lambda s, a, n: s.strip(a[0]), "lstrip": lambda s, a, n: s.lstrip(a[0]),
    "rstrip": lambda s, a, n: s.rstrip(a[0]),
    "center": lambda s, a, n: s.center(n[0], a[0]), "ljust": lambda s, a, n: s.ljust(n[0], a[0]),
    "rjust": lambda s, a, n: s.rjust(n[0], a[0]), "zfill": lambda s, a, n: s.zfill(n[0]),
    "mul": lambda s, a, n: s * n[0], "slice": lambda s, a, n: s[n[0]:n[1]:n[2]],
}


def literal(s):
    """A C++ string_view literal holding s's generalized UTF-8 bytes."""
    parts = []
    for ch in s:
        if (" " <= ch < "\x7f" and ch not in '"\\?') or (ch > "\xff" and ch.isprintable()):
            parts.append(ch)  # printable text stays readable (the file is UTF-8)
        else:
            for b in ch.encode("utf-8", "surrogatepass"):
                parts.append(f'\\x{b:02x}""')  # "" ends the hex escape
    return '"' + "".join(parts) + '"sv'


def bytes_literal(data):
    parts = []
    for b in data:
        if 0x20 <= b < 0x7F and chr(b) not in '"\\?':
            parts.append(chr(b))
        else:
            parts.append(f'\\x{b:02x}""')
    return '"' + "".join(parts) + '"sv'


def rendered(value):
    if isinstance(value, bool):
        return ["True" if value else "False"]
    if isinstance(value, int):
        return [str(value)]
    if isinstance(value, str):
        return [value]
    return list(value)


def out_list(values):
    """Values each followed by byte 0xFF, which never occurs in UTF-8, so
    that [] and [''] differ."""
    return "".join(literal(v)[:-3] + '\\xff"' for v in values) + '""sv'


def main():
    folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "unit", "text")
    header = ("// Generated by tools/gen_unicode_test_cases.py from CPython "
              f"{sys.version.split()[0]}. Do not edit.\n\n")
    out = open(os.path.join(folder, "unicode_expected.inc"), "w", encoding="utf-8")
    w = out.write
    w(header)
    w("constexpr UnaryCase kUnaryCases[] = {\n")
    for s in CORPUS:
        for name, fn in UNARY.items():
            if fn is None:
                continue
            w(f"    {{\"{name}\", {literal(s)}, {out_list(rendered(fn(s)))}}},\n")
    w("};\n\n")
    w("constexpr CallCase kCallCases[] = {\n")
    for name, s, args, nums in CALLS:
        result = METHODS[name](s, args, nums)
        ints = ", ".join("kNone" if v is None else f"{v}LL" if v < 2**63 - 1 else "kNoEnd" for v in nums)
        w(f"    {{\"{name}\", {literal(s)}, {out_list(args)}, {{{ints}}}, {out_list(rendered(result))}}},\n")
    w("};\n")
    out.close()

    out = open(os.path.join(folder, "unicode_codec_expected.inc"), "w", encoding="utf-8")
    w = out.write
    w(header)
    w("constexpr CodecCase kCodecCases[] = {\n")
    # (the data cases follow the codec ones in their own file below)
    for encoding, data, enc, h in CODECS:
        try:
            result = data.encode(enc, h) if encoding else data.decode(enc, h)
            ok = f"true, {bytes_literal(result) if encoding else literal(result)}"
            tail = '""sv, ""sv, 0, 0, ""sv, ""sv'
        except (UnicodeError, LookupError, TypeError) as e:
            ok = 'false, ""sv'
            if isinstance(e, UnicodeError):
                tail = (f'"{type(e).__name__}"sv, "{e.encoding}"sv, {e.start}, {e.end}, '
                        f'"{e.reason}"sv, {literal(str(e))}')
            else:
                tail = f'"{type(e).__name__}"sv, ""sv, 0, 0, ""sv, {literal(str(e))}'
        source = literal(data) if encoding else bytes_literal(data)
        w(f"    {{{'true' if encoding else 'false'}, {source}, \"{enc}\"sv, \"{h}\"sv, {ok}, {tail}}},\n")
    w("};\n")
    out.close()

    out = open(os.path.join(folder, "unicode_data_expected.inc"), "w", encoding="utf-8")
    w = out.write
    w(header)
    w("constexpr CharCase kCharCases[] = {\n")
    for cp in SAMPLE_CPS:
        c = chr(cp)
        name = unicodedata.name(c, "")
        w(f"    {{0x{cp:X}, \"{unicodedata.category(c)}\"sv, {unicodedata.decimal(c, -1)}, "
          f"{unicodedata.digit(c, -1)}, {unicodedata.numeric(c, -1.0)!r}, \"{name}\"sv}},\n")
    w("};\n\n")
    w("constexpr LookupCase kLookupCases[] = {\n")
    for name in LOOKUPS:
        try:
            found, ok = unicodedata.lookup(name), "true"
        except KeyError:
            found, ok = "", "false"
        w(f"    {{\"{name}\"sv, {ok}, {literal(found)}}},\n")
    w("};\n\n")
    w("constexpr NormalizeCase kNormalizeCases[] = {\n")
    for text in NORMALIZE:
        for form in ["NFC", "NFD", "NFKC", "NFKD"]:
            w(f"    {{\"{form}\"sv, {literal(text)}, {literal(unicodedata.normalize(form, text))}}},\n")
    w("};\n\n")
    w("constexpr BytesReprCase kBytesReprCases[] = {\n")
    for data in BYTES_REPR:
        w(f"    {{{bytes_literal(data)}, {literal(repr(data))}}},\n")
    w("};\n")
    out.close()


main()
