# list: mutation methods, slice assignment/deletion, in-place operators, errors.
def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

l = [3, 1, 2]
l.append(4); l.insert(0, 0); l.insert(-1, 9); l.insert(100, 7); l.insert(-100, -1)
print(l)
l.extend((5, 6)); l.extend(range(2)); l.extend("ab")
print(l, len(l))
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(9)
print(l, l.index(2), l.index(0, 3), l.count(0))
l.reverse(); print(l)
c = l.copy(); c.clear(); print(c, l[:2])
m = [1, 2]
m.extend(m); print(m)
m += m; print(m)
m *= 2; print(len(m))
m *= 0; print(m)
n = [1, 2, 3]
n += "xy"; print(n)
print([1, 2] + [3], [0] * 3, 3 * [1, 2], [1] * -1, [[]] * 2)

s = list(range(10))
s[2:5] = ["a", "b"]; print(s)
s[1:1] = [0, 0, 0]; print(s)
s[::2] = range(len(s[::2])); print(s)
s[5:2] = ["x"]; print(s)
del s[::3]; print(s)
del s[-2:]; print(s)
s[:] = s; print(s)
s[1:3] = s; print(s)
del s[::-2]; print(s)
s[::-1] = list(range(len(s))); print(s)
s[len(s):] = [99]; print(s)
t = [1, 2, 3, 4, 5]
t[1::2] = "ab"; print(t)
del t[10:]; del t[:0]; print(t)
u = [0, 1, 2, 3]
u[-1] = "last"; u[0] = "first"; del u[1]; print(u)

show(lambda: [].pop())
show(lambda: [1].pop(5))
show(lambda: [1].remove(2))
show(lambda: [1].index(2))
show(lambda: [1, 2][2])
key = "a"
show(lambda: [1][key])
show(lambda: [1][10**20])
show(lambda: [1].pop(10**20))
show(lambda: [].insert("a", 1))
def setitem(obj, k, v):
    obj[k] = v
def delitem(obj, k):
    del obj[k]
show(lambda: setitem([1], 5, 0))
show(lambda: delitem([1], 5))
show(lambda: setitem([1, 2, 3], slice(None, None, 2), [1]))
show(lambda: setitem([1, 2, 3], slice(None, None, 2), 1))
show(lambda: setitem([1, 2, 3], slice(0, 1), 1))
show(lambda: [1] + (2,))
show(lambda: [1] * 1.5)
show(lambda: hash([]))
show(lambda: [].append())
show(lambda: [].insert(1))
show(lambda: [].reverse(1))
show(lambda: list(1, 2))
show(lambda: list(a=1))
show(lambda: [1, "a"] < ["a", 1])

print([1, 2] < [1, 3], [1, 2] == [1, 2], [2] > [1, 5], [] <= [], [1, [2]] == [1, [2]])
print(list(reversed([1, 2, 3])), type(reversed([])).__name__, type(iter([])).__name__)
r = reversed([1, 2, 3]); next(r)
print(r.__length_hint__(), list(r))
i = iter([1, 2, 3]); next(i)
print(i.__length_hint__())
class L(list):
    pass
x = L([3, 1])
x.sort(); print(x, type(x).__name__, type(x + x).__name__, type(x[:]).__name__, type(x.copy()).__name__)
x.__init__("ab"); print(x)
