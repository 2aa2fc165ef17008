@deco
def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:
    "doc"
    total = a
    def inner():
        nonlocal total
        total += 1
        return total
    return inner

def g():
    global G
    G = lambda x, y=2: x + y
    return f(*args, key=1, **kw)
