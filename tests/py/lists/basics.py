# List creation, indexing, concatenation, repetition, membership.
a = [1, 2, 3]
print(a, len(a), a[0], a[-1], a[1:], a + [4], a * 2, [0] * 3, 2 in a, 5 not in a)
print(list(), list('ab'), list(range(3)), list((1, 2)), list({'k': 1}), [[]] * 2)
a[0] = 'one'
print(a)
nested = [[0] * 2 for _ in range(2)]
nested[0][0] = 1
print(nested)
shared = [[0] * 2] * 2
shared[0][0] = 1
print(shared)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0], [] < [0], [2] > [1, 9])
print(a.__len__(), bool([]), bool([0]))
print(min([3, 1, 2]), max([3, 1, 2]), sum([1, 2, 3]), sorted([3, 1, 2]))
x = [1, 2]
y = x
y += [3]
print(x, x is y)
x = x + [4]
print(x, y, x is y)
for bad in [lambda: a[3], lambda: a[-4], lambda: a['0'], lambda: [1] + (2,), lambda: a.__setitem__(10, 0)]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(list.__name__, type([]) is list)
