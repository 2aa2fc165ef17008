# Operator overloading with dunder methods, reflected and in-place variants.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'Vec(%r, %r)' % (self.x, self.y)
    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x + other.x, self.y + other.y)
    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)
    def __lt__(self, other):
        return abs(self) < abs(other)
    def __bool__(self):
        return bool(self.x or self.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y
    def __hash__(self):
        return hash((self.x, self.y))

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, -a, abs(b), a == Vec(1, 2), a != b, a < b, b > a, a @ b)
print(bool(Vec(0, 0)), len(a), list(a), a[1], {a: 'hashable'})
print(sorted([b, a]), max(a, b))
try:
    a + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a <= b
except TypeError as e:
    print(type(e).__name__, e)

class Num:
    def __init__(self, v):
        self.v = v
    def __radd__(self, other):
        return 'radd(%r)' % (other,)
    def __floordiv__(self, o): return 'floordiv'
    def __mod__(self, o): return 'mod'
    def __pow__(self, o, mod=None): return 'pow mod=%r' % (mod,)
    def __lshift__(self, o): return 'lshift'
    def __and__(self, o): return 'and'
    def __or__(self, o): return 'or'
    def __xor__(self, o): return 'xor'
    def __invert__(self): return 'invert'
    def __pos__(self): return 'pos'
    def __truediv__(self, o): return 'truediv'
    def __contains__(self, item): return item == 'in'
    def __index__(self): return 3

n = Num(1)
print(1 + n, 5.5 + n, n // 1, n % 1, n ** 2, pow(n, 2, 5), n << 1, n & 1, n | 1, n ^ 1, ~n, +n, n / 1)
print('in' in n, 'out' in n, [0, 1, 2, 3, 4][n], bin(n))
