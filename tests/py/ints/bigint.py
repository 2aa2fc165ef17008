# Arbitrary precision integers.
a = 2 ** 200
print(a)
print(a + 1, a - 1)
print(a * a)
print(a // 3, a % 3)
print(-a // 7, -a % 7)
print(len(str(3 ** 1000)))
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(f // (2 ** 40), f % 1000003)
print(divmod(10 ** 30 + 7, 10 ** 15))
print((10 ** 20) ** 3 == 10 ** 60)
print(2 ** 64 - 1, -(2 ** 63), 2 ** 63)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print((2 ** 100) >> 90, 1 << 100, (2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1)
print(-(2 ** 70) >> 3, ~(2 ** 70))
print(int('123456789' * 5), int('-' + '9' * 40))
print(abs(-(10 ** 25)), pow(12345678901234567890, 3, 10 ** 9 + 7))
print((10 ** 40) / 10 ** 20, 10 ** 40 // 10 ** 20)
print(hash(2 ** 100) == hash(2 ** 100), 2 ** 100 == 2.0 ** 100)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (10 ** 400) / 1
except OverflowError as e:
    print(type(e).__name__, e)
print(sum(range(10 ** 6)), max(10 ** 30, 10 ** 29))
print(str(-(3 ** 100)))
print(bin(2 ** 70)[:8], oct(2 ** 70)[:6])
