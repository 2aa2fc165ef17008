# getattr, setattr, hasattr, delattr, vars, dir on user objects.
class Thing:
    kind = 'class attribute'
    def __init__(self):
        self.x = 1

t = Thing()
print(getattr(t, 'x'), getattr(t, 'kind'), getattr(t, 'missing', 'default'))
setattr(t, 'y', 2)
print(t.y, hasattr(t, 'y'), hasattr(t, 'nope'), vars(t))
delattr(t, 'y')
print(hasattr(t, 'y'), vars(t))
try:
    getattr(t, 'missing')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(t, 'missing')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(t, 5)
except TypeError as e:
    print(type(e).__name__, e)
print([n for n in dir(t) if not n.startswith('__')])
print('x' in dir(t), '__init__' in dir(Thing), dir(t) == sorted(dir(t)))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, 'real', 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr([], 'append').__name__, getattr(str, 'upper')('abc'))

def f():
    local_a = 1
    local_b = 2
    return sorted(vars()), sorted(locals())

print(f())
