# Generator expressions are lazy and have their own scope.
gen = (x * x for x in range(5))
print(type(gen).__name__)
print(next(gen), next(gen))
print(list(gen))
print(list(gen))
log = []

def src():
    for i in range(3):
        log.append(i)
        yield i

g = (v + 1 for v in src())
print(log)
print(next(g), log)
print(sum(v for v in range(101)))
print(max(len(w) for w in ['a', 'abc', 'ab']))
print(list((i, j) for i in range(3) for j in range(i)))
print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))
try:
    (1 / 0 for _ in range(1))
    print('no error yet: the body is lazy')
    bad = (x for x in 1)
except TypeError as e:
    print(type(e).__name__, e)
print(', '.join(str(n) for n in range(4)))
x = 'outer'
list(x for x in range(3))
print(x)
print(sorted((c for c in 'hello'), reverse=True))
