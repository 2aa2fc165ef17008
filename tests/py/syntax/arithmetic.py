# The simplest arithmetic on small ints and floats, printed with print().
print(1 + 2)
print(7 - 10)
print(6 * 7)
print(7 / 2)
print(7 // 2)
print(-7 // 2)
print(7 % 3)
print(-7 % 3)
print(7 % -3)
print(2 ** 10)
print(2 ** -1)
print(-2 ** 2)
print((-2) ** 2)
print(10 / 5)
print(1 + 2 * 3)
print((1 + 2) * 3)
print(1.5 + 2)
print(0.1 + 0.2)
print(3 * 1.0)
print(+5, -5, -(-5))
print(~5, ~-1)
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 2
print(x)
x //= 5
print(x)
x **= 3
print(x)
x %= 7
print(x)
x /= 2
print(x)
