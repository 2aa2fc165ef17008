# Errors from unpacking, iteration protocols, calls on non-callables, and argument unpacking.
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ':', e)

def unpack2(v):
    a, b = v

show(lambda: unpack2([1, 2, 3]))
show(lambda: unpack2([1]))
show(lambda: unpack2(5))
show(lambda: unpack2(None))
show(lambda: [*5])
show(lambda: {**5})
show(lambda: dict(**{'a': 1}, **{'a': 2}))
show(lambda: print(*None))
show(lambda: (lambda: 0)(**{'x': 1}))
not_callables = ['string', [1], None]
for obj in not_callables:
    show(lambda: obj())

class NotIter:
    pass

show(lambda: list(NotIter()))
show(lambda: [x for x in NotIter()])
show(lambda: len(NotIter()))
show(lambda: NotIter()[0])
show(lambda: NotIter()(1))

class BadIter:
    def __iter__(self):
        return 5

show(lambda: list(BadIter()))

class BadLen:
    def __len__(self):
        return -1

show(lambda: len(BadLen()))

class BadBool:
    def __bool__(self):
        return 'yes'

show(lambda: bool(BadBool()))

class BadInit:
    def __init__(self):
        return 5

show(lambda: BadInit())
