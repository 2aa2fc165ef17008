# Hashes, reprs, formats, comparisons and huge conversions of ints.
for n in [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, -(2**61), 2**62, -(2**62) - 1, 2**64, -(2**100), 10**40 + 7]:
    print(n, hash(n), hash(-n), hash(float(n)) == hash(n) if abs(n) < 2**53 else '', repr(n), bin(n), oct(n), hex(n))
for n in [0, 42, -42, 2**70, -(10**25)]:
    for spec in ['', 'd', 'b', 'o', 'x', 'X', '#x', '#b', '+', ' ', ',', '_', '_x', '>10', '<10', '^10', '=+10', '010', 'e', '.2f', '%', 'g', 'n']:
        print(repr(spec), format(n, spec), end=' | ')
    print()
for e in ["format(1, 'z')", "format(1, '.2')", "format(1, 's')", "format(-1, 'c')", "format(65, '+c')", "format(65, 'c')",
          "format(2**70, 'c')", "format(1, ',b')", "format(True, 's')"]:
    try:
        print(e, '->', eval(e))
    except Exception as x:
        print(e, '!!', type(x).__name__, x)
print(1 < 2, 2**100 > 2**99, -(2**100) < 5, 2**100 == 2**100, 2**100 != 2**100 + 1, 5 <= 5, 5 >= 6)
print(1 == 1.0, 2**53 + 1 == 2.0**53, 2**1000 < float('inf'), 10**400 > 1e308, (1).__eq__(1.0), (1).__lt__(2.0))
print(max(2**100, 2**99, -5), min([3, -(2**80), 7]), sorted([2**65, -3, 2**64, 0, -(2**64)]))
print(float(2**1024 - 2**970 - 1), float(2**1024 - 2**971), float(-(2**53) - 1), float(2**53 + 3), 2**1024 // 2**1000, (2**1024) / (2**1000))
try:
    float(2**1024)
except OverflowError as e:
    print(e)
print(10**30 // 7, 10**30 % 7, -10**30 // 7, -10**30 % 7, 10**30 // -7, 10**30 % -7, divmod(-10**30, 10**12 + 3))
print((2**200 + 1) * (2**200 - 1) == 2**400 - 1, (-(2**100)) ** 3, (2**100) ** 0, 7 ** 77 % 1000)
print(~(2**100), -(2**100) & 0xffff, (2**100) | -1, (2**100) ^ -(2**100), -(2**70) & -(2**69), -5 & (2**80 - 1))
big = 1
for i in range(1, 60):
    big *= i
print(big, big.bit_length(), big.bit_count(), big % (2**61 - 1), hash(big))
print(int(str(big)) == big, int(hex(big), 16) == big, int(bin(-big), 0) == -big, -big // big, -big % big)
