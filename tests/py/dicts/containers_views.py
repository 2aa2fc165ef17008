# dict views: repr, live updates, set operations, comparisons, mapping.
d = {1: "a", 2: "b", 3: "c"}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), len(v), len(i))
d[4] = "d"
print(k, list(v), 4 in k, "d" in v, (4, "d") in i, (4, "x") in i, [4] in i, 5 in k)
print(k & {1, 2, 9}, {1, 9} & k, k | {7}, [7] | k, k - {1}, {1, 8} - k, k ^ {1, 8}, {8} ^ k)
print(i & {(1, "a")}, sorted(i - {(1, "a")}))
print(k == {1, 2, 3, 4}, k != {1}, k < {1, 2, 3, 4, 5}, k <= {1, 2, 3, 4}, k > {1}, k >= {9})
print(k == {1: 0, 2: 0, 3: 0, 4: 0}.keys(), k.isdisjoint([9, 10]), k.isdisjoint({1}), i.isdisjoint([(1, "a")]))
print(k.mapping, type(k.mapping).__name__, v.mapping["1" if False else 1])
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__)
for name, view in (("keys", k), ("items", i), ("values", v)):
    try:
        hash(view)
    except TypeError as e:
        print(name, "TypeError", e)
try:
    [1] in k
except TypeError as e:
    print("TypeError", e)
r = {}
r[1] = r.values()
print(r)
e = {}
print(e.keys(), e.values(), e.items(), e.keys() == set())
