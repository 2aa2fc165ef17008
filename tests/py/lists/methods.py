# List methods.
a = [3, 1, 4, 1, 5]
a.append(9)
print(a)
a.extend([2, 6])
a.extend(range(2))
print(a)
a.insert(0, 'first')
a.insert(100, 'last')
a.insert(-1, 'before last')
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(1), a.index(5, 2), a.count(1), a.count(42))
b = a.copy()
b.reverse()
print(b, a is b)
b.clear()
print(b)
for bad in [lambda: a.remove(42), lambda: a.index(42), lambda: [].pop(), lambda: a.pop(50), lambda: a.index(1, 0, 1)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
c = [1, 2, 3]
print(c.append(4), c.sort(), c.reverse(), c.extend([]))
c *= 2
print(c)
c[1:3] = []
print(c)
del c[:]
print(c)
