# Starred assignment targets collect the rest into a list.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
a, *mid, z = 'abcdef'
print(a, mid, z)
a, *mid, z = 'ab'
print(a, mid, z)
*everything, = (1, 2)
print(everything)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
for head, *tail in [(1, 2, 3), (4,)]:
    print(head, tail)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
x, *y = iter(range(3))
print(x, y, type(y).__name__)
