# Messages for missing names, attributes, keys and indices.
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ':', e)

show(lambda: undefined_variable)
show(lambda: [][0])
show(lambda: [1, 2][5])
show(lambda: (1,)[3])
show(lambda: 'abc'[10])
show(lambda: range(3)[3])
show(lambda: b'x'[4])
show(lambda: {}['key'])
show(lambda: {'a': 1}[('t', 1)])
show(lambda: {}[1.5])
show(lambda: [].missing)
show(lambda: None.attr)
show(lambda: (5).bad)
show(lambda: 'str'.nope)
show(lambda: int.nope)
import math
show(lambda: math.nope)

class C:
    pass

show(lambda: C().field)
show(lambda: C.field)
show(lambda: [1, 2, 3].pop(10))
show(lambda: {}.popitem())
show(lambda: set().remove(1))
show(lambda: 'abc'.index('z'))
show(lambda: [1].index(2))
show(lambda: __import__('no_such_module_xyz'))
