# __closure__ holds cell objects; co_freevars / co_cellvars name them.
def outer(a):
    b = 'bee'
    def inner():
        return a, b
    return inner

f = outer(1)
print(f())
print(f.__code__.co_freevars)
print(outer.__code__.co_cellvars)
print(len(f.__closure__))
print([c.cell_contents for c in f.__closure__])
print(type(f.__closure__[0]).__name__)

def no_free():
    return 1

print(no_free.__closure__)

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

inc = counter()
inc(); inc()
print(inc.__closure__[0].cell_contents)
inc.__closure__[0].cell_contents = 10
print(inc())

def unfilled():
    def g():
        return late
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    late = 1
    return g()

print(unfilled())
