# Generator functions produce iterators lazily.
def countdown(n):
    print('start')
    while n > 0:
        yield n
        n -= 1
    print('done')

g = countdown(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(10)])

def with_return():
    yield 1
    return 'result'

g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('returned', e.value)
print(iter(g) is g)

def empty():
    return
    yield

print(list(empty()))
print(sum(x * x for x in range(10)))
print(list(zip(countdown(2), 'ab')))
