# Slicing sequences with start/stop/step, negative values and out-of-range bounds.
s = 'abcdefghij'
l = list(range(10))
for sl in [(None, None, None), (2, None, None), (None, 3, None), (2, 8, 2), (-3, None, None),
           (None, -3, None), (None, None, -1), (8, 2, -2), (-1, -5, -1), (100, 200, None),
           (-100, 3, None), (None, None, 3), (5, 0, -1), (0, 5, -1), (None, None, -3)]:
    sobj = slice(*sl)
    print(sl, s[sobj], l[sobj], tuple(l)[sobj], bytes(s, 'ascii')[sobj])
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s['a':]
except TypeError as e:
    print(type(e).__name__, e)
print(s[1:-1:1], s[-2:], s[:-2], s[:], s[::], s[5:1])
