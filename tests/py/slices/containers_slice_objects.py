# slice objects: repr, indices, comparisons, hashing, use in __getitem__.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = slice(1, 2)
print(s, slice(5), slice(1, 2, 3), slice(None), slice("a", None, [1]))
print(s.start, s.stop, s.step, slice(5).start)
print(s.indices(10), slice(None, None, -1).indices(5), slice(-100, 100, 3).indices(10), slice(2, -2).indices(3))
print(slice(10**30, -10**30, -10**20).indices(10**25))
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(1) != slice(2), s.__reduce__())
class Seq:
    def __getitem__(self, k):
        return k
q = Seq()
print(q[1:2], q[::3], q[:, 1:], q[1:2:None], q[...])
print("abcdef"[slice(1, None, 2)], [0, 1, 2, 3][slice(-2, None)])
class Idx:
    def __index__(self):
        return 2
print([0, 1, 2, 3, 4][Idx():], [0, 1, 2, 3][:Idx()], (0, 1, 2, 3)[::Idx()], range(10)[Idx()::Idx()])
show(lambda: hash(s))
show(lambda: slice())
show(lambda: slice(1, 2, 3, 4))
show(lambda: slice(a=1))
show(lambda: slice(1).indices(-1))
show(lambda: slice(1).indices("a"))
show(lambda: slice("a").indices(3))
show(lambda: slice(1, 2, 0).indices(3))
show(lambda: [1, 2][::0])
show(lambda: [1, 2]["a":])
show(lambda: [1][1.5:])
def assign():
    s.start = 3
show(assign)
