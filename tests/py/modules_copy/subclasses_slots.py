# copy of slots, dict+slots, container subclasses, collections types, reductions, cycles.
import copy, collections
class Slots:
    __slots__ = ('a', 'b', 'c')
    def __init__(self): self.a = [1]; self.b = 'b'; self.c = 3
s = copy.deepcopy(Slots()); print(s.a, s.b, s.c)
class Both:
    __slots__ = ('a', '__dict__')
b = Both(); b.a = 1; b.z = [2]; c = copy.deepcopy(b); print(c.a, c.z, c.z is b.z)
class L(list): pass
class D(dict): pass
class St(set): pass
class FS(frozenset): pass
class I(int): pass
class T(tuple): pass
l = L([1, [2]]); l.attr = 5
for obj in [l, D(a=[1]), St([1, 2]), FS([3]), I(7), T((1, [2])), collections.OrderedDict(a=1), collections.Counter('aab'), collections.deque([1, [2]], 5), collections.defaultdict(list, a=[1]), collections.namedtuple('P', 'x y')(1, [2])]:
    a = copy.copy(obj); b = copy.deepcopy(obj)
    print(type(a).__name__, a, b, type(b).__name__, a == obj, b == obj, getattr(b, 'attr', None))
print(copy.deepcopy({1, (2, 3)}), copy.deepcopy(frozenset([3])))
class R:
    def __reduce__(self): return (R, ())
print(type(copy.copy(R())).__name__)
x = [1]; y = {'a': x, 'b': x}; z = copy.deepcopy(y); print(z['a'] is z['b'])
class Cyc:
    pass
c = Cyc(); c.me = c; d = copy.deepcopy(c); print(d.me is d)
