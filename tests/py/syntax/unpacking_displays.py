# * and ** unpacking in displays and calls.
a = [1, 2]
b = (3, 4)
print([*a, *b, 5])
print((*a, *b))
print({*a, *b, 1})
print([*range(3), *'ab'])
d1 = {'x': 1, 'y': 2}
d2 = {'y': 20, 'z': 30}
print({**d1, **d2})
print({**d1, 'y': 0, **{'w': 9}})

def f(*args, **kwargs):
    return args, kwargs

print(f(*a, *b))
print(f(0, *a, 9, *b))
print(f(**d1))
print(f(*a, **d1, **{'q': 1}))
print(f(*'xyz', sep='-'))
print(*[1, 2, 3], sep=', ')
try:
    f(**d1, **{'x': 5})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
first, *rest = [*a, *b]
print(first, rest)
print(*(), 'nothing before')
print([*[], *()])
