x = y = 1
a, b = b, a
a, *rest, c = seq
obj.attr += 1
items[i] += 2
items[1:2] = []
del x, obj.attr, items[0]
t: int = 5
obj.z: int
x = -5, (1, 2), "s"
