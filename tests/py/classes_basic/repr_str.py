# __repr__, __str__, __format__ and their fallbacks.
class Both:
    def __repr__(self):
        return 'Both(repr)'
    def __str__(self):
        return 'Both(str)'

class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr()'

class OnlyStr:
    def __str__(self):
        return 'OnlyStr as str'

b, r, s = Both(), OnlyRepr(), OnlyStr()
print(b, repr(b), str(b), [b], f'{b}', f'{b!r}', '%s %r' % (b, b))
print(r, str(r), [r], f'{r}')
print(s, repr(s).startswith('<__main__.OnlyStr object at'), [s][0])

class BadRepr:
    def __repr__(self):
        return 42

try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)

class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    def __format__(self, spec):
        if spec.endswith('F'):
            return format(self.celsius * 9 / 5 + 32, spec[:-1]) + 'F'
        return format(self.celsius, spec) + 'C'

t = Temperature(21.5)
print(f'{t}', f'{t:.0f}', f'{t:.1F}', format(t, '>8'))
print(repr(Both), str(Both), repr(type(b)))
