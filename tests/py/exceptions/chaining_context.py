# An exception raised while handling another gets __context__ automatically.
try:
    try:
        raise KeyError('first')
    except KeyError:
        raise ValueError('second')
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError('a')
    finally:
        raise ValueError('b')
except ValueError as e:
    print('from finally:', repr(e.__context__))

def handler():
    try:
        raise TypeError('t')
    except TypeError:
        return helper()

def helper():
    try:
        raise IndexError('i')
    except IndexError as e:
        return e

e = handler()
print(repr(e), repr(e.__context__))
try:
    try:
        raise ValueError('same')
    except ValueError as inner:
        raise inner
except ValueError as e:
    print('re-raising keeps no self-context:', e.__context__)
err = ValueError('manual')
err.__context__ = KeyError('set by hand')
print(repr(err.__context__))
try:
    raise ValueError('x')
except ValueError as e:
    e.__cause__ = TypeError('late cause')
    print(repr(e.__cause__), e.__suppress_context__)
