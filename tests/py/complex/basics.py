# complex numbers: construction, repr, arithmetic, attributes.
z = 3 + 4j
print(z, repr(z), z.real, z.imag, abs(z), z.conjugate())
print(complex(1, 2), complex(), complex(2), complex('1+2j'), complex(' 3j '), complex(1.5, -0.5))
print(1j * 1j, (1 + 2j) * (3 - 1j), (1 + 2j) / (3 - 4j), (1 + 1j) ** 2, 2 ** (1j), (1j) ** 0)
print(-z, +z, z - 1, 1 - z, z == 3 + 4j, z != 3, complex(3, 0) == 3)
print(repr(complex(0, 0)), repr(complex(-0.0, 0)), repr(complex(0, -0.0)), repr(complex(1, float('inf'))))
print(repr(complex(float('nan'), 1)), repr(1e20j), repr(1.5 + 1e-7j), repr(-1j))
print(type(z).__name__, hash(complex(2, 0)) == hash(2), z.real.__class__.__name__)
for bad in [lambda: z < z, lambda: complex('abc'), lambda: 1 / 0j, lambda: int(z), lambda: z // 2, lambda: complex('1', 2)]:
    try:
        bad()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(format(z, '.2f'), format(z, '>12'), format(1 - 2j, '+.1f'), '%s' % z)
import cmath
print(cmath.sqrt(-1), cmath.phase(-1), round(abs(cmath.exp(1j * cmath.pi) + 1), 10))
print(cmath.polar(1j), cmath.rect(2, 0))
