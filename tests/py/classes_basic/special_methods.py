# __call__, __getattr__, __getattribute__, __setattr__, __iter__, __contains__, __enter__/__exit__.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n

print(Adder(5)(10), callable(Adder(1)))

class Dynamic:
    existing = 'real attribute'
    def __getattr__(self, name):
        return 'dynamic ' + name

d = Dynamic()
print(d.existing, d.anything, getattr(d, 'other'))

class Logged:
    def __init__(self):
        self.log = []
    def __setattr__(self, name, value):
        if name != 'log':
            self.log.append(name)
        object.__setattr__(self, name, value)

lg = Logged()
lg.a = 1
lg.b = 2
print(lg.log, lg.a)

class Guarded:
    def __getattribute__(self, name):
        if name.startswith('secret'):
            raise AttributeError('access denied: ' + name)
        return object.__getattribute__(self, name)

g = Guarded()
g.public = 'ok'
g.secret_key = 'hidden'
print(g.public)
try:
    g.secret_key
except AttributeError as e:
    print(type(e).__name__, e)

class Range3:
    def __iter__(self):
        yield from (1, 2, 3)
    def __contains__(self, x):
        print('__contains__', x)
        return x in (1, 2, 3)

print(list(Range3()), 2 in Range3(), sum(Range3()))

class Resource:
    def __enter__(self):
        print('acquire')
        return self
    def __exit__(self, *exc):
        print('release', exc[0].__name__ if exc[0] else None)
        return False

with Resource() as r:
    print('using', type(r).__name__)

class Indexed:
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        return self.data[k]
    def __setitem__(self, k, v):
        self.data[k] = v
    def __delitem__(self, k):
        del self.data[k]

ix = Indexed()
ix['a'] = 1
ix[1, 2] = 'tuple key'
print(ix['a'], ix[1, 2])
del ix['a']
print(ix.data)
