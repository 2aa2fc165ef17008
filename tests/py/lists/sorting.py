# sort/sorted: key, reverse, stability, mixed types errors.
nums = [5, 2, 9, 1, 5, 6]
print(sorted(nums), sorted(nums, reverse=True), nums)
nums.sort()
print(nums)
words = ['banana', 'pie', 'Apple', 'cherry', 'fig']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y')]
print(sorted(pairs, key=lambda p: p[0]))  # stable: ties keep input order
print(sorted(pairs))
records = [{'n': 'x', 'age': 30}, {'n': 'y', 'age': 25}, {'n': 'z', 'age': 30}]
print([r['n'] for r in sorted(records, key=lambda r: -r['age'])])
try:
    sorted([1, 'a'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted('hello'), sorted({3: 'c', 1: 'a'}), sorted((2, 1)))
print(sorted([0.5, -1, 3, True]))
data = list(range(20, 0, -3))
data.sort(key=lambda v: v % 4)
print(data)

class Item:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return 'Item(%d)' % self.v

print(sorted([Item(3), Item(1), Item(2)]))
print(max([Item(3), Item(7)]), min(Item(5), Item(4)))
