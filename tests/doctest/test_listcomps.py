# test.test_listcomps's doctests, extracted from CPython 3.11.7's test_listcomps.py
# by tools/doctests/extract.py: do not edit, re-run the extractor.
# One Python literal, read by tests/doctest/runner.py with eval().
# prelude: the module-level code the examples use, one top-level statement each.
# tests[i]['prelude']: which of those statements that test's globals need.
# Each example: (source, want, expected exception message or None, options, line in file).
{
    'module': 'test.test_listcomps',
    'file': 'test_listcomps.py',
    'python': '3.11.7',
    'options': {},
    'prelude': [
    ],
    'tests': [
        {
            'name': 'test.test_listcomps.__test__.doctests',
            'prelude': [],
            'examples': [
                ('sum([i*i for i in range(100) if i&1 == 1])\n', '166650\n', None, {}, 10),
                ('[(i,j) for i in range(3) for j in range(4)]\n', '[(0, 0), (0, 1), (0, 2), (0, 3), (1, 0), (1, 1), (1, 2), (1, 3), (2, 0), (2, 1), (2, 2), (2, 3)]\n', None, {}, 15),
                ('[(i,j) for i in range(4) for j in range(i)]\n', '[(1, 0), (2, 0), (2, 1), (3, 0), (3, 1), (3, 2)]\n', None, {}, 20),
                ('[j*j for i in range(4) for j in [i+1]]\n', '[1, 4, 9, 16]\n', None, {}, 25),
                ('[j*k for i in range(4) for j in [i+1] for k in [j+1]]\n', '[2, 6, 12, 20]\n', None, {}, 27),
                ('[j*k for i in range(4) for j, k in [(i+1, i+2)]]\n', '[2, 6, 12, 20]\n', None, {}, 29),
                ('[i*i for i in [*range(4)]]\n', '[0, 1, 4, 9]\n', None, {}, 34),
                ('[i*i for i in (*range(4),)]\n', '[0, 1, 4, 9]\n', None, {}, 36),
                ('i = 20\n', '', None, {}, 41),
                ('sum([i*i for i in range(100)])\n', '328350\n', None, {}, 42),
                ('i\n', '20\n', None, {}, 45),
                ('[y for y in (1,2)] = 10          # doctest: +IGNORE_EXCEPTION_DETAIL\n', 'Traceback (most recent call last):\n   ...\nSyntaxError: ...\n', 'SyntaxError: ...\n', {'IGNORE_EXCEPTION_DETAIL': True}, 50),
                ('[y for y in (1,2)] += 10         # doctest: +IGNORE_EXCEPTION_DETAIL\n', 'Traceback (most recent call last):\n   ...\nSyntaxError: ...\n', 'SyntaxError: ...\n', {'IGNORE_EXCEPTION_DETAIL': True}, 55),
                ('def frange(n):\n    return [i for i in range(n)]\n', '', None, {}, 65),
                ('frange(10)\n', '[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]\n', None, {}, 67),
                ('lrange = lambda n:  [i for i in range(n)]\n', '', None, {}, 72),
                ('lrange(10)\n', '[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]\n', None, {}, 73),
                ('def grange(n):\n    for x in [i for i in range(n)]:\n        yield x\n', '', None, {}, 78),
                ('list(grange(5))\n', '[0, 1, 2, 3, 4]\n', None, {}, 81),
                ('[None for i in range(10)]\n', '[None, None, None, None, None, None, None, None, None, None]\n', None, {}, 87),
                ('items = [(lambda i=i: i) for i in range(5)]\n', '', None, {}, 94),
                ('[x() for x in items]\n', '[0, 1, 2, 3, 4]\n', None, {}, 95),
                ('items = [(lambda: i) for i in range(5)]\n', '', None, {}, 100),
                ('[x() for x in items]\n', '[4, 4, 4, 4, 4]\n', None, {}, 101),
                ('items = [(lambda: i) for i in range(5)]\n', '', None, {}, 106),
                ('i = 20\n', '', None, {}, 107),
                ('[x() for x in items]\n', '[4, 4, 4, 4, 4]\n', None, {}, 108),
                ('items = [(lambda: y) for i in range(5)]\n', '', None, {}, 113),
                ('y = 2\n', '', None, {}, 114),
                ('[x() for x in items]\n', '[2, 2, 2, 2, 2]\n', None, {}, 115),
                ('def test_func():\n    items = [(lambda i=i: i) for i in range(5)]\n    return [x() for x in items]\n', '', None, {}, 120),
                ('test_func()\n', '[0, 1, 2, 3, 4]\n', None, {}, 123),
                ('def test_func():\n    items = [(lambda: i) for i in range(5)]\n    return [x() for x in items]\n', '', None, {}, 126),
                ('test_func()\n', '[4, 4, 4, 4, 4]\n', None, {}, 129),
                ('def test_func():\n    items = [(lambda: i) for i in range(5)]\n    i = 20\n    return [x() for x in items]\n', '', None, {}, 132),
                ('test_func()\n', '[4, 4, 4, 4, 4]\n', None, {}, 136),
                ('def test_func():\n    items = [(lambda: y) for i in range(5)]\n    y = 2\n    return [x() for x in items]\n', '', None, {}, 139),
                ('test_func()\n', '[2, 2, 2, 2, 2]\n', None, {}, 143),
            ],
        },
    ],
}
