# Name resolution: local, enclosing, global, builtin.
x = 'global'
len = lambda obj: 'shadowed len'  # a global shadows the builtin

def f():
    return x, len([1, 2])

print(f())
del len
print(len([1, 2]))

def g():
    x = 'local'
    def h():
        return x
    return h()

print(g())

class Scope:
    y = 'class attr'
    def method(self):
        try:
            return y  # class scope is not visible from methods
        except NameError as e:
            return 'NameError: ' + str(e)
    values = [y for _ in range(1)] if False else None

print(Scope().method())

class Comp:
    items = [1, 2, 3]
    doubled = [v * 2 for v in items]  # the first iterable is evaluated in class scope
    try:
        bad = [v for v in range(2) if v in items]
    except NameError as e:
        err = str(e)

print(Comp.doubled, Comp.err)

def shadow_builtin():
    print = 'not a function'
    return print

print(shadow_builtin())
import builtins
print(builtins.len is len)

def uses_later_global():
    return defined_after

defined_after = 'found at call time'
print(uses_later_global())
