# dict creation, access, update, deletion, membership, insertion order.
d = {'b': 1, 'a': 2}
d['c'] = 3
d['b'] = 10  # updating keeps the original position
print(d, len(d), 'a' in d, 'z' not in d, d['a'])
print(dict(), dict(x=1, y=2), dict([('k', 'v')]), dict({'a': 1}, b=2), dict(zip('ab', range(2))))
del d['b']
d['b'] = 'back'  # re-inserted at the end
print(d, list(d))
print({1: 'int', 1.0: 'float overwrites value, keeps key', True: 'bool too'})
print({(1, 2): 'tuple', None: 'none', frozenset([1]): 'fs', 'x': [1]})
try:
    d['missing']
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[{}] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(d == {'c': 3, 'a': 2, 'b': 'back'}, {1: 2} == {1: 2.0}, {} == {})
try:
    {1: 2} < {1: 3}
except TypeError as e:
    print(type(e).__name__, e)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0))
big = {i: i * i for i in range(10)}
for k in range(0, 10, 2):
    del big[k]
big[0] = 'new'
print(big)
print(list(reversed({'x': 1, 'y': 2, 'z': 3})))
