# abs, divmod, pow, round, sum, min, max, bin/oct/hex.
print(abs(-3), abs(2.5), abs(-0.0), abs(3 + 4j), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(pow(2, 8), pow(2, 8, 5), pow(2.0, 3), pow(4, 0.5), pow(-8, 1 / 3).real > 0)
print(round(3.14159, 2), round(2.5), round(-0.5), round(7), round(1234.5678, -2), round(5, -1), round(15, -1))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 3), sum([[1], [2]], []), sum(range(5), start=100))
print(min(3, 1, 2), max('apple', 'pear', key=len), min([], default='empty'), max([1, 5], default=0))
print(min((2, 'b'), (1, 'z')), max([3, 9, 9], key=lambda x: -x))
print(hex(255)[2:], oct(8), bin(5), hex(-255)[3:], bin(0))
for bad in [lambda: min([]), lambda: max(), lambda: sum(['a', 'b'], ''), lambda: abs('x'), lambda: round('1'),
            lambda: divmod('a', 1), lambda: pow(2, 3, 4.0), lambda: hex(1.5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
