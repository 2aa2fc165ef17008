# Tuples: creation, immutability, methods, comparison, hashing.
t = (1, 'two', 3.0)
print(t, len(t), t[1], t[-1], t[:2], t + (4,), t * 2, 'two' in t)
print((), (1,), tuple(), tuple('ab'), tuple([1, 2]), tuple(range(3)), 1, (1))
print(type(()).__name__, type((1,)).__name__, type((1)).__name__)
print(t.count(1), (1, 2, 1).count(1), (1, 2, 3).index(2))
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1, 2).index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[5]
except IndexError as e:
    print(type(e).__name__, e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), (1,) == [1])
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'tuple key'})
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
mutable_inside = ([1],)
mutable_inside[0].append(2)
print(mutable_inside)
try:
    mutable_inside[0] += [3]
except TypeError as e:
    print(type(e).__name__, e)
print(mutable_inside)
x = 1, 2, 3
print(x, ((1, 2), (3,)), (1, (2, (3, (4,)))))
print(max((1, 5), (1, 4)), sorted([(2, 'a'), (1, 'b')]), sum((1, 2, 3)))
a, b = b, a = 1, 2
print(a, b)
print(tuple(x for x in range(3)), (*range(2), 9))
