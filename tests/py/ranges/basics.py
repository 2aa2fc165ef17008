# range objects: lazy, indexable, sliceable, comparable.
r = range(10)
print(r, list(r), len(r), r[3], r[-1], r[2:5], r[::3], r[::-1])
print(range(2, 10, 3), list(range(2, 10, 3)), list(range(10, 0, -3)), list(range(5, 5)), list(range(5, 0)))
print(range(0, 10, 2).start, range(0, 10, 2).stop, range(0, 10, 2).step)
print(5 in r, 10 in r, 4.0 in r, 'a' in r, 3 in range(0, 10, 2))
print(r.index(4), r.count(4), range(0, 20, 5).index(15))
big = range(10 ** 20)
print(len(big) if False else big[-1], big[10 ** 19], 10 ** 19 in big)
try:
    len(range(2 ** 64))
except OverflowError as e:
    print(type(e).__name__, e)
print(range(0) == range(5, 5), range(0, 10, 2) == range(0, 9, 2), range(3) == [0, 1, 2])
print(hash(range(3)) == hash(range(0, 3, 1)), bool(range(0)), bool(range(1)))
for bad in [lambda: range(1, 2, 0), lambda: r[10], lambda: range(1.5), lambda: r.index(20), lambda: range()]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(list(reversed(range(1, 8, 2))), sum(range(101)), max(range(7)), sorted(range(3), reverse=True))
print(range(-5, 5, 2)[1:3], list(range(-5, 5, 2)[1:3]), range(1, 2, 3)[0])
print(repr(range(0, 5, 1)), str(range(3, 6)))
