# Chained assignment binds every target to the same object, left to right.
a = b = c = [1, 2]
print(a, b, c, a is b is c)
a.append(3)
print(b)
x = y = 5
y += 1
print(x, y)
order = []

class Recorder:
    def __setitem__(self, key, value):
        order.append((key, value))

r = Recorder()
r['first'] = r['second'] = 'v'
print(order)
i = 0
lst = [0, 0, 0]
i = lst[i] = 2  # i is assigned first, then lst[i] with the new i
print(i, lst)
p = q = ()
print(p == q, p is q)
