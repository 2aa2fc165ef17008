def f(): pass
def g(a, b, /, c, d=1, *args, e, f=2, **kwargs) -> "ret":
    return a
def h(a, /): return
def i(*, a, b=3): ...
def j(a: int = 1, *args: str, b: bool, **kw: dict) -> None: pass
def k(a, b=1, /, c=2): pass
def l(*args: *Ts): pass

@decorator
@decorator.attr(arg)
@(lambda f: f)
def decorated(x):
    "docstring"
    return x

async def coro(x):
    await x
    async for y in x:
        pass
    async with x as y, z:
        pass
    return [i async for i in x]

@dec
async def decorated_coro(): pass

def gen():
    yield
    yield 1
    x = yield 2
    yield from other()
    y = yield a, b
    yield *a, b

def outer():
    x = 1
    def inner():
        nonlocal x
        global y
        x = 2
    return inner
