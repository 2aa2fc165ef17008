# deque: maxlen with *=, rotate across the ring, insert/del, subclasses, copies, mutation during count/remove, reduce.
from collections import deque
import copy
d = deque(range(10), 7)
d *= 3; print(d)
e = deque([1, 2, 3]); print(e * 3, 3 * e, e * 0, e * -1)
f = deque([1, 2], 5); f *= 4; print(f)
g = deque(); g.extend(range(20)); g.rotate(7); print(g); g.rotate(-30); print(g)
for i in range(5): g.popleft()
g.rotate(3); print(g, g[0], g[-1], g[5])
g.insert(3, 'x'); g.insert(-100, 'first'); g.insert(100, 'last'); print(g)
del g[4]; del g[-2]; print(g, len(g))
g.reverse(); print(g, list(reversed(g))[:3])
print(copy.copy(g) == g, copy.deepcopy(deque([[1]], 3)), deque([[1]], 3).__reduce__())
class Sub(deque):
    pass
s = Sub([1, 2], 4); print(s, s.copy(), type(s.copy()).__name__, s + deque([3]), copy.deepcopy(s))
print(deque('ab') < deque('b'), deque([1]) == [1], deque([1, 2]) != deque([1, 2]), deque() <= deque())
h = deque(maxlen=0); h.append(1); h.extendleft([1, 2]); print(h)
i = deque([1, 2, 3]); it = iter(i); print(it.__length_hint__(), next(it), it.__length_hint__())
i.extend(i); i.extendleft(i); print(i)
print(deque([1, 2, 3]).index(3, -2), deque('abcabc').index('c', 3, 6))
try: deque([1]).index(1, 1)
except ValueError as ex: print(ex)
print(deque[int] if hasattr(deque, '__class_getitem__') else '')
class Eq:
    def __eq__(self, other):
        dd.clear(); return False
dd = deque([Eq(), 1])
try: dd.count(5)
except RuntimeError as ex: print(ex)
dd = deque([Eq(), 1])
try: dd.remove(1)
except IndexError as ex: print(ex)
print(deque(x for x in range(3)), bool(deque()), bool(deque([0])), 2 in deque([1, 2]))
