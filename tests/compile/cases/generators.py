def gen(xs):
    for x in xs:
        received = yield x
    yield from xs

async def coro(fut):
    return await fut
