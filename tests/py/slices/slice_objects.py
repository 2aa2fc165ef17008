# slice objects: attributes, indices(), repr, __getitem__ receiving slices.
sl = slice(1, 10, 2)
print(sl, sl.start, sl.stop, sl.step, repr(slice(5)), slice(None, None, -1))
print(sl.indices(5), slice(None, None, -1).indices(5), slice(-3, None).indices(10), slice(100).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(slice(1))
except TypeError as e:
    print(type(e).__name__, e)

class Recorder:
    def __getitem__(self, key):
        return key

r = Recorder()
print(r[1], r[1:2], r[::3], r[1:2, 3], r[...], r[:, None], r['a':'b'])
print(list(range(20))[slice(2, 12, 3)])
