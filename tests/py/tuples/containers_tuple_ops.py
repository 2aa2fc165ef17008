# tuple: construction, repr, hash (CPython's values), comparisons, slicing, errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print((), (1,), (1, 2), ((),), ((1,),))
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}))
t = (1, 2)
print(tuple(t) is t, t[:] is t, t * 1 is t, t + () is t)
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash(("a",)) == hash(("a",)))
print(hash((-1,)), hash((1.5, True, None)) == hash((1.5, True, None)))
print((1, 2) < (1, 2, 3), (1, 2) == (1, 2), (1, 3) > (1, 2, 9), (2,) >= (1, 9), () < (0,))
print(([],) < ([],), (1, [2]) == (1, [2]))
x = (5, 6, 7, 8, 9)
print(x[1:3], x[::-1], x[::2], x[-2:], x[10:], x[-100:2], x[1:-1:2])
print(x.index(7), x.index(9, 2), x.index(8, -3, -1), x.count(5), (1, 1, 1).count(1))
print(3 in x, 7 in x, (1, 2) + (3,), (1, 2) * 2, 2 * (0,), (1,) * 0, (1,) * -3)
print(x.__getnewargs__(), len(x), list(reversed(x)))
it = iter(x)
next(it)
print(type(it).__name__, it.__length_hint__(), list(it), it.__length_hint__())
show(lambda: x[5])
show(lambda: x["a"])
show(lambda: x[10**30])
show(lambda: x.index(1))
show(lambda: x.index(5, "a"))
show(lambda: x.count())
show(lambda: (1,) + [2])
show(lambda: (1,) * "a")
show(lambda: (1,) * 2.0)
show(lambda: (1,) * (10**20))
show(lambda: (1,) < ("a",))
show(lambda: hash(([],)))
show(lambda: tuple(1))
show(lambda: tuple(1, 2))
show(lambda: tuple(x=1))
show(lambda: x[::0])

class T(tuple):
    pass

t2 = T([1, 2])
print(t2, type(t2).__name__, type(t2 + t2).__name__, type(t2[:]).__name__, t2 == (1, 2), hash(t2) == hash((1, 2)))
t2.attr = 5
print(t2.attr, t2[1], len(t2), T(), T() == ())

class P(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

p = P(3, 4)
print(p, p[0] + p[1], isinstance(p, tuple))
a, b, *rest = (1, 2, 3, 4)
print(a, b, rest)
