# reduce, partial, wraps, update_wrapper, cmp_to_key, total_ordering.
import functools
import operator
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, range(1, 6), 10))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)
int2 = functools.partial(int, base=2)
print(int2('1010'), int2.func is int, int2.args, int2.keywords, int2('11', base=10))
p = functools.partial(pow, 2)
print(p(10), functools.partial(p, 3)())
print(repr(functools.partial(max, 1, key=abs)).replace('<built-in function max>', 'max'))

def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        """wrapper doc"""
        return f(*a, **k)
    return wrapper

@deco
def documented(x):
    """Original doc."""
    return x

print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(5))

def compare(a, b):
    return (a > b) - (a < b)

print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: compare(b, a))))

@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))

v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, v1 <= v2, v1 > v2, v1 >= v2, sorted([v2, v1]), max(v1, v2))
