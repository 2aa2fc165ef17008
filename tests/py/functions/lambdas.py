# lambda expressions: defaults, closures, immediately called, sorting keys.
square = lambda x: x * x
print(square(7))
print((lambda: 'no args')())
print((lambda a, b=2, *c, d=4, **e: (a, b, c, d, e))(1, 2, 3, d=5, f=6))
print(square.__name__, square.__qualname__)
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])
words = ['banana', 'Apple', 'cherry', 'date']
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda x: x % 3 == 0, range(10))))
print((lambda *a: sum(a))(1, 2, 3))
cond = lambda x: 'even' if x % 2 == 0 else 'odd'
print(cond(3), cond(4))
