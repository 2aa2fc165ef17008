# Chained comparisons evaluate each operand once and short-circuit.
calls = []

def v(x):
    calls.append(x)
    return x

print(1 < 2 < 3)
print(1 < 3 < 2)
print(3 > 2 > 1 > 0)
print(1 == 1 == 1.0)
print(1 < 2 > 1)
print(1 != 2 != 1)
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print(calls)
calls.clear()
print(v(1) < v(5) > v(2) == v(2))
print(calls)
x = 5
print(0 <= x < 10)
print(0 <= x < 5)
print(1 in [1, 2] in [[1, 2], 3])
print(None is None is not False)
print('a' < 'b' < 'c')
print([1] < [1, 0] < [2])
print((1, 2) <= (1, 2) < (1, 3))
