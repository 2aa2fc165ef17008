# lru_cache, cache, cached_property, singledispatch.
import functools
calls = []

@functools.lru_cache(maxsize=2)
def square(n):
    calls.append(n)
    return n * n

print(square(2), square(2), square(3), square(4), square(2))
print(calls, square.cache_info())
square.cache_clear()
print(square.cache_info())

@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(100), fib.cache_info().hits > 0)

class Data:
    def __init__(self):
        self.computed = 0
    @functools.cached_property
    def total(self):
        self.computed += 1
        return 42

d = Data()
print(d.total, d.total, d.computed, 'total' in d.__dict__)

@functools.singledispatch
def describe(x):
    return 'object'

@describe.register
def _(x: int):
    return 'int'

@describe.register(list)
def _(x):
    return 'list of %d' % len(x)

print(describe(1), describe(True), describe([1, 2]), describe('s'), describe(1.5))
try:
    square([1])
except TypeError as e:
    print(type(e).__name__, e)
