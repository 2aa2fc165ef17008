# mappingproxy: the read-only view class __dict__ returns.
mappingproxy = type(type.__dict__)
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

base = {"a": 1}
mp = mappingproxy(base)
print(repr(mp), str(mp), mp["a"], mp.get("a"), mp.get("b", 2), mp.get("b"), len(mp), "a" in mp, list(mp))
print(mp.keys(), mp.values(), mp.items(), mp.copy(), type(mp.copy()).__name__)
print(mp | {"b": 2}, {"c": 1} | mp, mp == {"a": 1}, mp != {"a": 1}, list(reversed(mp)))
base["z"] = 26
print(mp, type(mp).__name__)
class C:
    x = 1
print(type(C.__dict__).__name__, C.__dict__["x"], "x" in C.__dict__)
def setit():
    mp["x"] = 1
def delit():
    del mp["a"]
def ior():
    global mp
    mp |= {"q": 1}
show(setit)
show(delit)
show(ior)
show(lambda: hash(mp))
show(lambda: mappingproxy([1]))
show(lambda: mappingproxy(1))
show(lambda: mappingproxy())
show(lambda: mp.get())
show(lambda: mp["missing"])
