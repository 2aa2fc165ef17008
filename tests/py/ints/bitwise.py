# Bitwise operators on positive and negative ints.
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (0, 7)]:
    print(a, b, a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(1 << 0, 1 << 62, 1 << 63, -1 >> 100, 5 >> 100)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.5 & 1
except TypeError as e:
    print(type(e).__name__, e)
print(True & False, True | False, True ^ True, type(True & True).__name__, ~True)
print(bin(0b1010 & 0b0110), bin(-5), oct(-8))
print((0b1111).bit_count(), (-7).bit_count())
