# float arithmetic: floor division and modulo signs, special values, errors.
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (1e300, 1e-300), (0.1, 0.03)]:
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
inf = float('inf')
nan = float('nan')
print(inf + 1, inf - inf, inf * 0, -inf, inf > 1e308, nan == nan, nan != nan, nan is nan)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(2.0 ** 0.5, (-8.0) ** (1 / 3), 2 ** 0.5, 10.0 ** -2, 0.0 ** 0)
print(abs(-2.5), -0.0 == 0.0, str(-0.0), 0.0 * -1)
for expr in ['1.0 / 0', '1.0 // 0', '1.0 % 0', '0.0 ** -1', '10.0 ** 400', 'divmod(1.0, 0.0)']:
    try:
        print(eval(expr))
    except (ZeroDivisionError, OverflowError) as e:
        print(expr, '->', type(e).__name__, e)
print(sum([0.1] * 10), 0.1 * 10)
print(1.0 == 1, 0.5 < 1, 1.5 > True, hash(1.0) == hash(1), hash(0.5) == hash(0.5))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.23456, 3), round(123.456, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(0.5), round(1.5))
