# test.test_setcomps's doctests, extracted from CPython 3.11.7's test_setcomps.py
# by tools/doctests/extract.py: do not edit, re-run the extractor.
# One Python literal, read by tests/doctest/runner.py with eval().
# prelude: the module-level code the examples use, one top-level statement each.
# tests[i]['prelude']: which of those statements that test's globals need.
# Each example: (source, want, expected exception message or None, options, line in file).
{
    'module': 'test.test_setcomps',
    'file': 'test_setcomps.py',
    'python': '3.11.7',
    'options': {},
    'prelude': [
    ],
    'tests': [
        {
            'name': 'test.test_setcomps.__test__.doctests',
            'prelude': [],
            'examples': [
                ('sum({i*i for i in range(100) if i&1 == 1})\n', '166650\n', None, {}, 10),
                ('{2*y + x + 1 for x in (0,) for y in (1,)}\n', '{3}\n', None, {}, 15),
                ('list(sorted({(i,j) for i in range(3) for j in range(4)}))\n', '[(0, 0), (0, 1), (0, 2), (0, 3), (1, 0), (1, 1), (1, 2), (1, 3), (2, 0), (2, 1), (2, 2), (2, 3)]\n', None, {}, 20),
                ('list(sorted({(i,j) for i in range(4) for j in range(i)}))\n', '[(1, 0), (2, 0), (2, 1), (3, 0), (3, 1), (3, 2)]\n', None, {}, 25),
                ('sorted({j*j for i in range(4) for j in [i+1]})\n', '[1, 4, 9, 16]\n', None, {}, 30),
                ('sorted({j*k for i in range(4) for j in [i+1] for k in [j+1]})\n', '[2, 6, 12, 20]\n', None, {}, 32),
                ('sorted({j*k for i in range(4) for j, k in [(i+1, i+2)]})\n', '[2, 6, 12, 20]\n', None, {}, 34),
                ('sorted({i*i for i in [*range(4)]})\n', '[0, 1, 4, 9]\n', None, {}, 39),
                ('sorted({i*i for i in (*range(4),)})\n', '[0, 1, 4, 9]\n', None, {}, 41),
                ('i = 20\n', '', None, {}, 46),
                ('sum({i*i for i in range(100)})\n', '328350\n', None, {}, 47),
                ('i\n', '20\n', None, {}, 50),
                ('{y for y in (1,2)} = 10          # doctest: +IGNORE_EXCEPTION_DETAIL\n', 'Traceback (most recent call last):\n   ...\nSyntaxError: ...\n', 'SyntaxError: ...\n', {'IGNORE_EXCEPTION_DETAIL': True}, 55),
                ('{y for y in (1,2)} += 10         # doctest: +IGNORE_EXCEPTION_DETAIL\n', 'Traceback (most recent call last):\n   ...\nSyntaxError: ...\n', 'SyntaxError: ...\n', {'IGNORE_EXCEPTION_DETAIL': True}, 60),
                ('def srange(n):\n    return {i for i in range(n)}\n', '', None, {}, 68),
                ('list(sorted(srange(10)))\n', '[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]\n', None, {}, 70),
                ('lrange = lambda n:  {i for i in range(n)}\n', '', None, {}, 75),
                ('list(sorted(lrange(10)))\n', '[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]\n', None, {}, 76),
                ('def grange(n):\n    for x in {i for i in range(n)}:\n        yield x\n', '', None, {}, 81),
                ('list(sorted(grange(5)))\n', '[0, 1, 2, 3, 4]\n', None, {}, 84),
                ('{None for i in range(10)}\n', '{None}\n', None, {}, 90),
                ('items = {(lambda i=i: i) for i in range(5)}\n', '', None, {}, 97),
                ('{x() for x in items} == set(range(5))\n', 'True\n', None, {}, 98),
                ('items = {(lambda: i) for i in range(5)}\n', '', None, {}, 103),
                ('{x() for x in items}\n', '{4}\n', None, {}, 104),
                ('items = {(lambda: i) for i in range(5)}\n', '', None, {}, 109),
                ('i = 20\n', '', None, {}, 110),
                ('{x() for x in items}\n', '{4}\n', None, {}, 111),
                ('items = {(lambda: y) for i in range(5)}\n', '', None, {}, 116),
                ('y = 2\n', '', None, {}, 117),
                ('{x() for x in items}\n', '{2}\n', None, {}, 118),
                ('def test_func():\n    items = {(lambda i=i: i) for i in range(5)}\n    return {x() for x in items}\n', '', None, {}, 123),
                ('test_func() == set(range(5))\n', 'True\n', None, {}, 126),
                ('def test_func():\n    items = {(lambda: i) for i in range(5)}\n    return {x() for x in items}\n', '', None, {}, 129),
                ('test_func()\n', '{4}\n', None, {}, 132),
                ('def test_func():\n    items = {(lambda: i) for i in range(5)}\n    i = 20\n    return {x() for x in items}\n', '', None, {}, 135),
                ('test_func()\n', '{4}\n', None, {}, 139),
                ('def test_func():\n    items = {(lambda: y) for i in range(5)}\n    y = 2\n    return {x() for x in items}\n', '', None, {}, 142),
                ('test_func()\n', '{2}\n', None, {}, 146),
            ],
        },
    ],
}
