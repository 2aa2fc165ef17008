# collections.deque and defaultdict.
from collections import deque, defaultdict
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend([5, 6])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.count(5), d.index(5), 5 in d)
d.remove(5)
d.reverse()
print(d, list(reversed(d)))
bounded = deque(range(10), maxlen=3)
print(bounded, bounded.maxlen)
bounded.append(10)
bounded.appendleft(0)
print(bounded)
d.clear()
for bad in [d.pop, d.popleft]:
    try:
        bad()
    except IndexError as e:
        print(type(e).__name__, e)
print(deque('abc') == deque('abc'), deque() == [], deque([1]) + deque([2]), deque([1]) * 2)
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd['missing'], len(dd))
counts = defaultdict(int)
for ch in 'hello':
    counts[ch] += 1
print(counts, counts.default_factory)
plain = defaultdict()
try:
    plain['x']
except KeyError as e:
    print(type(e).__name__, e)
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 1
print(dict(nested['a']), 'zz' in dd, dd.get('zz'))
