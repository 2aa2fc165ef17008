# yield from delegates iteration, send, throw and returns the subgenerator's value.
def inner():
    x = yield 'inner-1'
    print('inner got', x)
    yield 'inner-2'
    return 'inner result'

def outer():
    result = yield from inner()
    print('outer got', result)
    yield 'outer-done'

g = outer()
print(next(g))
print(g.send('sent'))
print(next(g))
try:
    next(g)
except StopIteration:
    print('finished')

def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

def from_iterables():
    yield from range(3)
    yield from 'ab'
    yield from {'k': 1}

print(list(from_iterables()))

def catcher():
    try:
        yield 1
    except ValueError:
        yield 'inner caught'

def delegator():
    yield from catcher()

d = delegator()
next(d)
print(d.throw(ValueError))

def closer():
    try:
        yield 1
    finally:
        print('inner finally')

def delegate_close():
    yield from closer()

dc = delegate_close()
next(dc)
dc.close()
