# int repr, str, format specs and comparisons with other numeric types.
for n in [0, 7, -7, 10 ** 18, -(10 ** 21)]:
    print(repr(n), str(n), format(n, ','), format(n, '_'), format(n, '+'), format(n, '>12'), format(n, 'e'))
print(format(42, 'b'), format(42, 'o'), format(42, 'X'), format(42, '#b'), format(42, '#o'), format(42, '010'))
print(format(42, '%'), format(42, 'f'), format(42, 'g'), format(42, 'n'), format(42, 'c'))
print(1 == 1.0, 1 < 1.5, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 30 < float('inf'), -(10 ** 30) > float('-inf'), 1 == 1 + 0j)
print(sorted([3, 1.5, True, -2, 0.0]))
print((5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate())
print((7).as_integer_ratio(), int.__name__, type(7) is int)
print(isinstance(True, int), issubclass(bool, int), int(False))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2))
