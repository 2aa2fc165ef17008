# ExceptionGroup construction, split, subgroup and except*.
eg = ExceptionGroup('many', [ValueError('v1'), TypeError('t'), ValueError('v2')])
print(repr(eg))
print(str(eg))
print(eg.message, eg.exceptions)
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(TypeError)))
print(eg.subgroup(KeyError))
print(type(BaseExceptionGroup('b', [KeyboardInterrupt()])).__name__)
print(type(BaseExceptionGroup('b', [ValueError()])).__name__)
try:
    raise ExceptionGroup('group', [ValueError('a'), TypeError('b'), KeyError('c')])
except* ValueError as e:
    print('ValueError part:', repr(e))
except* (TypeError, KeyError) as e:
    print('Type/Key part:', repr(e))
try:
    try:
        raise ExceptionGroup('g', [ValueError('x'), OSError('y')])
    except* ValueError:
        print('handled ValueError only')
except ExceptionGroup as e:
    print('rest propagates:', repr(e))
try:
    raise ValueError('naked')
except* ValueError as e:
    print('a naked exception is wrapped:', repr(e))
nested = ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError(2), ValueError(3)])])
m, r = nested.split(ValueError)
print(repr(m))
print(repr(r))
try:
    ExceptionGroup('bad', [])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup('bad', [1])
except ValueError as e:
    print(type(e).__name__, e)
print(m.split(lambda exc: isinstance(exc, ValueError) and exc.args[0] == 3))
