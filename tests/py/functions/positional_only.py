# Positional-only parameters before /.
def f(a, b, /, c, *, d):
    return a, b, c, d

print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)

def g(x, /, **kwargs):
    return x, kwargs

print(g(1, x=2))  # x can also arrive as a keyword in **kwargs

def pow_like(base, exp=2, /):
    return base ** exp

print(pow_like(3), pow_like(2, 10))
try:
    pow_like(base=2)
except TypeError as e:
    print(type(e).__name__, e)
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames)
try:
    len(obj=[1])
except TypeError as e:
    print(type(e).__name__, e)
