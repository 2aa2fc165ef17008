# dict methods: get, setdefault, pop, popitem, update, copy, clear.
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 'default'))
print(d.setdefault('a', 100), d.setdefault('c', 3), d)
print(d.pop('a'), d.pop('zz', 'fallback'), d)
try:
    d.pop('zz')
except KeyError as e:
    print(type(e).__name__, e)
d.update({'x': 1}, y=2)
d.update([('z', 3)])
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c['b'] = 'changed'
print(d, c)
c.clear()
print(c)
try:
    c.popitem()
except KeyError as e:
    print(type(e).__name__, e)
groups = {}
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(word[0], []).append(word)
print(groups)
try:
    d.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
