# Augmented assignment: in-place for mutables, rebinding for immutables.
lst = [1]
alias = lst
lst += [2]
print(lst, alias, lst is alias)
t = (1,)
alias_t = t
t += (2,)
print(t, alias_t, t is alias_t)
s = 'ab'
s *= 3
print(s)
n = 7
n <<= 2
print(n)
n >>= 1
print(n)
n &= 6
print(n)
n |= 9
print(n)
n ^= 5
print(n)
n **= 2
print(n)
n //= 3
print(n)
n %= 4
print(n)
d = {'k': [1]}
d['k'] += [2]
print(d)

class Box:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        print('__iadd__ called')
        self.v += other
        return self
    def __add__(self, other):
        print('__add__ called')
        return Box(self.v + other)

b = Box(1)
b += 5
print(b.v)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print('falls back to __add__')
        return OnlyAdd(self.v + other)

o = OnlyAdd(1)
o += 1
print(o.v)
counter = {'n': 0}

def key():
    counter['n'] += 1
    return 'x'

store = {'x': 10}
store[key()] += 1  # the subscript expression is evaluated once
print(store, counter)
