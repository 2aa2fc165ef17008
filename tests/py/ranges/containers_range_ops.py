# range: indexing, slicing, contains, index/count, equality, hash, big ranges.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

r = range(0, 10, 3)
print(r, range(5), range(2, 5), range(5, 0, -1), r[1], r[-1], r[::-1], r[1:3], r[::2], len(r))
print(list(r), list(reversed(r)), list(range(5, 0, -2)), list(range(0)), list(range(3, 1)))
print(6 in r, 7 in r, 6.0 in r, True in range(2), "a" in r, r.index(6), r.count(6), r.count(6.0))
print(range(0) == range(5, 2), range(0, 3) == range(0, 3, 1), range(1, 2, 5) == range(1, 3, 7), range(3) != range(4))
print(hash(range(0)) == hash(range(4, 1)), hash(range(1, 2)) == hash(range(1, 5, 10)), hash(range(3)) == hash(range(0, 3)))
print(r.start, r.stop, r.step, bool(range(0)), bool(range(1)), range(3).__reduce__())
big = range(10**20)
print(big[10**19], big[-1], big[10**19:][:3], 10**19 in big, big.index(5), len(range(0, 10**20, 10**19)))
print(range(-5, 5)[::-3], list(range(-5, 5)[::-3]), range(10)[2:100:4], range(10)[-100:100])
print(list(range(2**62 - 2, 2**62 + 2)), list(range(10**20, 10**20 + 3)))
print(list(reversed(range(10**20, 10**20 + 3))))
it = iter(range(3)); next(it)
print(type(it).__name__, it.__length_hint__(), list(it))
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
show(lambda: range())
show(lambda: range(1, 2, 3, 4))
show(lambda: range(1, 2, 0))
show(lambda: range("a"))
show(lambda: range(1.5))
show(lambda: range(a=1))
show(lambda: range(3)[5])
show(lambda: range(3)["a"])
show(lambda: range(3).index(5))
show(lambda: range(3).index("a"))
show(lambda: len(big))
show(lambda: range(3) < range(4))
def set_start():
    range(1).start = 2
show(set_start)
