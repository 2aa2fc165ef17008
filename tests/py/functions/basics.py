# Defining and calling functions; return values; recursion.
def add(a, b):
    return a + b

print(add(2, 3))
print(add('x', 'y'))

def no_return():
    x = 1

print(no_return())

def multiple():
    return 1, 'two', [3]

a, b, c = multiple()
print(a, b, c)
print(multiple())

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(10))
print(fact(25))

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print([fib(i) for i in range(15)])

def early(x):
    if x < 0:
        return 'negative'
    return 'non-negative'

print(early(-1), early(1))

def bare_return():
    return

print(bare_return())
f = add
print(f(10, 20), f is add, f.__name__)
print(type(add).__name__)

def outer():
    def inner():
        return 'inner result'
    return inner()

print(outer())
