# List comprehensions: filters, nesting, own scope.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2])
print([(x, y) for x in range(3) for y in range(x)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row])
x = 'unchanged'
print([x for x in 'abc'], x)
print([c.upper() if c in 'aeiou' else c for c in 'banana'])
print([i for i in range(3) if i in [j for j in range(2)]])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
print([(lambda y: y + 1)(n) for n in range(3)])
print([[y * 2 for y in range(x)] for x in range(4)])

def scope_test():
    n = 10
    return [n + k for k in range(3)]

print(scope_test())
print([w for w in 'the quick brown fox'.split() if len(w) > 3])
