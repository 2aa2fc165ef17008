# set and frozenset operations. Sets print directly only when their elements are
# small ints below 8 (their order then follows from the hash); others are sorted.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(sorted(a.union([9])), a.intersection(range(3)), a.difference({1}), sorted(a.symmetric_difference([1, 10])))
print({1, 2} <= a, {1, 2} < a, a >= {1}, a > a, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}))
print(set(), set([3, 3, 1]), set('aab') == {'a', 'b'}, len({1, 1, 1}), {1, 2} == {2, 1})
s = set()
s.add(1)
s.add(1)
s.update([2, 3], (4,))
print(s)
s.discard(10)
s.remove(1)
print(s, s.pop() in {2, 3, 4}, len(s))
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
c = {1, 2, 3}
c &= {2, 3, 4}
print(c)
c |= {7}
c -= {2}
c ^= {3, 8}
print(sorted(c))
fs = frozenset([1, 2, 3])
print(fs, fs | {4}, type(fs | {4}).__name__, type({4} | fs).__name__, hash(fs) == hash(frozenset([3, 2, 1])))
print({fs: 'frozenset key'}, frozenset(), repr(set()))
try:
    fs.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
print({x % 4 for x in range(10)}, sorted({'pear', 'apple', 'fig'}))
print(1 in a, 10 not in a, {1, 2} == frozenset([1, 2]))
words = {'b', 'a', 'c'}
print(sorted(words), sorted(words, reverse=True), len(words))
print({1: 0}.keys() | {2})
