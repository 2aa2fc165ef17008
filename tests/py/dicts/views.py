# keys/values/items views are live and support set operations.
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d['d'] = 4
print(list(k), list(v), list(it), len(k))
print('a' in k, 2 in v, ('b', 2) in it, ('b', 3) in it)
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}))
print(sorted(it & {('a', 1), ('x', 0)}))
print(k == {'a', 'b', 'c', 'd'}, k.isdisjoint({'x'}))
try:
    for key in d:
        d['new'] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(reversed(d.keys())), list(reversed(d.values())))
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(k.mapping == d if hasattr(k, 'mapping') else 'no mapping')
