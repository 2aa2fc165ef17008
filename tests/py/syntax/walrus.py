# Assignment expressions (:=) in conditions, comprehensions and calls.
data = [1, 5, 2, 8, 3]
if (n := len(data)) > 3:
    print('long list', n)

items = iter(data)
while (item := next(items, None)) is not None:
    print('item', item)

print([y for x in data if (y := x * 2) > 5])
print(y)  # the comprehension binds y in the enclosing scope

def f():
    total = 0
    vals = [total := total + v for v in range(5)]
    return vals, total

print(f())
print((z := 10), z)
print(max((w := 3), 2), w)
import re
if m := re.match(r'(\d+)', '42abc'):
    print(m.group(1))

def g():
    [(k := i) for i in range(3)]
    return k

print(g())
print([last := i for i in 'abc'], last)
