# set / frozenset: order of small ints, operators, methods, hash, errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = set(range(20)); s.discard(5); s.add(100); s.add(37)
print(s)
print({-1, -2, 7, 8, 16, 32}, {64, 0, 8, 128, 1024}, set([3, 11, 19, 27]))
a = {1, 2, 3, 4}; b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, a < a, {3} < a, a >= {1}, a > a, a == {4, 3, 2, 1})
print(a.union(b, [9]), a.intersection(b, {4}), a.difference(b, [1]), a.symmetric_difference([4, 8]))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}), a.isdisjoint(b))
c = set(a); c.update([7], (8,)); c.intersection_update(range(8)); print(c)
c.difference_update({1}, [2]); print(c)
c.symmetric_difference_update({3, 99}); print(c)
c |= {0}; c &= {0, 4, 99, 7}; c -= {99}; c ^= {5}; print(c)
print(c.pop(), c.pop(), c)
c.clear(); print(c, c.copy(), set(), frozenset())
f = frozenset([3, 1, 2])
print(f, f | {9}, {9} | f, type(f - {1}).__name__, type({1} - f).__name__, f.copy() is f, frozenset(f) is f)
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset([(1, 2)])) == hash(frozenset([(1, 2)])))
print(frozenset({1, 2}) == {1, 2}, {frozenset({1}): "x"}[frozenset([1])], {1, 2} == frozenset({2, 1}))
print({1, 2} in [{2, 1}], {1} in {frozenset({1})}, {frozenset({1}), frozenset({1})})
print(1 in {1.0}, True in {1}, len({1, 1.0, True}))
p = set(range(50))
out = []
while p:
    out.append(p.pop())
print(out[:10], len(out))
class S(set):
    pass
print(S(), S([1, 2]), type(S([1]) | {2}).__name__, repr(frozenset({4})))
r = set()
print(r, {(1, 2), (3, 4)} == {(3, 4), (1, 2)})
show(lambda: set().pop())
show(lambda: set().remove(1))
show(lambda: set().remove([]))
show(lambda: set().discard({1}))
show(lambda: set().add([]))
show(lambda: {1} < [1])
show(lambda: {1} | [1])
show(lambda: set(1))
show(lambda: set(1, 2))
show(lambda: set(a=1))
show(lambda: hash(set()))
show(lambda: {1}.update(1))
def grow():
    g = {1, 2}
    for x in g:
        g.add(x + 10)
show(grow)
it = iter({1, 2, 3})
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
print({1, 2}.__reduce__())
