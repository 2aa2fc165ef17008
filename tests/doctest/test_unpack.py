# test.test_unpack's doctests, extracted from CPython 3.11.7's test_unpack.py
# by tools/doctests/extract.py: do not edit, re-run the extractor.
# One Python literal, read by tests/doctest/runner.py with eval().
# prelude: the module-level code the examples use, one top-level statement each.
# tests[i]['prelude']: which of those statements that test's globals need.
# Each example: (source, want, expected exception message or None, options, line in file).
{
    'module': 'test.test_unpack',
    'file': 'test_unpack.py',
    'python': '3.11.7',
    'options': {},
    'prelude': [
    ],
    'tests': [
        {
            'name': 'test.test_unpack.__test__.doctests',
            'prelude': [],
            'examples': [
                ('t = (1, 2, 3)\n', '', None, {}, 9),
                ('a, b, c = t\n', '', None, {}, 10),
                ('a == 1 and b == 2 and c == 3\n', 'True\n', None, {}, 11),
                ('l = [4, 5, 6]\n', '', None, {}, 16),
                ('a, b, c = l\n', '', None, {}, 17),
                ('a == 4 and b == 5 and c == 6\n', 'True\n', None, {}, 18),
                ('a, b, c = 7, 8, 9\n', '', None, {}, 23),
                ('a == 7 and b == 8 and c == 9\n', 'True\n', None, {}, 24),
                ("a, b, c = 'one'\n", '', None, {}, 29),
                ("a == 'o' and b == 'n' and c == 'e'\n", 'True\n', None, {}, 30),
                ('class Seq:\n    def __getitem__(self, i):\n        if i >= 0 and i < 3: return i\n        raise IndexError\n', '', None, {}, 35),
                ('a, b, c = Seq()\n', '', None, {}, 40),
                ('a == 0 and b == 1 and c == 2\n', 'True\n', None, {}, 41),
                ('st = (99,)\n', '', None, {}, 46),
                ('sl = [100]\n', '', None, {}, 47),
                ('a, = st\n', '', None, {}, 48),
                ('a\n', '99\n', None, {}, 49),
                ('b, = sl\n', '', None, {}, 51),
                ('b\n', '100\n', None, {}, 52),
                ('a, b, c = 7\n', 'Traceback (most recent call last):\n  ...\nTypeError: cannot unpack non-iterable int object\n', 'TypeError: cannot unpack non-iterable int object\n', {}, 59),
                ('a, b = t\n', 'Traceback (most recent call last):\n  ...\nValueError: too many values to unpack (expected 2)\n', 'ValueError: too many values to unpack (expected 2)\n', {}, 66),
                ('a, b = l\n', 'Traceback (most recent call last):\n  ...\nValueError: too many values to unpack (expected 2)\n', 'ValueError: too many values to unpack (expected 2)\n', {}, 73),
                ('a, b, c, d = Seq()\n', 'Traceback (most recent call last):\n  ...\nValueError: not enough values to unpack (expected 4, got 3)\n', 'ValueError: not enough values to unpack (expected 4, got 3)\n', {}, 80),
                ('a, b = Seq()\n', 'Traceback (most recent call last):\n  ...\nValueError: too many values to unpack (expected 2)\n', 'ValueError: too many values to unpack (expected 2)\n', {}, 87),
                ('class BozoError(Exception):\n    pass\n', '', None, {}, 95),
                ('class BadSeq:\n    def __getitem__(self, i):\n        if i >= 0 and i < 3:\n            return i\n        elif i == 3:\n            raise BozoError\n        else:\n            raise IndexError\n', '', None, {}, 98),
                ('a, b, c, d, e = BadSeq()\n', 'Traceback (most recent call last):\n  ...\ntest.test_unpack.BozoError\n', 'test.test_unpack.BozoError\n', {}, 111),
                ('a, b, c = BadSeq()\n', 'Traceback (most recent call last):\n  ...\ntest.test_unpack.BozoError\n', 'test.test_unpack.BozoError\n', {}, 119),
                ('() = []\n', '', None, {}, 126),
                ('[] = ()\n', '', None, {}, 127),
                ('[] = []\n', '', None, {}, 128),
                ('() = ()\n', '', None, {}, 129),
                ('() = 42\n', 'Traceback (most recent call last):\n  ...\nTypeError: cannot unpack non-iterable int object\n', 'TypeError: cannot unpack non-iterable int object\n', {}, 133),
                ('() = [42]\n', 'Traceback (most recent call last):\n  ...\nValueError: too many values to unpack (expected 0)\n', 'ValueError: too many values to unpack (expected 0)\n', {}, 140),
            ],
        },
    ],
}
