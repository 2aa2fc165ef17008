# Tuples as records: unpacking, swapping, returning several values, zip.
def min_max(values):
    return min(values), max(values)

lo, hi = min_max([4, 2, 9])
print(lo, hi)
points = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*points)
print(xs, ys)
print(list(zip(xs, ys)) == points)
print(dict([('a', 1), ('b', 2)]))
for i, (x, y) in enumerate(points, start=1):
    print(i, x * y)
print(sorted(points, key=lambda p: -p[1]))
students = [('ann', 90), ('bob', 85), ('cy', 90)]
print(sorted(students, key=lambda s: (-s[1], s[0])))
print(divmod(17, 5), tuple(reversed((1, 2, 3))))
