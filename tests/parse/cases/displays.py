[]
[1, 2, 3,]
[*a, *b, c]
{}
{1: 2, **d, 3: 4}
{**a, **b}
{1, 2, *s}
()
(1, *t)
[x for x in y]
[x for x in y if x if not z]
[x * y for x in a for y in b]
{x for x in y}
{k: v for k, v in items}
(x for x in y)
[(x, y) for x, y in z]
[x async for x in aiter()]
[x for x in await y]
{(yield): 1}
f(x for x in y)
f(*args, **kwargs)
f(a, *b, c=1, *d, e=2, **f)
f(a)(b)
f(x=1, y=2)
f(a, b, c,)
f(**k, x=1)
print(*a, sep="", end="\n")
