# Function annotations are evaluated at definition time and kept in __annotations__.
def f(a: int, b: 'str' = 'x', *args: float, c: list = None, **kw: dict) -> bool:
    return True

print(f.__annotations__)

def g(x, y):
    pass

print(g.__annotations__)
calls = []

def ann(v):
    calls.append(v)
    return v

def h(p: ann('p')) -> ann('ret'):
    pass

print(calls)
print(h.__annotations__)
g.__annotations__['x'] = int
print(g.__annotations__)
lam = lambda x: x
print(lam.__annotations__)
