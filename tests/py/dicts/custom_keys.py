# User objects as keys: __hash__ and __eq__; __missing__ on dict subclasses.
class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name.lower())
    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __repr__(self):
        return 'Key(%r)' % self.name

d = {Key('A'): 1}
d[Key('a')] = 2
print(d, Key('A') in d, len(d))

class Unhashable:
    __hash__ = None

try:
    {Unhashable(): 1}
except TypeError as e:
    print(type(e).__name__, e)

class EqOnly:
    def __eq__(self, other):
        return True

try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)

class Default(dict):
    def __missing__(self, key):
        return 'missing ' + repr(key)

dd = Default(a=1)
print(dd['a'], dd['b'], dd.get('b'), 'b' in dd, dd)

class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0

c = Counter()
for ch in 'abracadabra':
    c[ch] += 1
print(c, type(c).__name__)
print(isinstance(c, dict), dict(c))
