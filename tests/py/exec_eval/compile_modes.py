# compile() in exec, eval and single modes; code object attributes.
c = compile('a = 1\nb = a + 1', '<string>', 'exec')
print(type(c).__name__, c.co_filename, c.co_name)
ns = {}
exec(c, ns)
print(ns['b'])
e = compile('3 * 7', 'expr.py', 'eval')
print(eval(e), e.co_filename)
s = compile('1 + 2', '<single>', 'single')
exec(s)  # single mode prints the repr of expression statements
exec(compile('None', '<single>', 'single'))  # ... except None
exec(compile("'text'", '<single>', 'single'))
exec(compile('x = 5', '<single>', 'single'))
try:
    compile('1 + 2\n3 + 4', '<single>', 'single')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile('x = 1', '<eval>', 'eval')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset)
try:
    compile('1', 'f', 'bogus')
except ValueError as e:
    print(type(e).__name__, e)
code = compile('def f(a, b=2):\n    c = a + b\n    return c\n', 'mod.py', 'exec')
ns = {}
exec(code, ns)
fc = ns['f'].__code__
print(fc.co_name, fc.co_argcount, fc.co_varnames, fc.co_filename, fc.co_firstlineno, fc.co_nlocals)
print(type(fc.co_code).__name__, fc.co_consts[0] if fc.co_consts else None, fc.co_names)
print(fc.co_qualname, fc.co_flags & 0x20 == 0)
g = compile('def gen():\n    yield 1\n', 'g.py', 'exec')
exec(g, ns)
print(bool(ns['gen'].__code__.co_flags & 0x20))
