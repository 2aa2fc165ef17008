# list.sort / sorted: stability, key, reverse, errors and mutation during sort.
import random
random.seed(5)
data = [(random.randint(0, 9), i) for i in range(200)]
s = sorted(data, key=lambda p: p[0])
print(all(s[i][0] < s[i + 1][0] or (s[i][0] == s[i + 1][0] and s[i][1] < s[i + 1][1]) for i in range(199)))
r = sorted(data, key=lambda p: p[0], reverse=True)
print(all(r[i][0] > r[i + 1][0] or (r[i][0] == r[i + 1][0] and r[i][1] < r[i + 1][1]) for i in range(199)))
print(sorted([3, 1, 2]), sorted("hello"), sorted([3.5, -1.0, 2.25]), sorted([1, 2.5, True, -3]))
print(sorted(["b", "A", "a", "B"], key=str.lower), sorted([[2, 1], [1, 2], [1]]))
print(sorted(range(20), key=lambda x: x % 3))
big = list(range(1000, 0, -1))
big.sort(); print(big[:3], big[-3:], big == sorted(big))
nums = [random.random() for _ in range(500)]
print(sorted(nums) == sorted(nums, reverse=True)[::-1])
words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
words.sort(key=len); print(words)
words.sort(key=len, reverse=True); print(words)

class Weird:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        if self.v == 3 or other.v == 3:
            raise ValueError("no 3")
        return self.v < other.v
    def __repr__(self): return "W%d" % self.v
w = [Weird(i) for i in [5, 3, 1, 4, 2]]
try:
    w.sort()
except ValueError as e:
    print("ValueError", e)
print(sorted(x.v for x in w))

m = [3, 2, 1]
def bad_key(x):
    m.append(x)
    return x
try:
    m.sort(key=bad_key)
except ValueError as e:
    print("ValueError", e)
print(m)
seen = []
def peek(x):
    seen.append(len(m2))
    return x
m2 = [2, 1]
m2.sort(key=peek); print(seen, m2)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError", e)
try:
    [3, 1].sort(key=1)
except TypeError as e:
    print("TypeError", e)
try:
    [].sort(1)
except TypeError as e:
    print("TypeError", e)
try:
    [].sort(foo=1)
except TypeError as e:
    print("TypeError", e)
k = [2, 1]
def failing(x):
    if x == 1:
        raise KeyError(x)
    return x
try:
    k.sort(key=failing)
except KeyError as e:
    print("KeyError", e)
print(k)
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([], reverse=True))
