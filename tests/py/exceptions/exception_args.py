# Exception args, str and repr for zero, one and several arguments.
for exc in [Exception(), Exception('one'), Exception('a', 2), ValueError(''), KeyError('k'),
            KeyError(), KeyError('a', 'b'), OSError(2, 'No such file'), UnicodeError('u')]:
    print(repr(exc), '|', str(exc), '|', exc.args)
e = Exception('x')
e.args = ('changed', 1)
print(e, e.args)
print(StopIteration(5).value, StopIteration().value)
print(SystemExit(3).code, SystemExit().code)
print(KeyError('k').args[0])
err = OSError(2, 'No such file or directory', 'missing.txt')
print(err.errno, err.strerror, err.filename, str(err))
print(type(err).__name__, isinstance(FileNotFoundError(), OSError))
print(type(OSError(2, 'x')).__name__)
print(type(OSError(13, 'x')).__name__)
try:
    {}['a']
except KeyError as e:
    print(e.args, str(e), repr(e))
n = NameError('bad', name='nm')
print(n.name, n)
a = AttributeError('attr', name='x', obj=3)
print(a.name, a.obj)
s = SyntaxError('msg', ('f.py', 1, 2, 'text', 1, 3))
print(s.msg, s.filename, s.lineno, s.offset, repr(s.text))
print(ImportError('no', name='mod').name)
