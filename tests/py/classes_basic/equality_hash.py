# __eq__, __ne__, __hash__ and comparisons defaults.
class P:
    def __init__(self, v):
        self.v = v

a, b = P(1), P(1)
print(a == b, a == a, a != b, hash(a) == hash(a))

class Q:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, Q):
            return NotImplemented
        return self.v == other.v

print(Q(1) == Q(1), Q(1) != Q(2), Q(1) == 1, Q.__hash__)

class R(Q):
    def __hash__(self):
        return hash(self.v)

print(len({R(1), R(1), R(2)}), R(3) in {R(3)})
try:
    P(1) < P(2)
except TypeError as e:
    print(type(e).__name__, e)

class Rev:
    def __eq__(self, other):
        print('Rev.__eq__ called')
        return True

print(1 == Rev(), Rev() == 1, [1, 2] == [Rev(), Rev()])
print(None == P(1), P(1) != None)
