#!/usr/bin/env python3
"""Regenerates tests/unit/text/number_*_cases.inc: the expected results of
klass's number formatting and parsing functions, computed by CPython 3.11.

Run from anywhere with python3 3.11:  python3 tools/gen_number_cases.py
The tests compile the tables in; python3 is not needed to run them.
"""
import cmath
import math
import os
import sys

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"

OUT_DIR = os.path.join(os.path.dirname(__file__), "..", "tests", "unit", "text")


def c_string(s):
    """A C++ string literal holding s as (generalized) UTF-8, or raw bytes."""
    data = s if isinstance(s, bytes) else s.encode("utf-8", "surrogatepass")
    out = '"'
    for b in data:
        ch = chr(b)
        if ch in '"\\':
            out += "\\" + ch
        elif 32 <= b < 127 and ch != "?":
            out += ch
        else:
            out += "\\%03o" % b
    return out + '"sv'


def c_double(x):
    if math.isnan(x):
        return "kNan" if math.copysign(1, x) > 0 else "-kNan"
    if math.isinf(x):
        return "kInf" if x > 0 else "-kInf"
    return x.hex().replace("0x", "0x", 1) if x != 0 or math.copysign(1, x) > 0 else "-0.0"


def outcome(fn):
    """(error_type, text): error_type is nullptr on success."""
    try:
        return '""sv', fn()
    except Exception as e:  # noqa: BLE001 - the oracle's errors are the data
        return c_string(type(e).__name__), str(e)


def row(*fields):
    return "    {" + ", ".join(fields) + "},"


FLOATS = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 2.5, -2.5, 1 / 3, 2 / 3, 1e16, 1e15, 9999999999999998.0, 1e-5, 1e-4,
          0.0001234, 123456.789, 1e22, 1.5e300, 5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          2.0 ** 53, 2.0 ** 53 + 2, 1234567.0, 99999.95, 0.000123456, 9.999999e-5, 123.456, 12345678901234567890.0,
          float("inf"), float("-inf"), float("nan"), 100.0, 1e100, 0.3, 1.25, -1234.5678, 3.14159265358979,
          1e-7, 7e-6, 0.001, 2e16 + 8]

FLOAT_SPECS = ["", "e", "E", "f", "F", "g", "G", "n", "%", ".0e", ".3e", ".0f", ".2f", ".10f", ".0g", ".1g", ".3g",
               ".17g", "#g", "#.0f", "#.3g", "#", "#e", ".3", ".0", ".1", "10", "<10", "^10", ">10", "=10", "010",
               "+", " ", "-", "+.2f", "z.2f", "z", "z.0f", ",", "_", ",.2f", "_.3f", "015,.2f", "*^15.3e", "#.0e",
               "x<+12,.1%", ".2%", "=+12.3f", "020,", "0=12", "\u20ac>10.2f", "\u0663", ".\u0662f", "d", "s", "x",
               "c", ",c", ",,", ".", "10.5.", "zz", "abc", ".2147483648f", "99999999999999999999", ",_", "_,",
               "#z", "z#", "0<8", "^", "+08.2f", "+#.0e", "#.0%", "n", ".3n", ",n"]

INTS = [0, 1, -1, 42, -42, 255, 1234567, -1234567, 2 ** 63 - 1, -2 ** 63, 2 ** 64, -(2 ** 100), 10 ** 30, 65,
        0x10FFFF, 0x110000, 2 ** 70, 233, 0x1F600, 10 ** 16, 2 ** 53 + 1, 10 ** 40]

INT_SPECS = ["", "d", "b", "o", "x", "X", "#b", "#o", "#x", "#X", "n", "c", ",", "_", "_b", "_x", "_o", "#_x",
             "010", "010,", "#010x", "+", " ", "-", "+d", " 5", "<5", "^7", "=+8", "*^+10,", "e", "f", ".2f", "%",
             "g", "G", ".2", "z", "s", "+c", "#c", "5c", "=5c", ",x", "0=10,", "x=10,", "#_X", "#012_b", "_d",
             "\u00e9", "\x01", "012,d", "-^12_", ",.1%", "E", "#10o", "+#x", " #X", ".3e", "09_x", "\u00e9^9", "9"]

STRS = ["abc", "", "h\u00e9llo", "\u65e5\u672c\u8a9e", "a\ud800b", "x" * 12, "\U0001f600!"]
STR_SPECS = ["", "s", "5", "<5", ">5", "^6", "*^7", ".2", "10.3", ".0", "\u00e9^8", "05", "=5", "+", " ", "#", "z",
             ",", "_", "d", "x<3s", "\u00e9>4.1", "^", ".\u0661"]

COMPLEXES = [(1, 2), (0, 1), (-0.0, 1), (0, -1), (1.5, -2.25), (float("nan"), float("inf")), (1e20, 1e-20), (0, 0),
             (-0.0, -0.0), (1234.5, 5678.25), (-1, -0.0), (float("-inf"), float("nan")), (0.1, 0.2)]
COMPLEX_SPECS = ["", "e", "f", ".2f", "g", ".3", "10", "<20", "^20", ">20", "+", " ", ",", "z.1f", "#", "#.0f", "n",
                 "%", "010", "=10", "E", "F", "G", "0<10", "*^30.2e", ".0"]

PERCENT_INT_FORMATS = ["%d", "%i", "%u", "%o", "%x", "%X", "%#o", "%#x", "%#X", "%5d", "%-5d", "%05d", "%+d", "% d",
                       "%+05d", "%-+6d|", "%.3d", "%8.3d", "%#010x", "%#10o", "%-#10o", "%+#010X", "%#.5o", "%#.5x",
                       "%-05d", "% 05d", "%+.0d", "%ld", "%hd", "%Lx", "%#-8x|"]
PERCENT_INTS = [0, 1, -1, 8, -8, 255, 3, -3, 123456789, 2 ** 64, -(2 ** 70)]

PERCENT_FLOAT_FORMATS = ["%e", "%E", "%f", "%F", "%g", "%G", "%.0e", "%.3f", "%10.3e", "%-10.2f|", "%010.2f", "%+f",
                         "% f", "%#.0f", "%#g", "%#.0e", "%.0g", "%.10g", "%+010.3g", "%020e", "% 08.1f", "%.0f"]
PERCENT_FLOATS = [0.0, -0.0, 1.0, -1.5, 5.5, 1e-5, 12345.678, 1e100, float("inf"), float("-inf"), float("nan"),
                  0.5, 2.5, 1 / 3]

PARSE_INT = [("0", 10), ("42", 10), ("-42", 10), ("+42", 10), ("  12  ", 10), ("1_000", 10), ("1__0", 10),
             ("_1", 10), ("1_", 10), ("0x1f", 16), ("0X1F", 16), ("0x_1f", 16), ("0x_1f", 0), ("0x", 16),
             ("0x_", 0), ("0b101", 0), ("0o17", 0), ("0O17", 0), ("0b_1", 2), ("017", 0), ("0_0", 0), ("00", 0),
             ("00_1", 0), ("00_1", 10), ("-0x1f", 0), ("-0x1f", 10), ("z", 36), ("Z", 36), ("zz", 35), ("abc", 10),
             ("abc", 0), ("", 10), (" ", 10), ("1 2", 10), ("+ 1", 10), ("- 1", 10), ("1\x00", 10),
             ("\u0661\u0662\u0663", 10), ("\u2003 12 \u3000", 10), ("\uff11\uff12", 10), ("1\u00e9", 10),
             ("12345678901234567890", 10), ("-9223372036854775808", 10), ("9223372036854775808", 10),
             ("1" * 100, 10), ("f" * 40, 16), ("1", 1), ("1", 37), ("1", -1), ("10", 2), ("12", 2), (" 0b1 ", 16),
             ("x" * 250, 10), ("\u0663" * 250, 10), ("1" * 5000, 10), ("1" * 4300, 10), ("1" * 5000 + "x", 10),
             ("1" * 5000, 16), ("0b" + "1" * 5000, 0), ("9" * 641 + "_", 10), ("'", 10), ('"\'', 10),
             ("7fffffffffffffff", 16), ("-8000000000000000", 16), ("zzzzzzzzzzzz", 36), ("zzzzzzzzzzzzz", 36),
             ("\t+7\n", 8), ("0o", 8), ("1e3", 10), ("1.0", 10), ("\u00a01", 10)]
PARSE_INT_BYTES = [(b"42", 10), (b" -0x1F ", 16), (b"abc", 10), (b"\xff1", 10), (b"1" * 300, 2), (b"x" * 300, 10),
                   (b"\xa01", 10), (b"1_0", 0)]

PARSE_FLOAT = ["0", "1.5", "-1.5", "+.5", "5.", ".", "1e5", "1E-5", "1e", "1e+", "e5", " 1.25 ", "\t\n1\r\x0b\x0c",
               "1_000.5", "1__0", "_1", "1_", "1_.5", "1._5", "1e1_0", "1_e5", "inf", "-inf", "+INF", "Infinity",
               "-iNfInItY", "nan", "-nan", "NaN", "nan(1)", "infin", "in", "", " ", "1e500", "-1e500", "1e-500",
               "4.9e-324", "2.4e-324", "2.5e-324", "1.7976931348623157e308", "1.7976931348623159e308",
               "0.1" + "0" * 400 + "1", "1" * 400, "0x1p3", "1,5", "\u0661.\u0665", "\u20031.5\u2003", "1.5\u00e9",
               "123456789012345678901234567890", "9007199254740993", "0.000001", "1e-7", "00001.000", "1.e3", ".e3",
               "+-1", "--1", "1 2", "1\x00", "1e99999999999999999999", "1e-99999999999999999999",
               "0e99999999999999999999"]
PARSE_FLOAT_BYTES = [b"1.5", b" -2e3 ", b"abc", b"\xff", b"1_0", b"\xa01"]

FROMHEX = ["0x1p0", "0x1.8p1", "-0x1p-2", "0X1.FFFFFFFFFFFFFP+1023", "0x1p1024", "0x1.fffffffffffff8p1023",
           "0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x1.0000000000001p-1075", "0x3p-1076", "1", "a", "0x", "0x.",
           ".8", "0x.8", "1.", "1p", "1p+", "1px", "  0x1p3  ", "inf", "-Infinity", "nan", "-nan", "infx", "0x1p+",
           "0x1p99999999999999999999", "0x1p-99999999999999999999", "0x0p99999999999999999999", "-0x0p0",
           "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.00000000000008000001p0", "g", "0x1_0", "0xx1",
           "+0x1.5p-3", "\u00a00x1", "0x123456789abcdef0123456789p-50", "1e3", "0x1e3", "0x1P-2"]

ROUND = [(2.5, 0), (3.5, 0), (-2.5, 0), (0.125, 2), (0.375, 2), (2.675, 2), (1.005, 2), (1234.5, -1), (1235.0, -1),
         (1250.0, -2), (1350.0, -2), (5.0, -1), (15.0, -1), (-0.4, 0), (0.4, 0), (1e300, -300), (1.7976931348623157e308, -308),
         (1.5e308, -308), (123.456, 1), (123.456, -5), (5e-324, 323), (5e-324, 324), (1.0, 400), (1.0, -400),
         (-1.0, -400), (float("inf"), 2), (float("nan"), 2), (0.1, 20), (2 / 3, 17), (1e16 + 2, -1),
         (0.5, 0), (1.5, 0), (-0.5, 0), (123456789.123456789, 4), (1e-320, 322)]
ROUND_INT = [0.5, 1.5, 2.5, -0.5, -1.5, 2.4999999999999996, 0.49999999999999994, 1e300, -1e20, float("inf"),
             float("-inf"), float("nan"), 4503599627370497.0, -0.0, 7.5]

DIVMOD = [(7.0, 2.0), (-7.0, 2.0), (7.0, -2.0), (-7.0, -2.0), (0.0, 5.0), (-0.0, 5.0), (0.0, -5.0), (-0.0, -5.0),
          (1.0, float("inf")), (-1.0, float("inf")), (1.0, float("-inf")), (float("inf"), 1.0), (5.0, 0.0),
          (0.1, 0.01), (1e300, 1e-300), (3.5, 0.5), (-3.5, 0.5), (float("nan"), 1.0), (1.0, float("nan")),
          (5e-324, 1.0), (-5e-324, 1.0), (1e16, 3.0)]

POW = [(2.0, 10.0), (2.0, -1.0), (0.0, -1.0), (-0.0, -1.0), (0.0, 0.0), (float("nan"), 0.0), (1.0, float("nan")),
       (float("nan"), 1.0), (2.0, float("nan")), (-2.0, 0.5), (-8.0, 1 / 3), (-2.0, 3.0), (-2.0, 2.0),
       (-1.0, 1e300), (-1.0, 1e300 + 1), (0.5, float("inf")), (0.5, float("-inf")), (2.0, float("inf")),
       (2.0, float("-inf")), (-1.0, float("inf")), (float("inf"), 3.0), (float("-inf"), 3.0), (float("-inf"), 2.0),
       (float("-inf"), -3.0), (float("-inf"), -2.0), (0.0, 3.0), (-0.0, 3.0), (-0.0, 2.0), (-0.0, 0.5),
       (10.0, 400.0), (10.0, -400.0), (2.0, 0.5), (-0.0, -2.0), (-0.0, -3.0), (1.0, float("inf")),
       (float("inf"), -1.0), (-1.5, 1e300)]

POWMOD = [(2, 10, 1000), (3, 2, -5), (-3, 3, 5), (2, -1, 5), (0, -1, 5), (2, -1, 1), (0, -1, 1), (5, 0, 1),
          (5, 0, 7), (4, -1, 6), (3, -2, 7), (2, 3, 0), (-2, -1, -7), (12345678901234567890, 98765432109876543210, 10 ** 30 + 7),
          (2, 10 ** 20, -(10 ** 25 + 3)), (7, -3, 2 ** 70 + 1), (0, 0, 5), (0, 0, -1)]

HASH_INTS = [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 61 - 2, -(2 ** 61 - 1), -(2 ** 61) + 2, 2 ** 63 - 1, -2 ** 63,
             2 ** 64, 10 ** 30, -(10 ** 30), 2 ** 122 - 1, 123456789]
HASH_FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -1.5, 0.1, 1e300, 5e-324, 2.0 ** 61, 2.0 ** 62, float("inf"),
               float("-inf"), 1e-300, 3.14159, -2.0 ** 61 + 1, 123456789.0, 2.0 ** -1074 * 3, 1e22]
HASH_COMPLEX = [(0, 0), (1, 0), (0, 1), (1.5, -2.5), (float("inf"), 1), (-1.0, -1.0), (1e300, 1e-300),
                (0, -1e100)]

INT_TO_FLOAT = [0, 1, -1, 2 ** 53, 2 ** 53 + 1, 2 ** 53 + 3, 2 ** 54 + 2, 2 ** 54 + 6, 2 ** 63 - 1, -2 ** 63,
                2 ** 64 + 1, 10 ** 30, -(10 ** 30), 2 ** 1023, 2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 970 - 1, 2 ** 1024,
                -(2 ** 1024), 2 ** 1024 - 2 ** 971, 3 ** 700, 12345678901234567890123]
TRUEDIV = [(1, 3), (-1, 3), (0, -5), (0, 5), (7, 0), (10 ** 30, 10 ** 10), (2 ** 1100, 2 ** 80), (2 ** 1100, 2 ** 50),
           (1, 2 ** 1074), (1, 2 ** 1075), (3, 2 ** 1076), (1, 2 ** 1100), (-1, 2 ** 1100), (10 ** 400, 10 ** 399),
           (2 ** 53 + 1, 1), (2 ** 53 + 1, 2), (6, -4), (2 ** 60, 3), (10 ** 500, 3), (3, 10 ** 500),
           (2 ** 1024 - 2 ** 970, 1), (2 ** 1025, 2), (2 ** 1026 - 1, 4), (123456789123456789123456789, 987654321987654321),
           (-(2 ** 200), 3 ** 100), (5, 2 ** 1076)]

TO_BASE = [(0, 2), (5, 2), (-5, 2), (255, 16), (-255, 16), (35, 36), (-(2 ** 70), 36), (2 ** 64, 8), (10 ** 25, 3)]
DECIMAL_LIMIT = [10 ** 4299, 10 ** 4300 - 1, 10 ** 4300, -(10 ** 4300), -(10 ** 4300 - 1)]


def unlimited_str(i):
    """str(i) whatever its length (the limit is for the code under test)."""
    limit = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        return str(i)
    finally:
        sys.set_int_max_str_digits(limit)


def random_doubles(rng, count):
    """Doubles from random bit patterns (every exponent equally likely) and
    from random short decimals (the values programs actually print)."""
    import struct
    out = []
    while len(out) < count:
        x = struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))[0]
        if math.isfinite(x):
            out.append(x)
    for _ in range(count):
        out.append(round(rng.uniform(-1000, 1000), rng.randint(0, 6)) * 10.0 ** rng.randint(-12, 12))
    return out


def int_value(i):
    """An int as a C++ string literal of its decimal digits."""
    return c_string(unlimited_str(i))


def main():
    files = {}
    lines = None

    def start(name):
        nonlocal lines
        lines = files.setdefault(name, [
            "// Generated by tools/gen_number_cases.py from CPython %d.%d.%d: do not edit." % sys.version_info[:3],
            "// Each row: inputs, then the error type (empty on success) and the text",
            "// (the result, or the error message).", ""])

    def table(decl, rows):
        lines.append(decl + " = {")
        lines.extend(rows)
        lines.append("};")
        lines.append("")

    start("number_format_cases.inc")
    table("const FloatCase kFloatRepr[]", [row(c_double(x), '""sv', c_string(repr(x))) for x in FLOATS])

    rows = []
    for x in FLOATS:
        for spec in FLOAT_SPECS:
            err, text = outcome(lambda: format(x, spec))
            rows.append(row(c_double(x), c_string(spec), err, c_string(text)))
    table("const FloatFormatCase kFloatFormat[]", rows)

    rows = []
    for i in INTS:
        for spec in INT_SPECS:
            err, text = outcome(lambda: format(i, spec))
            rows.append(row(int_value(i), c_string(spec), err, c_string(text)))
    table("const IntFormatCase kIntFormat[]", rows)

    rows = []
    for s in STRS:
        for spec in STR_SPECS:
            err, text = outcome(lambda: format(s, spec))
            rows.append(row(c_string(s), c_string(spec), err, c_string(text)))
    table("const StrFormatCase kStrFormat[]", rows)

    rows = []
    for re_, im in COMPLEXES:
        z = complex(re_, im)
        rows.append(row(c_double(z.real), c_double(z.imag), c_string("repr"), '""sv', c_string(repr(z))))
        for spec in COMPLEX_SPECS:
            err, text = outcome(lambda: format(z, spec))
            rows.append(row(c_double(z.real), c_double(z.imag), c_string(spec), err, c_string(text)))
    table("const ComplexFormatCase kComplexFormat[]", rows)

    import random
    rng = random.Random(20231125)
    randoms = random_doubles(rng, 120)
    rows = []
    for x in randoms:
        for spec in ("", ".17g", "e", ".3f", ",.2f", ".0e", "g"):
            err, text = outcome(lambda: format(x, spec))
            rows.append(row(c_double(x), c_string(spec), err, c_string(text)))
    table("const FloatFormatCase kRandomFloatFormat[]", rows)

    start("number_printf_cases.inc")
    rows = []
    for fmt in PERCENT_INT_FORMATS:
        for i in PERCENT_INTS:
            err, text = outcome(lambda: fmt % i)
            rows.append(row(c_string(fmt), int_value(i), err, c_string(text)))
    table("const PercentIntCase kPercentInt[]", rows)

    rows = []
    for fmt in PERCENT_FLOAT_FORMATS:
        for x in PERCENT_FLOATS:
            err, text = outcome(lambda: fmt % x)
            rows.append(row(c_string(fmt), c_double(x), err, c_string(text)))
    table("const PercentFloatCase kPercentFloat[]", rows)

    start("number_parse_cases.inc")
    rows = []
    for s, base in PARSE_INT:
        err, text = outcome(lambda: unlimited_str(int(s, base)))
        rows.append(row(c_string(s), str(base), err, c_string(text)))
    table("const ParseIntCase kParseIntStr[]", rows)
    rows = []
    for b, base in PARSE_INT_BYTES:
        err, text = outcome(lambda: unlimited_str(int(b, base)))
        rows.append(row(c_string(b), str(base), err, c_string(text)))
    table("const ParseIntCase kParseIntBytes[]", rows)

    def float_rows(inputs, fn):
        rows = []
        for s in inputs:
            err, text = outcome(lambda: repr(fn(s)))
            rows.append(row(c_string(s), err, c_string(text)))
        return rows
    table("const ParseFloatCase kParseFloatStr[]", float_rows(PARSE_FLOAT, float))
    table("const ParseFloatCase kParseFloatBytes[]", float_rows(PARSE_FLOAT_BYTES, float))
    table("const ParseFloatCase kFromHex[]", float_rows(FROMHEX, float.fromhex))
    table("const FloatCase kFloatHex[]", [row(c_double(x), '""sv', c_string(x.hex())) for x in FLOATS])

    start("number_arith_cases.inc")
    rows = []
    for x, n in ROUND:
        err, text = outcome(lambda: repr(round(x, n)))
        rows.append(row(c_double(x), str(n), err, c_string(text)))
    table("const RoundCase kRound[]", rows)
    rows = []
    for x in ROUND_INT:
        err, text = outcome(lambda: str(round(x)))
        rows.append(row(c_double(x), err, c_string(text)))
    table("const FloatCase kRoundToInt[]", rows)

    rows = []
    for a, b in DIVMOD:
        for op, fn in (("//", lambda: a // b), ("%", lambda: a % b), ("divmod", lambda: divmod(a, b)),
                       ("/", lambda: a / b)):
            err, text = outcome(lambda: repr(fn()))
            rows.append(row(c_double(a), c_double(b), c_string(op), err, c_string(text)))
    table("const FloatOpCase kFloatDivision[]", rows)

    rows = []
    for a, b in POW:
        def power():
            r = a ** b
            return "complex" if isinstance(r, complex) else repr(r)
        err, text = outcome(power)
        rows.append(row(c_double(a), c_double(b), c_string("**"), err, c_string(text)))
    table("const FloatOpCase kFloatPower[]", rows)

    rows = []
    for a, b, m in POWMOD:
        err, text = outcome(lambda: str(pow(a, b, m)))
        rows.append(row(int_value(a), int_value(b), int_value(m), err, c_string(text)))
    table("const PowModCase kPowMod[]", rows)

    rows = []
    for x in randoms:
        n = rng.randint(-5, 8)
        err, text = outcome(lambda: repr(round(x, n)))
        rows.append(row(c_double(x), str(n), err, c_string(text)))
    table("const RoundCase kRandomRound[]", rows)
    table("const FloatHashCase kRandomHashFloat[]", [row(c_double(x), str(hash(x)) + "LL") for x in randoms])

    table("const IntHashCase kHashInt[]", [row(int_value(i), str(hash(i)) + "LL") for i in HASH_INTS])
    table("const FloatHashCase kHashFloat[]", [row(c_double(x), str(hash(x)) + "LL") for x in HASH_FLOATS])
    table("const ComplexHashCase kHashComplex[]",
          [row(c_double(complex(r, i).real), c_double(complex(r, i).imag), str(hash(complex(r, i))) + "LL")
           for r, i in HASH_COMPLEX])

    rows = []
    for i in INT_TO_FLOAT:
        err, text = outcome(lambda: repr(float(i)))
        rows.append(row(int_value(i), err, c_string(text)))
    table("const IntToFloatCase kIntToFloat[]", rows)
    rows = []
    for a, b in TRUEDIV:
        err, text = outcome(lambda: repr(a / b))
        rows.append(row(int_value(a), int_value(b), err, c_string(text)))
    table("const IntDivisionCase kIntTrueDivide[]", rows)

    def to_base(i, base):
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"
        n, out = abs(i), ""
        while True:
            n, d = divmod(n, base)
            out = digits[d] + out
            if n == 0:
                break
        return ("-" if i < 0 else "") + out
    rows = []
    for _ in range(80):
        # Near the 53-bit rounding boundary and far beyond it.
        i = rng.getrandbits(rng.choice([54, 55, 64, 100, 1023, 1024])) * rng.choice([1, -1])
        err, text = outcome(lambda: repr(float(i)))
        rows.append(row(int_value(i), err, c_string(text)))
    table("const IntToFloatCase kRandomIntToFloat[]", rows)
    rows = []
    for _ in range(120):
        a = rng.getrandbits(rng.randint(1, 1200)) * rng.choice([1, -1])
        b = rng.getrandbits(rng.randint(1, 1200)) or 1
        err, text = outcome(lambda: repr(a / b))
        rows.append(row(int_value(a), int_value(b), err, c_string(text)))
    table("const IntDivisionCase kRandomIntTrueDivide[]", rows)

    start("number_parse_cases.inc")
    table("const ToBaseCase kToBase[]", [row(int_value(i), str(b), c_string(to_base(i, b))) for i, b in TO_BASE])
    rows = []
    for i in DECIMAL_LIMIT:
        err, text = outcome(lambda: "ok" if len(str(i)) else "")
        rows.append(row(int_value(i), err, c_string(text)))
    table("const IntToFloatCase kDecimalLimit[]", rows)

    for name, content in files.items():
        with open(os.path.join(OUT_DIR, name), "w", encoding="ascii") as f:
            f.write("\n".join(content))


if __name__ == "__main__":
    main()
