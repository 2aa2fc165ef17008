# Tuple and list unpacking, nested targets, swaps and errors.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = 'xy'
print(f, g)
h, = [10]
print(h)
for k, v in [('a', 1), ('b', 2)]:
    print(k, v)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
obj = type('O', (), {})()
obj.attr, lst = 'attr', [0, 0]
lst[0], lst[1] = 'l0', 'l1'
print(obj.attr, lst)
d = {}
d['k1'], d['k2'] = range(2)
print(d)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = 1, 2
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, b = iter([1])
except ValueError as e:
    print(type(e).__name__, e)
m, n = {'one': 1, 'two': 2}
print(m, n)
