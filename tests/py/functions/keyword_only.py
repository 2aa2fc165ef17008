# Keyword-only parameters after * or *args.
def f(a, *, b, c=3):
    return a, b, c

print(f(1, b=2))
print(f(1, c=4, b=2))
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)

def g(*args, sep='-'):
    return sep.join(map(str, args))

print(g(1, 2, 3))
print(g(1, 2, 3, sep='+'))

def h(*, x, y):
    return x - y

print(h(y=1, x=10))
try:
    h(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    h()
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(x=1, y=2, z=3)
except TypeError as e:
    print(type(e).__name__, e)
print(h.__code__.co_kwonlyargcount, h.__code__.co_argcount)
