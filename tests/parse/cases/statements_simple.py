x = 1
a = b = c = 2
a, b = b, a
[a, *rest] = items
(x, y), z = pair, 3
x += 1; y -= 2; z *= 3
m @= n
p //= 2; q **= 2; r %= 3; s &= 1; t |= 2; u ^= 3; v <<= 1; w >>= 1
obj.attr = 5
obj[0] = obj[1:2] = 6
del x, y[0], z.attr
del (a, b), [c]
pass
assert x, "message"
assert y
global g1, g2
x: int
y: list[int] = []
(z): str = "s"
obj.attr: float
obj[1]: int = 2
print(x)
