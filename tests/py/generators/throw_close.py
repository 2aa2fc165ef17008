# throw() raises inside the generator; close() raises GeneratorExit.
def worker():
    try:
        while True:
            try:
                x = yield
                print('processing', x)
            except ValueError as e:
                print('handled', e)
    finally:
        print('cleanup')

w = worker()
next(w)
w.send(1)
w.throw(ValueError('bad value'))
w.send(2)
w.close()
print('closed')
w.close()  # closing again is a no-op

def unhandled():
    yield 1
    yield 2

u = unhandled()
next(u)
try:
    u.throw(KeyError('k'))
except KeyError as e:
    print('propagated', repr(e))
print(list(u))

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse'

g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def catch_and_return():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit seen')
        raise

c = catch_and_return()
next(c)
c.close()

def throw_value():
    try:
        yield 'a'
    except TypeError:
        yield 'caught and yielded'

t = throw_value()
next(t)
print(t.throw(TypeError))
fresh = unhandled()
try:
    fresh.throw(IndexError('before start'))
except IndexError as e:
    print('not started', e)
print(list(fresh))
