# CPython's messages for calls with wrong arguments.
def f(a, b):
    pass

def g(a, b=1, *, c):
    pass

def h():
    pass

class C:
    def m(self, x):
        pass

cases = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, c=3),
    lambda: f(1, a=1),
    lambda: g(1),
    lambda: g(1, 2, 3),
    lambda: h(1),
    lambda: h(x=1),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(),
    lambda: (lambda x: x)(),
    lambda: f(**{1: 2}),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(type(e).__name__, e)
