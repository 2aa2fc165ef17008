# complex numbers: reprs, arithmetic, equality, the constructor.
for z in [0j, -0j, 1j, -1j, 1 + 2j, -1.5 - 2.5j, complex(-0.0, -0.0), complex(0.0, -0.0), complex(-0.0, 0.0),
          complex(1e300, 1e-300), complex(float('inf'), float('nan')), complex(float('nan'), 1), 1e16j, 1.5e-5 + 3j]:
    print(repr(z), str(z), z.real, z.imag, z.conjugate(), abs(z), bool(z), -z, +z, z == z)
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -1, a ** 0.5, a ** b, b ** 100, b ** 101)
print(a + 1, 1 + a, a * 2.5, 2.5 * a, a / 2, 2 / a, a - 2**10, 2**10 - a, 2 ** a, a ** 2.0)
print(a == 3 + 4j, a != b, (1 + 0j) == 1, (1 + 0j) == 1.0, (1 + 0j) == True, (1 + 0j) == 2**100, 1j == 'a')
print(hash(1 + 2j), hash(1 + 0j) == hash(1), hash(complex(2.5, 0)) == hash(2.5), hash(-1j), hash(0j))
for e in ['1j / 0', '(1+2j) / 0j', '0j ** -1', '0j ** 1j', '(1+2j) ** 10**6', '(2+0j) ** 1000000', 'abs(1e308+1e308j)',
          '(1+2j) < (1+2j)', '(1+2j) // 2', '(1+2j) % 2', 'divmod(1j, 1)', 'pow(1j, 2, 3)', '1j + 10**400',
          'complex("inf") ** 2', '(1e200+1e200j) ** 2', 'int(1j)', 'float(1j)', '1j > 0', 'round(1j)']:
    try:
        print(e, '->', eval(e))
    except Exception as x:
        print(e, '!!', type(x).__name__, x)
for args, kw in [((), {}), ((1,), {}), ((1, 2), {}), ((1.5, -0.0), {}), ((1 + 2j, 3 + 4j), {}), ((1, 2j), {}),
                 (('1+2j',), {}), ((' ( 1_0-2.5e3J ) ',), {}), (('j',), {}), (('-j',), {}), (('infinity-infj',), {}),
                 (('nan',), {}), (('١+٢j',), {}), ((True,), {}), ((2**80,), {}), ((), {'imag': 2}), ((1,), {'imag': 3}),
                 ((), {'real': 1 + 1j, 'imag': 1}), (('1', 2), {}), ((1, '2'), {}), (('1 + 2j',), {}), (('',), {}),
                 (('1e',), {}), (('(1+2j',), {}), (('1+2j)',), {}), (('( )',), {}), (([],), {}), ((1, []), {}),
                 ((b'1',), {}), ((None,), {}), ((1, 2, 3), {}), ((), {'x': 1}), ((1 + 0j, -0.0), {}), ((-0.0,), {})]:
    try:
        print(args, kw, '->', repr(complex(*args, **kw)))
    except Exception as x:
        print(args, kw, '!!', type(x).__name__, x)
class C:
    def __complex__(self):
        return 1 + 2j
class Bad:
    def __complex__(self):
        return 5
class F:
    def __float__(self):
        return 2.5
print(complex(C()), complex(C(), 1), complex(F(), F()))
for e in ['complex(Bad())', 'complex(1, C())']:
    try:
        print(eval(e))
    except TypeError as x:
        print(e, '!!', x)
class MyComplex(complex):
    pass
m = MyComplex(1, 2)
print(m, type(m).__name__, type(m + 1).__name__, type(complex(m)).__name__, m == 1 + 2j, m.__complex__(), type(m.__complex__()).__name__)
print(format(1 + 2j), format(1 + 2j, '.2f'), format(-1j, '>12'), format(1.5 + 0j, 'g'), f'{3-4j:+.1e}', (1 + 2j).__getnewargs__())
