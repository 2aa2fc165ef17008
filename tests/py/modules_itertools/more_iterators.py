# itertools and functools/operator details: accumulate/groupby/tee/islice edge cases, lru_cache options, singledispatch, getters.
import itertools as it, functools as ft, operator as op
print(list(it.accumulate([])), list(it.accumulate([], initial=5)), list(it.accumulate('abc')), list(it.accumulate([1,2,3], func=op.sub, initial=10)))
print(list(it.islice(it.count(1, 0.5), 4)), repr(it.count(1.5)), repr(it.count(0, 2)), repr(it.repeat(None)), list(it.repeat('a', -1)))
c = it.cycle([]); print(list(it.islice(c, 3)))
print(list(it.chain.from_iterable(['ab', [], 'c'])), list(it.compress(range(5), [1, 0, 1])), list(it.dropwhile(bool, [1, 0, 2])), list(it.takewhile(bool, [1, 0, 2])), list(it.filterfalse(None, [0, 1, '', 'a'])))
g = it.groupby('aabbbcd'); print([(k, ''.join(v)) for k, v in g])
g = it.groupby([1, 2, 2, 3, 3, 3]); k, v = next(g); next(g); print(k, list(v))
print(list(it.zip_longest('ab', 'xyz', [1])), list(it.zip_longest()), list(it.pairwise(range(4))))
a, b, c = it.tee(range(5), 3); print(next(a), next(a), list(b), list(a), list(c), it.tee([], 0))
t1, t2 = it.tee(iter([1, 2, 3])); t3, t4 = it.tee(t1); print(list(t3), list(t4), list(t2))
print(list(it.product('ab', repeat=2)), list(it.product([1, 2], [])), len(list(it.permutations(range(6), 3))), list(it.permutations([1, 2, 3]))[:4], list(it.permutations('ab', 3)))
print(list(it.combinations(range(5), 3))[-3:], list(it.combinations_with_replacement('abc', 2)), list(it.combinations_with_replacement([], 0)), list(it.combinations_with_replacement([], 1)))
print(list(it.starmap(op.mul, [(1, 2), (3, 4)])), list(it.islice(range(100), 95, None)), list(it.islice(iter(range(10)), 2, 8, 3)))
src = iter(range(10)); list(it.islice(src, 3)); print(next(src))
print(ft.reduce(op.add, 'abc'), ft.reduce(lambda a, b: a + b, [], 0))
@ft.lru_cache(maxsize=None)
def f(x, y=1): return x * y
print(f(2), f(2), f(2, y=1), f(2, 1), f.cache_info(), f.__name__, f.__wrapped__.__name__, f.cache_parameters())
@ft.lru_cache(typed=True)
def g2(x): return type(x).__name__
print(g2(1), g2(1.0), g2(True), g2.cache_info())
@ft.lru_cache(0)
def h(x): return x
print(h(1), h(1), h.cache_info())
class C:
    @ft.lru_cache
    def m(self, x): return x + 1
    @ft.cached_property
    def prop(self): return 'computed'
print(C().m(1), C.prop.attrname, C().prop)
p = ft.partial(op.add, 1); print(p(2), ft.partial(p, 5)(), ft.partial(print, sep='-').keywords)
pm = ft.partialmethod(op.add, 10)
class K:
    add10 = ft.partialmethod(lambda self, a, b: a + b, 10)
print(K().add10(5))
@ft.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __eq__(self, o): return self.v == o.v
print(V(1) < V(2), V(2) <= V(2), V(3) >= V(4))
try:
    @ft.total_ordering
    class W: pass
except ValueError as e: print(e)
@ft.singledispatch
def fun(a): return 'base'
@fun.register(str)
def _(a): return 'str'
@fun.register
def _(a: float): return 'float'
print(fun(1), fun('s'), fun(1.0), fun.dispatch(bool).__name__, sorted(k.__name__ for k in fun.registry))
import collections.abc
@fun.register(collections.abc.Sequence)
def _(a): return 'seq'
print(fun([1]), fun((1,)), fun('x'), fun({}))
class Mth:
    @ft.singledispatchmethod
    def go(self, a): return 'obj'
    @go.register
    def _(self, a: int): return 'int'
print(Mth().go(1), Mth().go('a'))
print(sorted(['b', 'A', 'c'], key=ft.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
def deco(fn):
    @ft.wraps(fn)
    def w(*a): return fn(*a)
    return w
@deco
def orig(x: int) -> int:
    'doc'
    return x
print(orig.__name__, orig.__doc__, orig.__annotations__, orig.__qualname__, orig.__wrapped__ is not None)
print(op.attrgetter('real', 'imag')(3+4j), repr(op.attrgetter('a.b')), repr(op.itemgetter(1, 'x')), repr(op.methodcaller('f', 1, k=2)), op.index(True), op.length_hint(iter(range(7))))
for bad in [lambda: op.attrgetter(1), lambda: op.itemgetter(), lambda: op.methodcaller(5), lambda: op.index(1.5), lambda: op.concat(1, 2), lambda: op.indexOf([1], 2), lambda: op.length_hint(5, 'x')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(op.countOf([1, 1.0, True], 1), op.truth(None), op.is_(1, 1), op.neg(True), op.ixor(5, 3), op.call(max, 1, 2))
