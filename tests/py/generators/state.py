# Generator object attributes and state.
import inspect

def gen():
    yield 1
    yield 2

g = gen()
print(g.__name__, g.__qualname__)
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
print(g.gi_frame.f_lineno, g.gi_code.co_name)
print(g.gi_running)
list(g)
print(inspect.getgeneratorstate(g))
print(g.gi_frame)

def self_next():
    yield next(me)

me = self_next()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

def raises():
    yield 1
    raise StopIteration('inside')

r = raises()
next(r)
try:
    next(r)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(g))
