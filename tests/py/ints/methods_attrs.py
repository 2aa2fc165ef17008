# int methods, attributes, round() and conversions.
for n in [0, 1, -1, 255, -256, 2**70, -(2**70) - 1, True]:
    print(n, n.real, n.imag, n.numerator, n.denominator, n.conjugate(), n.as_integer_ratio())
    print(n.__trunc__(), n.__floor__(), n.__ceil__(), n.__round__(), round(n, 2), round(n, -1), round(n, -2))
    print(n.__index__(), n.__int__(), float(n), n.__getnewargs__(), n.__sizeof__())
print(round(15, -1), round(25, -1), round(-25, -1), round(35, -1), round(5, -30), round(1234567, -3))
print(type(round(True)), type(round(True, 0)), round(5, None))
for n, length, order, signed in [(0, 0, 'big', False), (1, 2, 'little', False), (-1, 1, 'big', True),
                                  (-128, 1, 'big', True), (255, 1, 'big', False), (2**64, 9, 'little', False),
                                  (-(2**63), 8, 'big', True), (-1, 0, 'big', True), (65535, 3, 'big', True)]:
    b = n.to_bytes(length, order, signed=signed)
    print(n, b, int.from_bytes(b, order, signed=signed))
print((5).to_bytes(), int.from_bytes(b'\x01\x02'), int.from_bytes([1, 2], 'little'), int.from_bytes(b'\xff\x00', 'little', signed=True))
print(bool.from_bytes(b'\x01'), int.from_bytes(bytearray(b'\x80'), signed=True), (1).to_bytes(length=2, byteorder='little'))
for e in ['(300).to_bytes()', '(-1).to_bytes()', '(1).to_bytes(-1)', '(1).to_bytes(2, "middle")', '(128).to_bytes(1, signed=True)',
          '(-129).to_bytes(1, signed=True)', '(-2).to_bytes(0, signed=True)', '(1).to_bytes(1.5)', '(1).to_bytes(2, 5)',
          'int.from_bytes("ab", "little")', 'int.from_bytes(5)', 'int.from_bytes([256])', 'int.from_bytes(["a"])',
          'int.from_bytes(b"a", "big", True)', 'int.from_bytes()', 'round(5, 1.5)', '(1).bit_length(1)',
          '(1).__add__()', '(1).__add__(1, 2)', '(1).__neg__(1)', '(2).__pow__()', '(2).__pow__(1, 2, 3)',
          '(1).__round__(1, 2)', '(1).__format__()', '(1).__round__(x=1)', '(1).to_bytes(1, "big", 1)']:
    try:
        print(e, '->', eval(e))
    except Exception as x:
        print(e, '!!', type(x).__name__, x)
class MyInt(int):
    pass
m = MyInt(5)
print(m, repr(m), type(m).__name__, m + 1, type(m + 1).__name__, -m, type(-m).__name__, type(+m).__name__)
print(type(int(m)).__name__, m == 5, hash(m) == hash(5), MyInt(2**80), MyInt('ff', 16), MyInt() , isinstance(m, int))
print(m.real, type(m.real).__name__, type(m.numerator).__name__, m.bit_length(), float(m), m.__index__())
m.attr = 'x'
print(m.attr, {5: 'five'}[m], [10, 20, 30, 40, 50, 60][m])
class Big(int):
    def __repr__(self):
        return 'Big(%d)' % int(self)
print(repr(Big(3)), str(Big(3)), f'{Big(3)}', format(Big(3), 'x'))
print(True.real, True.numerator, False.imag, True.as_integer_ratio(), True.bit_length(), True.to_bytes())
