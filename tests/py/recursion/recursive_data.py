# Recursion over data: repr of deep nesting, recursive equality, comparison errors.
nested = []
cur = nested
for _ in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(str(nested)[:20], len(str(nested)))

def tree_sum(t):
    return t if isinstance(t, int) else sum(tree_sum(c) for c in t)

print(tree_sum([1, [2, [3, [4, [5]]]], 6]))
a = [1]
a.append(a)
b = [1]
b.append(b)
try:
    print(a == b)
except RecursionError as e:
    print(type(e).__name__, e)
print(a == a)
deep = 0
for _ in range(100000):
    deep = [deep]
try:
    repr(deep)
except RecursionError as e:
    print(type(e).__name__, e)
print('recovered')
