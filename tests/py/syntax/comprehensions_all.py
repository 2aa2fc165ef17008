# List, set, dict and generator comprehensions: nesting, conditions, own scope.
print([x * 2 for x in range(4)])
print({x % 3 for x in range(10)})
print({x: x ** 2 for x in range(4)})
print(sum(x for x in range(5)))
print([[i * j for j in range(3)] for i in range(3)])
print({(i, j) for i in range(2) for j in range(2) if i != j} == {(0, 1), (1, 0)})
print({k: [v for v in range(k)] for k in range(3)})
print([y for x in [[1, 2], [3]] for y in x if y != 2])
i = 'outer i'
print([i for i in range(2)], i)
print({i: None for i in 'ab'}, i)
print(list(i for i in range(2)), i)
data = [3, 1, 2]
print(sorted({v: k for k, v in enumerate(data)}.items()))
print([f'{n:02d}' for n in range(3)])
print([(lambda v=v: v)() for v in range(3)])
print(any(n > 1 for n in data), all(n > 0 for n in data))
print([n for n in range(30) if n % 2 if n % 3 if n % 5])
