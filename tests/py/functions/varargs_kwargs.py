# *args collects extra positionals into a tuple, **kwargs extra keywords into a dict.
def f(a, *args, **kwargs):
    return a, args, kwargs

print(f(1))
print(f(1, 2, 3))
print(f(1, x=2, y=3))
print(f(1, 2, z=3))
print(f(a=1, b=2))

def count(*args):
    return len(args), type(args).__name__

print(count(), count(1, 2, 3))

def kw_only(**options):
    return sorted(options.items())

print(kw_only(b=2, a=1))

def forward(*args, **kwargs):
    return f(*args, **kwargs)

print(forward(9, 8, k='v'))

def order(**kw):
    return list(kw)

print(order(z=1, a=2, m=3))  # keyword order is preserved
try:
    f()
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, a=2)
except TypeError as e:
    print(type(e).__name__, e)
