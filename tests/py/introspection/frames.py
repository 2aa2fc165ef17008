# Frame objects: sys._getframe, f_code, f_back, f_lineno, f_globals, f_locals.
import sys

def current():
    frame = sys._getframe()
    return frame.f_code.co_name, frame.f_lineno, frame.f_back.f_code.co_name

def caller():
    return current()

print(caller())

def who_called_me():
    return sys._getframe(1).f_code.co_name

def some_function():
    return who_called_me()

print(some_function())
top = sys._getframe()
print(top.f_code.co_name, top.f_back, top.f_globals is globals(), top.f_locals is globals())

def locals_view(a, b):
    c = a * b
    return sys._getframe().f_locals

print(locals_view(3, 4))

def depth():
    n = 0
    f = sys._getframe()
    while f is not None:
        n += 1
        f = f.f_back
    return n

def nest(k):
    return depth() if k == 0 else nest(k - 1)

print(depth(), nest(3))

def lines():
    f = sys._getframe()
    first = f.f_lineno
    second = f.f_lineno
    return second - first

print(lines())
try:
    sys._getframe(1000)
except ValueError as e:
    print(type(e).__name__, e)
print(type(top).__name__, top.f_code is not None)
import inspect
print(inspect.currentframe().f_code.co_name)
