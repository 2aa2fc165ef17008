# Operators on ints of every size, with the sign rules of // % and shifts.
vals = [0, 1, -1, 7, -7, 2**62 - 1, -2**62, 2**62, 2**63, -2**63, 2**64 + 5, -(2**100) + 3, 10**30, True, False]
for a in vals:
    for b in vals:
        row = [a + b, a - b, a * b, a & b, a | b, a ^ b]
        if b:
            row += [a // b, a % b, divmod(a, b), a / b]
        if 0 <= b < 200:
            row += [a << b, a >> b]
        print(a, b, row)
for a in vals:
    print(a, -a, +a, ~a, abs(a), a == a, hash(a), bool(a), a.bit_length(), a.bit_count())
print(True & True, True | False, False ^ True, type(True & 1).__name__, type(True ^ True).__name__)
print(int.__and__(True, False), type(int.__and__(True, False)).__name__)
print(2 ** 10, 2 ** -2, (-2) ** 3, (-2) ** -3, 0 ** 0, 10 ** 20, (-3) ** 41)
print(pow(3, 200, 10**9 + 7), pow(-3, 3, 7), pow(3, -1, 7), pow(2, 3, -5), pow(5, 0, 1))
for e in ['1 << -1', '1 >> -5', '5 // 0', '5 % 0', 'divmod(5, 0)', '5 / 0', '(2**100) % 0', '0 ** -1',
          'pow(0, -1, 5)', 'pow(2, 3, 0)', '(10**400) ** -1', '1 @ 2', '(10**400) / 3', '1 << 2**70',
          'pow(2.5, 3, 5)']:
    try:
        print(e, '->', eval(e))
    except Exception as x:
        print(e, '!!', type(x).__name__, x)
print((10**400) // (10**399), (10**400) / (10**399), 1 / 3, 2**53 + 1 == 2**53 + 1.0)
print(-1 >> 1000, 1 >> 1000, -(2**100) >> 99, (2**100) >> 99, 0 << 10**30)
print(7 .__floordiv__(2), (7).__rfloordiv__(2), (7).__rsub__(10), (3).__rpow__(2), (3).__rpow__(2, 5))
print((7).__add__(1.5), (7).__eq__(7.0), (7).__lt__('a'))
x = 5
x += 2**64; print(x)
x -= 2**64; print(x, type(x))
x **= 3; print(x)
x //= -4; print(x)
x %= 7; print(x)
x <<= 70; print(x)
x >>= 69; print(x)
