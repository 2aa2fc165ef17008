# dict comprehensions and the | and |= operators.
squares = {n: n * n for n in range(6) if n % 2 == 0}
print(squares)
inverted = {v: k for k, v in {'a': 1, 'b': 2}.items()}
print(inverted)
print({c: 'aeiou'.count(c) for c in 'hello' if c in 'aeiou'})
print({k: v for k, v in zip('abc', range(3))})
print({x % 3: x for x in range(10)})
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a)
a |= b
print(a)
a |= [('w', 0)]
print(a)
try:
    a | [('q', 1)]
except TypeError as e:
    print(type(e).__name__, e)
nested = {i: {j: i * j for j in range(3)} for i in range(2)}
print(nested)
