# enumerate, zip, map, filter, reversed, iter(seq), iter(f, sentinel).
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(enumerate("abc")), list(enumerate("ab", 5)), list(enumerate([], 3)), list(enumerate("x", start=-1)))
e = enumerate("ab", 2**62 - 1)
print(next(e), next(e))
print(list(zip("ab", [1, 2, 3])), list(zip()), list(zip("a")), list(zip("abc", "de", strict=False)))
print(list(map(pow, [2, 3], [2, 3, 4])), list(map(str, range(3))), list(map(lambda *a: a, "ab", "cd", "ef")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda x: x % 2, range(7))), list(filter(bool, [0, 2])))
print(list(reversed([1, 2])), list(reversed((1, 2, 3))), list(reversed("abc")), list(reversed(range(3))))
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if 0 <= i < self.n:
            return i * 10
        raise IndexError(i)
print(list(reversed(Seq(3))), list(iter(Seq(4))), list(Seq(2)), 20 in Seq(3), type(iter(Seq(1))).__name__)
r = reversed((1, 2, 3))
print(type(r).__name__, r.__length_hint__(), next(r), r.__length_hint__())
class Rev:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(Rev())))
stack = [1, 2, 3, 0, 5]
print(list(iter(stack.pop, 0)), stack)
count = 0
def tick():
    global count
    count += 1
    if count > 5:
        raise StopIteration
    return count
print(list(iter(tick, 100)), type(iter(tick, 1)).__name__)
for name, it in (("enumerate", enumerate([])), ("zip", zip()), ("map", map(len, [])), ("filter", filter(None, []))):
    print(name, type(it).__name__, iter(it) is it)
class E(enumerate):
    pass
print(list(E("ab", 1)), isinstance(E("a"), enumerate))
show(lambda: enumerate())
show(lambda: enumerate(1))
show(lambda: enumerate([], 2, 3))
show(lambda: enumerate([], start="a"))
show(lambda: enumerate(x=1))
show(lambda: zip(1))
show(lambda: zip(a=1))
show(lambda: list(zip([1], [1, 2], strict=True)))
show(lambda: list(zip([1, 2], [1], strict=True)))
show(lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
show(lambda: list(zip([1], [1], [1, 2], strict=True)))
show(lambda: map(len))
show(lambda: map(len, 1))
show(lambda: filter(None))
show(lambda: filter(None, 1))
show(lambda: reversed())
show(lambda: reversed(1))
show(lambda: reversed({1}))
show(lambda: reversed([], 1))
show(lambda: next(iter([])))
show(lambda: next(zip()))
