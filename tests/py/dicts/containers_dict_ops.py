# dict: methods, errors, views, ordering, mutation during iteration, subclasses.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {"a": 1, "b": 2}
d["c"] = 3; d["a"] = 10; del d["b"]; d["b"] = 4
print(d, len(d), list(d), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 5), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "dflt"), d.popitem(), d.popitem(), d)
d.update({"x": 1}, y=2); d.update([("z", 3)]); d.update(w=0)
print(d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict(a=1), dict([(1, 2)], b=3), dict({1: 2}))
e = d.copy(); e.clear(); print(e, d == e, d != e)
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} == {2: 1}, {} == {}, {1: [1]} == {1: [1]})
print({1: 1, True: 2, 1.0: 3}, {0: "a", False: "b"})
print({"a": 1} | {"b": 2}, {"a": 1} | {"a": 3})
f = {"a": 1}; f |= {"c": 2}; f |= [("d", 4)]; print(f)
print(list(reversed({1: 1, 2: 2, 3: 3})), list(reversed({1: 1}.items())))
print(3 in {3: 0}, 4 not in {3: 0}, hash(3) == hash(3.0), {3: "int"}[3.0])
r = {}; r["self"] = r; print(r)
show(lambda: {}[1])
show(lambda: {}["k"])
show(lambda: {}.pop(1))
show(lambda: {}.popitem())
show(lambda: {}.get())
show(lambda: {}.get(k=1))
show(lambda: dict(1))
show(lambda: dict([1]))
show(lambda: dict([(1, 2, 3)]))
show(lambda: dict(1, 2))
show(lambda: {}.update(1, 2))
show(lambda: {[]: 1})
show(lambda: {} | 1)
show(lambda: {} < {})
show(lambda: hash({}))
show(lambda: {}.keys(1))
def mutate_size():
    d = {1: 1}
    for k in d:
        d[2] = 2
def mutate_keys():
    d = {1: 1}
    for k in d.values():
        del d[1]
        d[3] = 3
show(mutate_size)
show(mutate_keys)

class D(dict):
    def __missing__(self, key):
        return key * 2
dd = D(a=1)
print(dd["a"], dd["zz"], dd, type(dd.copy()).__name__, "zz" in dd, dd.get("q"))
class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counter()
for ch in "hello":
    c[ch] = c[ch] + 1
print(c)
it = iter({1: 2, 3: 4})
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
order = {}
for i in [5, 3, 9, 1]:
    order[i] = i
del order[3]
order[3] = 0
print(order, list(order.keys()))
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), sum(big), list(big)[:5])
