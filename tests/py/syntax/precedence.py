# Operator precedence, from lowest to highest, checked pairwise.
print(1 or 0 and 0)            # and binds tighter than or
print(not 1 == 2)              # not is lower than comparison
print(1 | 2 ^ 3 & 4)           # & > ^ > |
print(1 << 2 + 1)              # + binds tighter than <<
print(2 * 3 ** 2)              # ** binds tighter than *
print(-3 ** 2)                 # unary minus is lower than **
print(2 ** -1)                 # but ** binds its right operand's unary minus
print(2 ** 3 ** 2)             # ** is right-associative
print(100 - 10 - 1)            # - is left-associative
print(100 // 10 // 3)
print(1 + 2 if False else 3 + 4)
print(5 & 3 == 1)              # comparison binds looser than &
print((5 & 3) == 1)
print(1 < 2 == 2 > 1)
print(-1 if 0 else -2 if 0 else -3)
print(not not 0)
print(~1 + 1)
print(3 - -3)
print(2 * -1 ** 2)
print(7 % 4 * 2)
print(8 >> 1 << 2)
print(1 + 1 < 3 and 2 * 2 == 4)
f = lambda x: x + 1 if x else 0
print(f(0), f(5))
print([1, 2, 3][1:] + [4] * 2)
print(not [] and 5)
x = 3
print(x in [1, 2, 3] and x is not None)
print(-x ** 2, (-x) ** 2)
print(10 - 2 ** 2 * 3 // 4 % 5)
