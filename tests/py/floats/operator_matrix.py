# float arithmetic, mixing with ints, and comparisons (exact against big ints).
inf, nan = float('inf'), float('nan')
vals = [0.0, -0.0, 1.5, -2.25, 1e300, 5e-324, inf, -inf, 3, -7, 2**70]
for a in vals:
    for b in vals:
        out = []
        for op in ['+', '-', '*', '/', '//', '%', '**', 'divmod']:
            try:
                if op == '**' and type(a) is int and type(b) is int and abs(b) > 100:
                    continue
                r = divmod(a, b) if op == 'divmod' else eval('a %s b' % op)
                out.append(repr(r))
            except Exception as x:
                out.append('%s(%s)' % (type(x).__name__, x))
        print(repr(a), repr(b), ' '.join(out))
print((-8.0) ** (1 / 3), (-8) ** 0.5, 2.0 ** -1075, 0.0 ** 0.0, (-0.0) ** -1 if False else 1)
print(1.0 < 2**1000, 2.0**53 + 1 == 2**53 + 1, 2.0**53 == 2**53, 1e300 > 10**300, float(10**300) == 10**300)
print(1.5 > 1, 1.5 < 2, -0.5 < 0, 0.0 == 0, -0.0 == False, nan == 1, nan != 1, nan < 2**100, inf > 10**400, -inf < -10**400)
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0, 2**1024 > 1.7976931348623157e308)
print(sorted([3, 1.5, True, -2, 0.0, 2**64, 1e19]))
print(hash(1.5), hash(-1.0), hash(inf), hash(-inf), hash(0.0), hash(-0.0), hash(2.0**100) == hash(2**100), hash(1e-300))
print(hash(0.1), hash(-2.5), hash(1e308), hash(3.0) == hash(3))
for e in ['1.0 / 0', '1.0 // 0', '1.0 % 0', 'divmod(1.0, 0)', '0.0 ** -1', '2.0 ** 1024', '(-2.0) ** 1e300', '1.5 & 1',
          '1.5 << 1', '1.0 + 10**400', '10**400 * 1.0', '1.0 < "a"', 'pow(1.5, 2, 3)', '1.5 @ 2.0', '~1.5']:
    try:
        print(e, '->', eval(e))
    except Exception as x:
        print(e, '!!', type(x).__name__, x.args)
x = 1.5
x += 1; x *= 2; x /= 4; x //= 0.5; x **= 2; x %= 7
print(x, -x, +x, abs(-x), -0.0, abs(-0.0), +(-0.0))
print((1.5).__add__(1), (1.5).__radd__(2**70), (1.5).__add__('a'), (1.5).__rsub__(1), (2.0).__rpow__(3), (2.0).__rtruediv__(1))
print(float.__add__(1.5, True), (3.5).__rmod__(10), (3.5).__rfloordiv__(10), (3.5).__rdivmod__(10))
