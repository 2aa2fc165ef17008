# Slice assignment and deletion on lists.
a = list(range(10))
a[2:5] = ['a', 'b']
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = [100]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
b = list(range(6))
b[::-2] = 'xyz'
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
c = list(range(10))
del c[1::3]
print(c)
del c[-2:]
print(c)
c[1:1] = 'ins'
print(c)
c[1:4] = range(2)
print(c)
try:
    c[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
d = [1, 2, 3]
d[5:10] = [9]
print(d)
d[-10:1] = ['start']
print(d)
e = [1, 2, 3, 4]
e[1:3] = e
print(e)
