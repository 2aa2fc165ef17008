# int arithmetic with floor division and modulo signs.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (6, 3)]
for a, b in pairs:
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2)
print(2 ** 100, (-2) ** 63, 2 ** 0, 0 ** 0)
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3))
print(10 ** -2, type(10 ** -2).__name__)
print(abs(-5), -abs(5), +(-3))
for expr in ['1 // 0', '1 % 0', 'divmod(1, 0)', '1 / 0', 'pow(2, -1, 4)', 'pow(2, 3, 0)', '0 ** -1']:
    try:
        eval(expr)
    except (ZeroDivisionError, ValueError) as e:
        print(expr, '->', type(e).__name__, e)
print(int(7 / 2), round(7 / 2), 7 // 2)
print(1 + True, 3 * False, -True)
print(17 .bit_length(), (-17).bit_length(), (0).bit_length(), (255).bit_count())
