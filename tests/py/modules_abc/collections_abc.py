# collections.abc: registered built-ins, __subclasshook__, mixin methods, abstract instantiation.
import collections.abc as cabc
print(isinstance({}, cabc.Mapping), isinstance([], cabc.MutableSequence), isinstance((), cabc.Sequence), isinstance('', cabc.Hashable), isinstance([], cabc.Hashable), isinstance(iter([]), cabc.Iterator), isinstance(len, cabc.Callable), isinstance({}.keys(), cabc.Set), issubclass(deque, cabc.MutableSequence) if False else '', isinstance(range(3), cabc.Reversible), isinstance((x for x in []), cabc.Generator))
class MyMap(cabc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap({'a': 1, 'b': 2}); print(m.get('a'), 'b' in m, list(m.keys()), list(m.items()), m == {'a': 1, 'b': 2}, m.keys() & {'a'})
try: cabc.Mapping()
except TypeError as e: print(e)
class S(cabc.MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
s = S([1, 2]); s |= {3}; print(sorted(s), sorted(s & {1, 5}), s <= {1, 2, 3, 4}, s.isdisjoint([9]))
print(cabc.Sized.__subclasshook__(list), issubclass(str, cabc.Container), cabc.Iterable.register(int) is int, isinstance(5, cabc.Iterable))
