# sys.exc_info() and sys.exception() inside and outside handlers.
import sys
print(sys.exc_info(), sys.exception())
try:
    raise KeyError('k')
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__, sys.exception() is v)
    try:
        raise ValueError('inner')
    except ValueError:
        print(sys.exc_info()[0].__name__)
    print('restored:', sys.exc_info()[0].__name__)
print(sys.exc_info())

def gen():
    try:
        raise TypeError('in generator')
    except TypeError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__

g = gen()
print(next(g), sys.exc_info()[0], next(g))
