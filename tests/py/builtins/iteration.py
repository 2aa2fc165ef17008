# enumerate, zip, map, filter, reversed, sorted, iter, next, any, all.
print(list(enumerate('abc')), list(enumerate('ab', start=10)))
print(list(zip('abc', [1, 2, 3], (True, False, None))), list(zip()), list(zip('ab', 'xyz')))
try:
    list(zip('ab', 'xyz', strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(str.upper, 'ab')))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(str.isdigit, 'a1b2')))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))), list(reversed((1, 2))))
print(any([]), all([]), any([0, '', 1]), all([1, 'a', [0]]), any(x > 2 for x in range(4)), all(x < 2 for x in range(4)))
it = iter([10, 20])
print(next(it), next(it), next(it, 'done'))
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
print(type(enumerate([])).__name__, type(zip()).__name__, type(map(str, [])).__name__, type(reversed([])).__name__)
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)

class Countdown:
    def __init__(self, n):
        self.n = n
    def __reversed__(self):
        return iter(range(1, self.n + 1))
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError
        return self.n - i

print(list(reversed(Countdown(3))), list(Countdown(3)), len(Countdown(4)))
