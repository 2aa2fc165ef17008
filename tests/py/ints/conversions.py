# int() parsing and base conversions.
print(int('42'), int('  -17  '), int('+8'), int('1_000'), int(3.99), int(-3.99), int(True))
print(int('ff', 16), int('0xff', 16), int('0xff', 0), int('0o17', 0), int('0b101', 0), int('z', 36))
print(int('1010', 2), int('777', 8), int('  12  ', 5))
print(int('١٢٣'), int('１２'))
print(bin(10), oct(10), bin(-10), oct(0))
print(hex(255).upper(), hex(-1)[1:].upper(), format(255, 'x'))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'\xff', 'big', signed=True))
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (-1).to_bytes(2, 'big', signed=True))
print(int(), int('0'), int('-0'), int(2.5e10))
for args in [('abc',), ('1.5',), ('',), ('12', 1), ('12', 37), ('9', 8), ('0x10',), (None,), ([1],), ('1__0',)]:
    try:
        print(int(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    int(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(type(e).__name__, e)

class Indexable:
    def __index__(self):
        return 7

class Intable:
    def __int__(self):
        return 9

print(int(Intable()), bin(Indexable()), [10, 20, 30, 40, 50, 60, 70, 80][Indexable()])
print(int('10', base=Indexable()))
