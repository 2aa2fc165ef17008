# SyntaxError details from compile(): message, line and offset.
sources = [
    'x = = 1',
    'def f(\n',
    'if True\n    pass',
    'print "hello"',
    'for x in range(3):\npass',
    'return 5',
    'break',
    'x = (1, 2',
    "f'{'",
    'a b',
    '1 = x',
    'f() = 1',
    'del f()',
    'nonlocal x',
    'def f(a, a): pass',
    'def f(a=1, b): pass',
    'lambda: (yield)',
    "'unterminated",
    '  indented = 1',
    'if x:\n  a\n b',
    'x = 1 +* 2',
    'import',
    'from x import',
    'class C(:\n  pass',
]
for src in sources:
    try:
        compile(src, 'input.py', 'exec')
        print('compiled', repr(src))
    except SyntaxError as e:
        print(repr(src), '->', type(e).__name__, '|', e.msg, '|', e.lineno, e.offset)
